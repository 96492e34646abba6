import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { renderTeamsManifest, TEAMS_MANIFEST_DIR } from '../../src/manifest/teams-package';
import { parseCommand } from '../../src/core/commands';

// The official schemas, as published by Microsoft in @microsoft/app-manifest.
const SCHEMAS = path.dirname(require.resolve('@microsoft/app-manifest/package.json')) + '/build/json-schemas/teams';
const input = { appId: '0f3b5e36-8f6e-4b8a-9a43-1c2d3e4f5a6b', publicHost: 'herstart.example.com' };

function validator(file: string) {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
}

describe('Teams app manifest', () => {
  const manifest = renderTeamsManifest(input) as any;

  it('is on the newest released schema version', () => {
    const released = readdirSync(SCHEMAS)
      .filter((d) => /^v\d+\.\d+$/.test(d))
      .map((d) => d.slice(1))
      .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
    expect(manifest.manifestVersion).toBe(released[released.length - 1]);
  });

  it('validates against the official schema', () => {
    const validate = validator(`${SCHEMAS}/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
    // The validator does reject a broken manifest.
    const { name: _name, ...nameless } = manifest;
    expect(validate(nameless)).toBe(false);
  });

  it.each(['en-us.json', 'fr.json'])('has strings in %s that validate against the localization schema', (file) => {
    const validate = validator(`${SCHEMAS}/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`);
    const strings = JSON.parse(readFileSync(path.join(TEAMS_MANIFEST_DIR, file), 'utf8'));
    expect(validate(strings) ? [] : validate.errors).toEqual([]);
    // Every translated key exists in the other file too: no string is left in Dutch in one language only.
    const other = JSON.parse(readFileSync(path.join(TEAMS_MANIFEST_DIR, file === 'fr.json' ? 'en-us.json' : 'fr.json'), 'utf8'));
    expect(Object.keys(strings).sort()).toEqual(Object.keys(other).sort());
  });

  it('lists the French strings, and their command titles are words Herstart understands', () => {
    expect(manifest.localizationInfo.additionalLanguages).toContainEqual({ languageTag: 'fr', file: 'fr.json' });
    const fr = JSON.parse(readFileSync(path.join(TEAMS_MANIFEST_DIR, 'fr.json'), 'utf8')) as Record<string, string>;
    const titles = Object.entries(fr).filter(([k]) => k.endsWith('.title')).map(([, v]) => v);
    expect(titles.map((t) => parseCommand(t).kind)).toEqual(['help', 'report', 'cases', 'hr_here', 'hr_add']);
  });

  it('offers the bot in personal chats and teams, with validDomains without a scheme', () => {
    expect(manifest.id).toBe(input.appId);
    expect(manifest.bots[0].botId).toBe(input.appId);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team']);
    expect(manifest.validDomains).toEqual(['herstart.example.com']);
    for (const d of manifest.validDomains) expect(d).not.toMatch(/^\w+:\/\//);
  });

  it('has the HR workspace as a personal tab, signed in with Teams SSO (webApplicationInfo, NAA)', () => {
    expect(manifest.staticTabs).toEqual([
      { entityId: 'workspace', name: 'Overzicht', contentUrl: 'https://herstart.example.com/tab', websiteUrl: 'https://herstart.example.com/', scopes: ['personal'] },
      { entityId: 'conversations', scopes: ['personal'] },
    ]);
    const resource = `api://herstart.example.com/botid-${input.appId}`;
    expect(manifest.webApplicationInfo).toEqual({
      id: input.appId,
      resource,
      nestedAppAuthInfo: [{ redirectUri: 'brk-multihub://herstart.example.com', scopes: [`${resource}/access_as_user`] }],
    });
  });

  it('refuses an app id that is not a GUID and a host with a scheme', () => {
    expect(() => renderTeamsManifest({ ...input, appId: 'my-bot' })).toThrow(/GUID/);
    expect(() => renderTeamsManifest({ ...input, publicHost: 'https://herstart.example.com' })).toThrow(/without scheme/);
  });

  it('npm run manifest:teams builds the upload zip from the environment', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'herstart-pkg-')), 'app.zip');
    const env = { ...process.env, MicrosoftAppId: input.appId, HERSTART_PUBLIC_HOST: input.publicHost, HERSTART_PACKAGE_OUT: out };
    execFileSync(process.execPath, ['-r', 'tsx/cjs', 'src/manifest/build-teams-package.ts'], { env, stdio: 'pipe' });
    const listing = execFileSync('python3', ['-c', `import zipfile,sys; print(sorted(zipfile.ZipFile(sys.argv[1]).namelist()))`, out]).toString();
    expect(listing.trim()).toBe("['color.png', 'en-us.json', 'fr.json', 'manifest.json', 'outline.png']");
    const bad = spawnSync(process.execPath, ['-r', 'tsx/cjs', 'src/manifest/build-teams-package.ts'], {
      env: { ...env, MicrosoftAppId: '' },
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.toString()).toContain('MicrosoftAppId');
  });
});
