import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store';
import { readStoreConfig } from '../../src/store/store-config';
import { aCase } from './contract/fixtures';
import { EMULATOR_KEY, startLocalCosmos } from './cosmos/local-cosmos';

describe('openStore', () => {
  it('opens a ready SQLite store at HERSTART_DB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'herstart-open-'));
    try {
      const store = await openStore(readStoreConfig({ HERSTART_DB: join(dir, 'sub', 'h.db') }));
      expect(store.engine).toBe('sqlite');
      await store.cases.create(aCase('t1', 'c1'));
      expect((await store.cases.get('t1', 'c1'))?.value.id).toBe('c1');
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens a ready Cosmos store when COSMOS_ENDPOINT is set', async () => {
    const cosmos = await startLocalCosmos();
    try {
      const env = { COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: EMULATOR_KEY, COSMOS_DATABASE: 'herstart-open' };
      const store = await openStore(readStoreConfig(env));
      expect(store.engine).toBe('cosmos');
      await store.cases.create(aCase('t1', 'c1'));
      const again = await openStore(readStoreConfig(env));
      expect((await again.cases.get('t1', 'c1'))?.value.id).toBe('c1');
      await store.close();
      await again.close();
    } finally {
      await cosmos.close();
    }
  });

  it('logs retries through the given logger', async () => {
    const cosmos = await startLocalCosmos();
    const warnings: unknown[] = [];
    try {
      const env = { COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: EMULATOR_KEY };
      const store = await openStore(readStoreConfig(env), { logger: { warn: (obj) => warnings.push(obj) } });
      cosmos.faults.push((req, res) => {
        if (req.method !== 'GET' || warnings.length > 0) return false;
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end('{"message":"busy"}');
        return true;
      });
      expect(await store.kv.get('ns', 'k')).toBeNull();
      expect(warnings).toEqual([expect.objectContaining({ store: 'kv.get', attempt: 1, code: 503 })]);
      await store.close();
    } finally {
      await cosmos.close();
    }
  });
});
