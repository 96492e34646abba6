import { ConfigError, loadConfig } from '../src/config';

describe('HERSTART_PUBLIC_URL', () => {
  it('is the origin the links in chat point at', () => {
    expect(loadConfig({}).publicUrl).toBeNull();
    expect(loadConfig({ HERSTART_PUBLIC_URL: 'https://herstart.example.com' }).publicUrl).toBe('https://herstart.example.com');
    expect(loadConfig({ HERSTART_PUBLIC_URL: 'https://herstart.example.com/' }).publicUrl).toBe('https://herstart.example.com');
    expect(loadConfig({ HERSTART_PUBLIC_URL: 'http://localhost:3978' }).publicUrl).toBe('http://localhost:3978');
  });

  it('refuses anything but an http(s) origin, with one line naming the setting', () => {
    for (const bad of ['herstart.example.com', 'ftp://herstart.example.com', 'https://herstart.example.com/app', 'https://a.example?x=1', 'https://u:p@a.example']) {
      expect(() => loadConfig({ HERSTART_PUBLIC_URL: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ HERSTART_PUBLIC_URL: bad })).toThrow(/HERSTART_PUBLIC_URL/);
    }
  });
});
