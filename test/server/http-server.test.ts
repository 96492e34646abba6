import pino from 'pino';
import { createHttpServer, listen } from '../../src/server/http-server';

describe('http server', () => {
  it('answers /healthz with the health check result', async () => {
    let ok = true;
    const server = createHttpServer({ logger: pino({ level: 'silent' }), health: async () => ({ ok }) });
    const port = await listen(server, 0, '127.0.0.1');
    try {
      const good = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(good.status).toBe(200);
      expect(await good.json()).toEqual({ status: 'ok' });
      ok = false;
      const bad = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(bad.status).toBe(503);
    } finally {
      server.close();
    }
  });
});
