// One case as the scheduler sees it at one moment: the case, the names people read, the legal
// timeline, what was recorded, and the plan as it stands now. The tick checks each claimed
// reminder against this plan just before sending (a step marked done in the meantime is not
// reminded of), and the card texts are written from it, so they are never stale.
import type { Logger } from 'pino';
import type { Case } from '../domain/case';
import { computeDeadlines, type DeadlineReport } from '../domain/deadlines';
import { isDomainError } from '../domain/errors';
import { planCase } from '../domain/schedule/case-plan';
import type { PlannedReminder } from '../domain/schedule/plan-types';
import type { Store } from '../store/store';
import type { Person, Tenant } from '../store/types';
import { loadCaseReads, loadPlanInputs, planInputsFrom, type CaseInputs } from './plan-inputs';
import { planSettingsFor } from './tenant-settings';

export interface CaseSnapshot {
  tenant: Tenant;
  c: Case;
  manager: Person | null;
  employee: Person | null;
  report: DeadlineReport;
  inputs: CaseInputs;
  /** The plan now, by reminder key. */
  plan: Map<string, PlannedReminder>;
}

export async function loadSnapshot(store: Store, tenant: Tenant, c: Case, now: Date, logger?: Pick<Logger, 'warn'>): Promise<CaseSnapshot | null> {
  const [inputs, manager, employee] = await Promise.all([
    loadPlanInputs(store, tenant, c, now),
    store.people.get(tenant.id, c.managerId),
    store.people.get(tenant.id, c.employeeId),
  ]);
  return snapshotOf(tenant, c, inputs, manager?.value ?? null, employee?.value ?? null, logger);
}

export interface Snapshots {
  /** By case id; null for a case that is gone or cannot be planned. */
  cases: Map<string, CaseSnapshot | null>;
  /** Everyone read along the way (managers, employees, and the `people` asked for), by id. */
  people: Map<string, Person>;
}

/**
 * Snapshots of many cases of one tenant, and some more people, read together: the cases in one
 * query, then their records, reminders, managers' conversations and the people in one query each.
 * The same snapshots `loadSnapshot` makes, for a fixed handful of round trips.
 */
export async function loadSnapshots(
  store: Store,
  tenant: Tenant,
  caseIds: readonly string[],
  people: readonly string[],
  now: Date,
  logger?: Pick<Logger, 'warn'>,
): Promise<Snapshots> {
  const cases = caseIds.length > 0 ? await store.cases.getMany(tenant.id, caseIds) : [];
  const wanted = new Set([...people, ...cases.flatMap((c) => [c.managerId, c.employeeId])]);
  const [reads, found] = await Promise.all([loadCaseReads(store, tenant.id, cases), store.people.getMany(tenant.id, [...wanted])]);
  const byId = new Map(found.map((p) => [p.id, p]));
  const snaps = new Map<string, CaseSnapshot | null>(caseIds.map((id) => [id, null]));
  for (const c of cases) {
    const inputs = planInputsFrom(tenant, c, reads.get(c.id)!, now);
    snaps.set(c.id, snapshotOf(tenant, c, inputs, byId.get(c.managerId) ?? null, byId.get(c.employeeId) ?? null, logger));
  }
  return { cases: snaps, people: byId };
}

function snapshotOf(tenant: Tenant, c: Case, inputs: CaseInputs, manager: Person | null, employee: Person | null, logger?: Pick<Logger, 'warn'>): CaseSnapshot | null {
  try {
    const settings = planSettingsFor(tenant);
    const report = computeDeadlines(c, inputs.ctx.today, settings.deadlines);
    const plan = new Map(planCase(c, inputs.ctx, settings, report).map((p) => [p.key, p]));
    return { tenant, c, manager, employee, report, inputs, plan };
  } catch (err) {
    // Facts the deadline engine refuses (a case edited into an impossible state): nothing can be
    // planned until someone fixes it; say so rather than guess.
    if (!isDomainError(err)) throw err;
    logger?.warn({ tenantId: tenant.id, caseId: c.id, code: err.code }, 'case cannot be planned');
    return null;
  }
}

export function displayName(p: Person | null, fallback: string): string {
  return p?.displayName || fallback;
}
