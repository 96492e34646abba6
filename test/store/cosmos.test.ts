import { randomUUID } from 'node:crypto';
import type { Store } from '../../src/store/store';
import { openCosmosStore, type CosmosStore } from '../../src/store/cosmos/cosmos-store';
import type { CosmosStoreConfig } from '../../src/store/store-config';
import { storeContract } from './contract';
import { EMULATOR_KEY, startLocalCosmos, type LocalCosmos } from './cosmos/local-cosmos';

let cosmos: LocalCosmos;
beforeAll(async () => {
  cosmos = await startLocalCosmos();
});
afterAll(async () => {
  await cosmos.close();
});

storeContract('cosmos (@vercel/cosmosdb-server, real @azure/cosmos client)', async () => {
  const config: CosmosStoreConfig = { engine: 'cosmos', endpoint: cosmos.endpoint, key: EMULATOR_KEY, database: `herstart-${randomUUID()}` };
  const first: CosmosStore = await openCosmosStore(config);
  const handles: Store[] = [first];
  return {
    store: first,
    peer: async () => {
      const s = await openCosmosStore(config);
      handles.push(s);
      return s;
    },
    dispose: async () => {
      await first.database.delete();
      for (const h of handles) await h.close();
    },
  };
});
