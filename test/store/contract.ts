// The store contract: every engine must pass all of it. Run it with `storeContract(name, factory)`
// from an engine's test file; the factory gives each test a fresh, empty store.
import type { Store } from '../../src/store/store';
import type { ContractContext } from './contract/context';
import { bulkReadContract } from './contract/bulk-reads';
import { caseContract, recordContract } from './contract/cases-records';
import { isolationContract, retentionContract } from './contract/isolation-retention';
import { reminderContract, reminderInputContract } from './contract/reminders';
import { scaleOutContract } from './contract/scale-out';
import { smallRepoContract } from './contract/small-repos';
import { inboxContract } from './contract/inbox';
import { personContract, tenantContract } from './contract/tenants-people';

export interface StoreUnderTest {
  store: Store;
  /** Opens another handle on the same data (closed by `dispose`). */
  peer(): Promise<Store>;
  /** Closes every handle and removes the data. */
  dispose(): Promise<void>;
}

export type StoreFactory = () => Promise<StoreUnderTest>;

export function storeContract(engine: string, factory: StoreFactory): void {
  describe(`store contract: ${engine}`, () => {
    let current: StoreUnderTest | undefined;
    let context: ContractContext | undefined;

    beforeEach(async () => {
      current = await factory();
      context = { store: current.store, peer: () => current!.peer() };
    });

    afterEach(async () => {
      await current?.dispose();
      current = undefined;
      context = undefined;
    });

    const ctx = (): ContractContext => {
      if (!context) throw new Error('no store: the contract runs inside its own beforeEach');
      return context;
    };

    tenantContract(ctx);
    personContract(ctx);
    caseContract(ctx);
    recordContract(ctx);
    reminderContract(ctx);
    reminderInputContract(ctx);
    isolationContract(ctx);
    retentionContract(ctx);
    smallRepoContract(ctx);
    inboxContract(ctx);
    scaleOutContract(ctx);
    bulkReadContract(ctx);
  });
}
