// When a manager can no longer be reached, HR hears of it once, and as the escalation card (which
// HR can take on or mark seen, and which every HR member sees redrawn) when one of the tenant's
// rules reads `case.deadReference`. The manager's open cases are re-planned at once, so the card
// is due now and the next tick sends it, instead of waiting for each case's next review. When no
// rule would send a card (rules switched off, no open case), Delivery sends its own short note.
import type { Logger } from 'pino';
import type { UnreachableListener } from '../core/delivery';
import type { Clock } from '../core/ports';
import type { Store } from '../store/store';
import type { Person, Reminder, Tenant } from '../store/types';
import { loadSnapshot } from './case-snapshot';
import type { Replanner } from './replanner';
import { payloadOf } from './reminder-ids';
import { planSettingsFor } from './tenant-settings';

export class UnreachableEscalation implements UnreachableListener {
  constructor(
    private readonly store: Store,
    private readonly replanner: Replanner,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async personUnreachable(tenantId: string, person: Person, role: string): Promise<boolean> {
    // The rules know an unreachable manager only (plan-inputs.ts); anyone else gets the note.
    if (role !== 'manager') return false;
    const tenant = (await this.store.tenants.get(tenantId))?.value;
    if (!tenant) return false;
    const rules = new Set(planSettingsFor(tenant).rules.filter((r) => r.families.includes('dead')).map((r) => r.id));
    if (rules.size === 0) return false;
    const cases = await this.store.cases.list(tenantId, { managerId: person.id, status: 'open' });
    let escalated = false;
    for (const { value: c } of cases) {
      await this.replanner.replan(tenantId, c.id);
      if (await this.escalates(tenant, c.id, rules)) escalated = true;
    }
    this.logger.info({ tenantId, personId: person.id, cases: cases.length, escalated }, 'manager unreachable: cases re-planned');
    return escalated;
  }

  /** True when the case, as planned now, escalates this dead reference (or already did). */
  private async escalates(tenant: Tenant, caseId: string, rules: ReadonlySet<string>): Promise<boolean> {
    const found = await this.store.cases.get(tenant.id, caseId);
    if (!found) return false;
    const snap = await loadSnapshot(this.store, tenant, found.value, this.clock.now(), this.logger);
    const dead = snap?.inputs.ctx.dead;
    if (!snap || !dead) return false;
    // The episode names whose conversation went and since when: this dead reference, not an older one.
    const episode = `${dead.role}@${dead.since}`;
    const about = (ruleId: string | null | undefined, item: string) => !!ruleId && rules.has(ruleId) && item.includes(episode);
    const planned = [...snap.plan.values()].some((p) => p.kind === 'escalation' && about(p.ruleId, p.item));
    const stored = snap.inputs.reminders.some((r: Reminder) => r.kind === 'escalation' && r.state !== 'cancelled' && about(r.ruleId, payloadOf(r).item));
    return planned || stored;
  }
}
