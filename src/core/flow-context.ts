// What every flow gets: the session, the store, time, ids, and a way to make cards; the turn's
// reads (each document at most once), and two ways to keep work off the answer's path.
import type { Logger } from 'pino';
import type { Store } from '../store/store';
import type { CaseAccess } from './access';
import type { CaseRecord } from '../store/types';
import type { AfterTurn, Job } from './after-turn';
import { cardMessage } from './card';
import type { CardMessage, InboundContext } from './messages';
import type { Clock, LinkMaker } from './ports';
import type { Session } from './session';
import type { TurnReads } from './turn-reads';

/**
 * Told about every change to a case, so reminders and check-ins can follow. A writer calls
 * `changing` alongside its first write (the listener makes the re-plan it will need durable, so a
 * crash between the write and the plan loses nothing) and `caseChanged` or `recordAdded` once
 * the change is stored (the plan follows after the answer). Without `changing` first, those two
 * make the re-plan durable themselves, one round trip later.
 */
export interface ChangeListener {
  /** Optional: a listener with nothing to make durable (a cache) leaves it out. */
  changing?(tenantId: string, caseId: string): Promise<void>;
  caseChanged(tenantId: string, caseId: string): Promise<void>;
  recordAdded(record: CaseRecord): Promise<void>;
}

export const noChangeListener: ChangeListener = {
  changing: async () => {},
  caseChanged: async () => {},
  recordAdded: async () => {},
};

export interface CoreDeps {
  store: Store;
  clock: Clock;
  newId: () => string;
  logger: Logger;
  changes: ChangeListener;
  afterTurn: AfterTurn;
  /** One-time links to our own pages (case file, workspace); null where no web edge runs. */
  links: LinkMaker | null;
}

export interface FlowContext extends CoreDeps {
  session: Session;
  inbound: InboundContext;
  reads: TurnReads;
  /** This turn's decisions on case access, by case id (see access.ts): each case is checked and audited once. */
  grants: Map<string, Promise<CaseAccess>>;
  card(template: string, data: Record<string, unknown>, summary: string, presentation?: CardMessage['presentation']): CardMessage;
  /** A write the answer must wait for but the flow need not (an HR look's audit entry): it lands before the answer goes out. */
  alongside(write: Promise<unknown>): void;
  /** Work the answer does not need: started once the turn has its answer, merged per key (see AfterTurn). */
  later(key: string, what: string, job: Job): void;
}

/** What the core keeps per turn: its reads, the writes the answer waits for, the work held until after it. */
export interface TurnState {
  reads: TurnReads;
  pending: Promise<unknown>[];
  /** Null where there is no answer to wait for (a web page): the work starts at once. */
  held: Array<() => void> | null;
}

export function flowContext(deps: CoreDeps, session: Session, inbound: InboundContext, turn: TurnState): FlowContext {
  const { reads, pending, held } = turn;
  return {
    ...deps,
    session,
    inbound,
    reads,
    grants: new Map(),
    card: (template, data, summary, presentation) => cardMessage(template, data, summary, deps.newId(), presentation),
    alongside: (write) => {
      // Awaited by the core before it answers; until then a failure must not go unhandled.
      write.catch(() => undefined);
      pending.push(write);
    },
    later: (key, what, job) => {
      if (held) held.push(() => deps.afterTurn.later(key, what, job));
      else deps.afterTurn.later(key, what, job);
    },
  };
}
