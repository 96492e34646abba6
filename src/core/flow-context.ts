// What every flow gets: the session, the store, time, ids, and a way to make cards.
import type { Logger } from 'pino';
import type { Store } from '../store/store';
import type { CaseAccess } from './access';
import type { CaseRecord } from '../store/types';
import { cardMessage } from './card';
import type { CardMessage, InboundContext } from './messages';
import type { Clock, LinkMaker } from './ports';
import type { Session } from './session';

/** Told after every change to a case or a new record, so reminders and escalations can follow. */
export interface ChangeListener {
  caseChanged(tenantId: string, caseId: string): Promise<void>;
  recordAdded(record: CaseRecord): Promise<void>;
}

export const noChangeListener: ChangeListener = {
  caseChanged: async () => {},
  recordAdded: async () => {},
};

export interface CoreDeps {
  store: Store;
  clock: Clock;
  newId: () => string;
  logger: Logger;
  changes: ChangeListener;
  /** One-time links to our own pages (case file, workspace); null where no web edge runs. */
  links: LinkMaker | null;
}

export interface FlowContext extends CoreDeps {
  session: Session;
  inbound: InboundContext;
  /** This turn's decisions on case access, by case id (see access.ts): each case is checked and audited once. */
  grants: Map<string, Promise<CaseAccess>>;
  card(template: string, data: Record<string, unknown>, summary: string, presentation?: CardMessage['presentation']): CardMessage;
}

export function flowContext(deps: CoreDeps, session: Session, inbound: InboundContext): FlowContext {
  return {
    ...deps,
    session,
    inbound,
    grants: new Map(),
    card: (template, data, summary, presentation) => cardMessage(template, data, summary, deps.newId(), presentation),
  };
}
