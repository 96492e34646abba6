// What the tick does with a claimed reminder of kind `checkin`: deliver it through the prompter,
// settle it (sent, or back in the queue with a retry time), and plan the employee's next step.
import type { Logger } from 'pino';
import type { Clock, SendOutcome } from '../../core/ports';
import { isConflict } from '../../store/errors';
import type { Store } from '../../store/store';
import type { Reminder, Versioned } from '../../store/types';
import { UNGUARDED, type ClaimGuard } from '../claim-keeper';
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

  async deliverClaimed(claimed: Versioned<Reminder>, guard: ClaimGuard = UNGUARDED): Promise<DispatchOutcome> {
    const r = claimed.value;
    let outcome: DispatchOutcome;
    if (!guard.live()) {
      // The claim could not be kept alive (a slow store, the tenant taken over): not sent here;
      // given back due now, whoever claims it next asks.
      await guard.settle(() => this.store.reminders.release(claimed.value, claimed.etag, this.clock.now(), 'claim running out')).catch((err: unknown) => {
        if (!isConflict(err)) throw err;
      });
      return 'released';
    }
    try {
      const result = await this.prompter.deliver(r);
      if (result.status === 'skipped') outcome = await this.settle(claimed, null, guard);
      else outcome = await this.settle(claimed, result.outcome, guard);
    } catch (err) {
      this.logger.error({ err, tenantId: r.tenantId, reminderId: r.id }, 'check-in delivery failed');
      outcome = await this.settle(claimed, { status: 'failed', error: err instanceof Error ? err.message : String(err) }, guard);
    }
    if (r.caseId) await this.planner.caseChanged(r.tenantId, r.caseId);
    return outcome;
  }

  private async settle(claimed: Versioned<Reminder>, outcome: SendOutcome | null, guard: ClaimGuard): Promise<DispatchOutcome> {
    const r = claimed.value;
    const now = this.clock.now();
    const attempts = r.attempts + 1;
    // Under the guard, with the claim's version as it is then (a renewal may have moved it).
    const markSent = () => guard.settle(() => this.store.reminders.markSent(claimed.value, claimed.etag, now));
    try {
      if (outcome === null) {
        await markSent();
        return 'dropped';
      }
      if (outcome.status === 'sent') {
        await markSent();
        return 'sent';
      }
      if (outcome.status !== 'throttled' && attempts >= this.maxAttempts) {
        this.logger.warn({ tenantId: r.tenantId, reminderId: r.id, outcome }, 'check-in given up after repeated failures');
        await markSent();
        return 'dropped';
      }
      const wait = outcome.status === 'throttled' ? outcome.retryAfterMs : outcome.status === 'dead' ? DAY_MS : Math.min(60_000 * 2 ** attempts, 6 * 3_600_000);
      const error = outcome.status === 'dead' ? `unreachable: ${outcome.reason}` : outcome.status === 'failed' ? outcome.error : 'throttled';
      await guard.settle(() => this.store.reminders.release(claimed.value, claimed.etag, new Date(now.getTime() + wait), error));
      return 'released';
    } catch (err) {
      if (!isConflict(err)) throw err;
      this.logger.warn({ tenantId: r.tenantId, reminderId: r.id }, 'check-in claim lost before settling');
      return 'released';
    }
  }
}
