// Starts Herstart: configuration, then the app. Wiring lives in app.ts; this file only starts it.
import { startApp } from './app';
import { ConfigError, loadConfig } from './config';
import { InvalidSettingError } from './domain/schedule/setting-error';
import { readStoreConfig, StoreConfigError } from './store/store-config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApp({ config, storeConfig: readStoreConfig() });
  // For the person who just typed `npm start`: plain lines, not a JSON log.
  process.stdout.write(`\nHerstart is running.\n${app.summary.map((l) => `  - ${l}`).join('\n')}\n\n`);
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
  if (err instanceof ConfigError || err instanceof StoreConfigError || err instanceof InvalidSettingError) {
    console.error(`Herstart cannot start: ${err.message}`);
  } else {
    console.error('Herstart cannot start:', err);
  }
  process.exit(1);
});
