// The server under test for bench:turns, in its own process so the load generator and the fake
// connector do not share its CPU. `echo` is the bare Bot Framework stack; `herstart` the app.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import restify from 'restify';
import { startApp } from '../src/app';
import { createTeamsAdapter } from '../src/channels/teams/teams-adapter';
import { loadConfig } from '../src/config';
import { listen } from '../src/server/http-server';

async function echo(): Promise<number> {
  const adapter = createTeamsAdapter(loadConfig({}).teams);
  const server = restify.createServer();
  const parse = restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false });
  server.post('/api/messages', parse, async function echoTurn(req: restify.Request, res: restify.Response) {
    await adapter.process(req, res, async (turn) => {
      await turn.sendActivity(`echo: ${turn.activity.text ?? ''}`);
    });
  });
  return listen(server, 0, '127.0.0.1');
}

async function herstart(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'herstart-bench-'));
  const durability = process.env.HERSTART_DB_SYNC === 'full' ? 'full' : 'normal';
  const app = await startApp({
    config: loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }),
    storeConfig: { engine: 'sqlite', path: path.join(dir, 'herstart.db'), durability },
    logger: pino({ level: 'silent' }),
  });
  return app.port;
}

// SIGINT ends the process normally, so that --cpu-prof can write its profile.
process.once('SIGINT', () => process.exit(0));

(process.argv[2] === 'echo' ? echo() : herstart()).then(
  (port) => process.send?.({ port }),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
