// The scheduler's card actions, registered with the core (HerstartCore's `submits` option).
import type { SubmitRegistry } from '../../core/conversation-core';
import { escalationAnswer, refreshEscalation } from './escalation-actions';
import { showLookback, submitLookback } from './lookback-actions';
import { nudgeDone, nudgeSnooze } from './nudge-actions';

export function schedulerSubmits(): SubmitRegistry {
  return {
    'nudge.done': nudgeDone,
    'nudge.tomorrow': nudgeSnooze('tomorrow'),
    'nudge.nextweek': nudgeSnooze('week'),
    'escalation.ack': escalationAnswer('acknowledged'),
    'escalation.take': escalationAnswer('taken'),
    'escalation.snooze': escalationAnswer('snoozed'),
    'escalation.refresh': (fc, data) => refreshEscalation(fc, data),
    'lookback.open': (fc, data) => showLookback(fc, data),
    'lookback.submit': submitLookback,
  };
}
