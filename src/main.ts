// Wires the parts together and nothing else.
import pino from 'pino';
import { ConfigError, loadConfig } from './config';
import { createHttpServer, listen } from './server/http-server';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const server = createHttpServer({ logger, health: async () => ({ ok: true }) });
  const port = await listen(server, config.port, config.host);
  logger.info(`Herstart listening on http://localhost:${port} (GET /healthz)`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(`Herstart cannot start: ${err.message}`);
  } else {
    console.error('Herstart cannot start:', err);
  }
  process.exit(1);
});
