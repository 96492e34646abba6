// The one HTTP server. Routes are added by the parts that own them; this file only builds the
// server and the health check.
import restify from 'restify';
import type { Logger } from 'pino';

export interface HealthCheck {
  (): Promise<{ ok: boolean; detail?: Record<string, unknown> }>;
}

export function createHttpServer(opts: { logger: Logger; health: HealthCheck }): restify.Server {
  const server = restify.createServer({ name: 'herstart', handleUncaughtExceptions: false });

  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    try {
      const h = await opts.health();
      res.json(h.ok ? 200 : 503, { status: h.ok ? 'ok' : 'unavailable', ...h.detail });
    } catch (err) {
      opts.logger.error({ err }, 'health check failed');
      res.json(503, { status: 'unavailable' });
    }
  });

  return server;
}

export function listen(server: restify.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : port);
    });
  });
}
