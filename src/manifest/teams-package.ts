// The Teams app package: manifest.json with the bot's app id and public host filled in, its
// translations and icons, zipped for upload to Teams or the Teams admin centre.
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';

export const TEAMS_MANIFEST_DIR = path.resolve(__dirname, '../../bot-manifest/teams');
const FILES = ['manifest.json', 'en-us.json', 'fr.json', 'color.png', 'outline.png'] as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST = /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i;

export interface TeamsPackageInput {
  appId: string;
  /** The bot's public host name, without scheme (validDomains must not carry one). */
  publicHost: string;
}

export class PackageInputError extends Error {}

export function checkInput(input: TeamsPackageInput): void {
  if (!GUID.test(input.appId)) throw new PackageInputError('MicrosoftAppId must be the bot\'s app id, a GUID.');
  if (!HOST.test(input.publicHost)) {
    throw new PackageInputError('HERSTART_PUBLIC_HOST must be a host name without scheme, e.g. herstart.example.com.');
  }
}

/** The manifest with placeholders filled in. */
export function renderTeamsManifest(input: TeamsPackageInput): Record<string, unknown> {
  checkInput(input);
  const raw = readFileSync(path.join(TEAMS_MANIFEST_DIR, 'manifest.json'), 'utf8')
    .replaceAll('{{MICROSOFT_APP_ID}}', input.appId.toLowerCase())
    .replaceAll('{{PUBLIC_HOST}}', input.publicHost.toLowerCase());
  return JSON.parse(raw) as Record<string, unknown>;
}

export function writeTeamsPackage(outFile: string, input: TeamsPackageInput): Promise<string[]> {
  const manifest = renderTeamsManifest(input);
  const zip = new yazl.ZipFile();
  for (const name of FILES) {
    const content = name === 'manifest.json' ? Buffer.from(JSON.stringify(manifest, null, 2)) : readFileSync(path.join(TEAMS_MANIFEST_DIR, name));
    zip.addBuffer(content, name);
  }
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(outFile)).on('close', () => resolve([...FILES])).on('error', reject);
  });
}
