// Slack settings: on only with a signing secret, one way to authorise at a time, and production
// refuses Slack settings without the secret.
import { ConfigError, loadConfig } from '../src/config';
import { describeSlack } from '../src/channels/slack/slack-summary';

const secret = { SLACK_SIGNING_SECRET: 'abc123' };
const oauth = { SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'cs', SLACK_STATE_SECRET: 'a-long-enough-state-secret', SLACK_TOKEN_KEY: Buffer.alloc(32, 7).toString('base64') };
const prodTeams = { NODE_ENV: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw' };

describe('Slack configuration', () => {
  it('is off without any Slack settings, and says how to switch it on', () => {
    const cfg = loadConfig({}).slack;
    expect(cfg.mode).toBe('off');
    expect(describeSlack(cfg, 'http://localhost:3978')).toMatch(/Slack: off \(set SLACK_SIGNING_SECRET/);
  });

  it('is one workspace with a bot token, and OAuth with client id, secret and state secret', () => {
    expect(loadConfig({ ...secret, SLACK_BOT_TOKEN: 'xoxb-1' }).slack).toMatchObject({ mode: 'single-workspace', apiUrl: 'https://slack.com/api/' });
    const multi = loadConfig({ ...secret, ...oauth, SLACK_API_URL: 'http://127.0.0.1:9/api' }).slack;
    expect(multi).toMatchObject({ mode: 'oauth', apiUrl: 'http://127.0.0.1:9/api/' });
    expect(describeSlack(multi, 'http://localhost:3978')).toContain('http://localhost:3978/slack/install');
  });

  it('stays off in development when a token comes without the signing secret, and says why', () => {
    const cfg = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' }).slack;
    expect(cfg.mode).toBe('off');
    expect(describeSlack(cfg, 'http://x')).toContain('SLACK_SIGNING_SECRET is not set');
  });

  it('refuses to start in production with Slack settings but no signing secret', () => {
    expect(() => loadConfig({ ...prodTeams, SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET is missing/);
    expect(() => loadConfig({ ...prodTeams, SLACK_CLIENT_ID: '1.2' })).toThrow(ConfigError);
    expect(loadConfig(prodTeams).slack.mode).toBe('off');
  });

  it.each([
    [{ ...secret }, /no way to answer/],
    [{ ...secret, ...oauth, SLACK_BOT_TOKEN: 'xoxb-1' }, /not both/],
    [{ ...secret, SLACK_CLIENT_ID: '1.2' }, /both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET/],
    [{ ...secret, ...oauth, SLACK_STATE_SECRET: 'short' }, /SLACK_STATE_SECRET/],
    [{ ...secret, ...oauth, SLACK_TOKEN_KEY: '' }, /SLACK_TOKEN_KEY: 32 random bytes/],
    [{ ...secret, ...oauth, SLACK_TOKEN_KEY: 'c2hvcnQ=' }, /SLACK_TOKEN_KEY: key 1 is not 32 bytes/],
    [{ ...secret, SLACK_BOT_TOKEN: 'x', SLACK_API_URL: 'not a url' }, /SLACK_API_URL/],
  ])('refuses an incomplete or contradictory set (%#)', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
