// The cases table's rows: one read per kind of thing for the whole tenant (cases, people,
// conversations, escalations), never a read per case, then the legal timeline per case.
import { cadenceSettings, nextContactDue, returnedOn } from '../../domain/cadence';
import type { Case, IsoDate, Jurisdiction, Phase } from '../../domain/case';
import { computeDeadlines, type DeadlineReport, type MilestoneStatus } from '../../domain/deadlines';
import { isDomainError } from '../../domain/errors';
import { planSettingsFor } from '../../scheduler/tenant-settings';
import type { CaseListFilter, Store } from '../../store/store';
import type { ChangeListener } from '../../core/flow-context';
import type { Clock } from '../../core/ports';
import type { CaseRecord, Person, Role, Tenant } from '../../store/types';
import { escalationQueue, waitingPerCase } from './escalation-queue';

export interface CaseRow {
  id: string;
  employee: string;
  managerId: string;
  manager: string;
  country: Jurisdiction;
  phase: Phase;
  sickDays: number | null;
  lastContact: IsoDate | null;
  nextContact: IsoDate | null;
  nextStep: { id: string; due: IsoDate; status: MilestoneStatus } | null;
  overdue: Array<{ id: string; due: IsoDate }>;
  /** Escalations waiting for HR; null where the viewer is not HR. */
  escalations: number | null;
}

/** Whose rows: the whole organisation (HR) or one manager's own cases. */
export type RowScope = { kind: 'hr' } | { kind: 'manager'; managerId: string };

const ROLES: Role[] = ['employee', 'manager', 'hr', 'admin'];
/** Below this many cases, reading per case beats reading the tenant's whole history. */
const PER_CASE_BELOW = 40;

/**
 * The rows a viewer may see. HR's come from the tenant-wide rows (cached, see RowCache) with the
 * escalations waiting read fresh each time, so the count follows the cards; a manager's are read
 * for their own cases only unless the tenant's rows are at hand.
 */
export async function loadCaseRows(store: Store, tenant: Tenant, scope: RowScope, today: IsoDate, cache?: RowCache): Promise<CaseRow[]> {
  const cached = cache?.peek(tenant.id, today);
  if (scope.kind === 'manager') {
    const own = cached ? (await cached).filter((r) => r.managerId === scope.managerId) : await buildRows(store, tenant, { status: 'open', managerId: scope.managerId }, today);
    return own.map((r) => ({ ...r, escalations: null }));
  }
  const all = cached ?? (cache ? cache.fill(tenant.id, today, () => buildRows(store, tenant, { status: 'open' }, today)) : buildRows(store, tenant, { status: 'open' }, today));
  const [rows, waiting] = await Promise.all([all, openEscalations(store, tenant.id)]);
  return rows.map((r) => ({ ...r, escalations: waiting.get(r.id) ?? 0 }));
}

async function buildRows(store: Store, tenant: Tenant, filter: CaseListFilter, today: IsoDate): Promise<CaseRow[]> {
  const cases = (await store.cases.list(tenant.id, filter)).map((v) => v.value);
  if (cases.length === 0) return [];
  const small = cases.length < PER_CASE_BELOW;
  const [names, outcomes] = await Promise.all([namesFor(store, tenant.id, cases, small), outcomesFor(store, tenant.id, cases, small)]);
  const settings = planSettingsFor(tenant);
  const cadence = cadenceSettings(tenant.settings.cadence);
  return cases.map((c) => {
    const contacts = outcomes.get(c.id) ?? [];
    const last = contacts[contacts.length - 1] ?? null;
    const report = timeline(c, today, settings.deadlines);
    const open = report?.milestones.filter((m) => m.status !== 'done') ?? [];
    const next = open[0] ?? null;
    return {
      id: c.id,
      employee: names.get(c.employeeId) ?? '?',
      managerId: c.managerId,
      manager: names.get(c.managerId) ?? '?',
      country: c.jurisdiction,
      phase: c.phase,
      sickDays: report?.sickDays ?? null,
      lastContact: last?.on ?? null,
      nextContact: report
        ? nextContactDue(
            { phase: c.phase, caseStart: report.caseStart, returnedOn: returnedOn(c), lastContactOn: last?.on ?? null, plannedNext: last?.next ?? null },
            c.jurisdiction,
            cadence,
          )
        : null,
      nextStep: next ? { id: next.id, due: next.due, status: next.status } : null,
      overdue: open.filter((m) => m.status === 'overdue' && m.kind === 'duty').map((m) => ({ id: m.id, due: m.due })),
      escalations: null,
    };
  });
}

/**
 * The tenant-wide rows, kept a short while: building them reads every conversation of the tenant
 * and runs the deadline engine for every case, which a big organisation should not pay on each
 * click through the table. Any change this instance makes (a case, a record) drops the tenant's
 * rows at once; changes made on another instance show within `ttlMs`. A new day starts afresh.
 */
export class RowCache implements ChangeListener {
  private readonly entries = new Map<string, { today: IsoDate; until: number; rows: Promise<CaseRow[]> }>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = 30_000,
  ) {}

  peek(tenantId: string, today: IsoDate): Promise<CaseRow[]> | null {
    const e = this.entries.get(tenantId);
    return e && e.today === today && e.until > this.clock.now().getTime() ? e.rows : null;
  }

  fill(tenantId: string, today: IsoDate, build: () => Promise<CaseRow[]>): Promise<CaseRow[]> {
    const rows = build();
    this.entries.set(tenantId, { today, until: this.clock.now().getTime() + this.ttlMs, rows });
    rows.catch(() => this.entries.delete(tenantId));
    return rows;
  }

  async caseChanged(tenantId: string): Promise<void> {
    this.entries.delete(tenantId);
  }

  async recordAdded(record: CaseRecord): Promise<void> {
    this.entries.delete(record.tenantId);
  }
}

function timeline(c: Case, today: IsoDate, options: Parameters<typeof computeDeadlines>[2]): DeadlineReport | null {
  try {
    return computeDeadlines(c, today, options);
  } catch (err) {
    // A case edited into facts the engine refuses still gets its row, without a timeline.
    if (isDomainError(err)) return null;
    throw err;
  }
}

async function namesFor(store: Store, tenantId: string, cases: readonly Case[], small: boolean): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (small) {
    const ids = [...new Set(cases.flatMap((c) => [c.employeeId, c.managerId]))];
    const found = await Promise.all(ids.map((id) => store.people.get(tenantId, id)));
    for (const p of found) if (p) names.set(p.value.id, p.value.displayName);
    return names;
  }
  // Everyone has at least one role, so the role lists together hold every person.
  const lists: Person[][] = await Promise.all(ROLES.map((r) => store.people.listByRole(tenantId, r)));
  for (const p of lists.flat()) names.set(p.id, p.displayName);
  return names;
}

export interface Contact {
  on: IsoDate;
  next: IsoDate | null;
}

/** Recorded contacts per case, oldest first. */
async function outcomesFor(store: Store, tenantId: string, cases: readonly Case[], small: boolean): Promise<Map<string, Contact[]>> {
  const records: CaseRecord[] = small
    ? (await Promise.all(cases.map((c) => store.records.list(tenantId, { caseId: c.id, kind: 'outcome' })))).flat()
    : await store.records.list(tenantId, { kind: 'outcome' });
  const byCase = new Map<string, Contact[]>();
  for (const r of records) {
    if (!r.caseId || typeof r.data.date !== 'string') continue;
    const list = byCase.get(r.caseId) ?? [];
    list.push({ on: r.data.date, next: typeof r.data.nextContact === 'string' ? r.data.nextContact : null });
    byCase.set(r.caseId, list);
  }
  for (const list of byCase.values()) list.sort((a, b) => a.on.localeCompare(b.on));
  return byCase;
}

async function openEscalations(store: Store, tenantId: string): Promise<Map<string, number>> {
  const [sent, states] = await Promise.all([
    store.reminders.listForTenant(tenantId, { kind: 'escalation', state: 'sent' }),
    store.records.list(tenantId, { kind: 'escalation_state' }),
  ]);
  return waitingPerCase(escalationQueue(sent, states));
}
