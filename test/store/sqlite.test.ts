import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/store/store';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store';
import { storeContract } from './contract';

storeContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'herstart-store-'));
  const path = join(dir, 'herstart.db');
  const handles: Store[] = [await openSqliteStore(path)];
  return {
    store: handles[0]!,
    peer: async () => {
      const s = await openSqliteStore(path);
      handles.push(s);
      return s;
    },
    dispose: async () => {
      for (const h of handles) await h.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
