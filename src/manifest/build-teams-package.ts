// `npm run manifest:teams`: writes build/herstart-teams.zip from MicrosoftAppId and HERSTART_PUBLIC_HOST.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PackageInputError, writeTeamsPackage } from './teams-package';

async function run(): Promise<void> {
  const out = path.resolve(process.env.HERSTART_PACKAGE_OUT ?? 'build/herstart-teams.zip');
  mkdirSync(path.dirname(out), { recursive: true });
  const files = await writeTeamsPackage(out, {
    appId: process.env.MicrosoftAppId ?? '',
    publicHost: process.env.HERSTART_PUBLIC_HOST ?? '',
  });
  console.log(`Wrote ${out} (${files.join(', ')}). Upload it in Teams: Apps > Manage your apps > Upload an app.`);
}

run().catch((err: unknown) => {
  console.error(err instanceof PackageInputError ? `Cannot build the Teams package: ${err.message}` : err);
  process.exit(err instanceof PackageInputError ? 2 : 1);
});
