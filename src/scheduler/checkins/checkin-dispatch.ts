// What the tick does with a claimed reminder of kind `checkin`: deliver it through the prompter,
// settle it (sent, or back in the queue with a retry time), and plan the employee's next step.
import type { Logger } from 'pino';
import type { Clock, SendOutcome } from '../../core/ports';
import { isConflict } from '../../store/errors';
import type { Store } from '../../store/store';
import type { Reminder, Versioned } from '../../store/types';
import { CHECKIN_KIND } from './checkin-plan';
import type { CheckinPlanner } from './checkin-planner';
import type { CheckinPrompter } from './checkin-prompter';

export type DispatchOutcome = 'sent' | 'dropped' | 'released';

const DAY_MS = 86_400_000;

export class CheckinDispatch {
  constructor(
    private readonly store: Store,
    private readonly planner: CheckinPlanner,
    private readonly prompter: CheckinPrompter,
    private readonly clock: Clock,
    private readonly logger: Logger,
    /** An unreachable employee is tried again daily, this many times in all. */
    private readonly maxAttempts = 6,
  ) {}

  handles(r: Pick<Reminder, 'kind'>): boolean {
    return r.kind === CHECKIN_KIND;
  }

  async deliverClaimed(claimed: Versioned<Reminder>): Promise<DispatchOutcome> {
    const r = claimed.value;
    let outcome: DispatchOutcome;
    try {
      const result = await this.prompter.deliver(r);
      if (result.status === 'skipped') outcome = await this.settle(claimed, null);
      else outcome = await this.settle(claimed, result.outcome);
    } catch (err) {
      this.logger.error({ err, tenantId: r.tenantId, reminderId: r.id }, 'check-in delivery failed');
      outcome = await this.settle(claimed, { status: 'failed', error: err instanceof Error ? err.message : String(err) });
    }
    if (r.caseId) await this.planner.caseChanged(r.tenantId, r.caseId);
    return outcome;
  }

  private async settle(claimed: Versioned<Reminder>, outcome: SendOutcome | null): Promise<DispatchOutcome> {
    const r = claimed.value;
    const now = this.clock.now();
    const attempts = r.attempts + 1;
    try {
      if (outcome === null) {
        await this.store.reminders.markSent(r, claimed.etag, now);
        return 'dropped';
      }
      if (outcome.status === 'sent') {
        await this.store.reminders.markSent(r, claimed.etag, now);
        return 'sent';
      }
      if (outcome.status !== 'throttled' && attempts >= this.maxAttempts) {
        this.logger.warn({ tenantId: r.tenantId, reminderId: r.id, outcome }, 'check-in given up after repeated failures');
        await this.store.reminders.markSent(r, claimed.etag, now);
        return 'dropped';
      }
      const wait = outcome.status === 'throttled' ? outcome.retryAfterMs : outcome.status === 'dead' ? DAY_MS : Math.min(60_000 * 2 ** attempts, 6 * 3_600_000);
      const error = outcome.status === 'dead' ? `unreachable: ${outcome.reason}` : outcome.status === 'failed' ? outcome.error : 'throttled';
      await this.store.reminders.release(r, claimed.etag, new Date(now.getTime() + wait), error);
      return 'released';
    } catch (err) {
      if (!isConflict(err)) throw err;
      this.logger.warn({ tenantId: r.tenantId, reminderId: r.id }, 'check-in claim lost before settling');
      return 'released';
    }
  }
}
