// Check-ins as the app wires them: the planner the core reports changes to, the card actions and
// the dispatch the tick hands claimed `checkin` reminders to.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { checkinSubmits } from '../../core/checkins';
import type { ConversationOpener } from '../../core/checkins/reach';
import type { SubmitRegistry } from '../../core/conversation-core';
import type { Delivery } from '../../core/delivery';
import type { Clock } from '../../core/ports';
import type { Store } from '../../store/store';
import { CheckinDispatch } from './checkin-dispatch';
import { CheckinPlanner } from './checkin-planner';
import { CheckinPrompter } from './checkin-prompter';

export interface Checkins {
  planner: CheckinPlanner;
  dispatch: CheckinDispatch;
  submits: SubmitRegistry;
}

export function createCheckins(opts: {
  store: Store;
  clock: Clock;
  logger: Logger;
  delivery: Pick<Delivery, 'toPerson'>;
  openers: ConversationOpener[];
  newId?: () => string;
}): Checkins {
  const planner = new CheckinPlanner(opts.store, opts.clock, opts.logger);
  const prompter = new CheckinPrompter({ ...opts, newId: opts.newId ?? randomUUID });
  return { planner, dispatch: new CheckinDispatch(opts.store, planner, prompter, opts.clock, opts.logger), submits: checkinSubmits() };
}
