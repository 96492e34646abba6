// Starts Herstart: configuration, then the app. Wiring lives in app.ts; this file only starts it.
import { startApp } from './app';
import { loadConfig } from './config';
import { readStoreConfig } from './store/store-config';
import { startupFailure } from './startup-failure';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApp({ config, storeConfig: readStoreConfig() });
  // For the person who just typed `npm start`: plain lines, not a JSON log.
  process.stdout.write(`\nHerstart is running.\n${app.summary.map((l) => `  - ${l}`).join('\n')}\n\n`);
  if (config.openWithoutAuth) app.logger.warn({ host: config.host }, 'listening beyond loopback without authentication');
  app.logger.info({ port: app.port }, 'started');
  const shutdown = (signal: string) => {
    app.logger.info(`${signal}: stopping`);
    app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(startupFailure(err, process.env.LOG_LEVEL));
  process.exit(1);
});
