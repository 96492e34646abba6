import type { Store } from '../../../src/store/store';

/** What each contract test gets: an empty store, and further handles on the same data. */
export interface ContractContext {
  store: Store;
  /** Another client of the same database (a second process, a second app instance). */
  peer(): Promise<Store>;
}

export type Ctx = () => ContractContext;
