// The cases table's rows: one read per kind of thing for the whole tenant (cases, people,
// conversations, the file's documents and views, escalations), never a read per case, then the
// legal timeline and the file's completeness per case.
import { nextContactDue, returnedOn } from '../../domain/cadence';
import type { Case, IsoDate, Jurisdiction, Phase } from '../../domain/case';
import type { DeadlineReport, MilestoneStatus } from '../../domain/deadlines';
import { collectDocuments, completenessOf, DOCUMENT_RECORD, VIEW_RECORD } from '../../domain/dossier';
import { planSettingsFor } from '../../scheduler/tenant-settings';
import { timelineOf } from './timeline';
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
  /** The file's completeness check in counts; null where the case has no timeline to check against. */
  file: FileState | null;
}

export interface FileState {
  complete: boolean;
  /** Findings UWV may hold against the employer (late or missing steps and documents). */
  risks: number;
  /** Views still to collect. */
  attention: number;
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
  const [names, records] = await Promise.all([namesFor(store, tenant.id, cases, small), recordsFor(store, tenant.id, cases, small)]);
  const settings = planSettingsFor(tenant);
  return cases.map((c) => {
    const contacts = records.contacts.get(c.id) ?? [];
    const last = contacts[contacts.length - 1] ?? null;
    const report = timelineOf(c, today, settings.deadlines);
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
            settings.cadence,
          )
        : null,
      nextStep: next ? { id: next.id, due: next.due, status: next.status } : null,
      overdue: open.filter((m) => m.status === 'overdue' && m.kind === 'duty').map((m) => ({ id: m.id, due: m.due })),
      escalations: null,
      file: report ? fileState(c, report, records.file.get(c.id) ?? [], today) : null,
    };
  });
}

/** The same check the file itself prints (src/domain/dossier), on the timeline the row already has. */
function fileState(c: Case, report: DeadlineReport, records: readonly CaseRecord[], today: IsoDate): FileState {
  const check = completenessOf(c, report, collectDocuments(records), today);
  return { complete: check.complete, risks: check.risks, attention: check.items.length - check.risks };
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

const FILE_KINDS = new Set<string>([DOCUMENT_RECORD, VIEW_RECORD]);

/**
 * Per case: the recorded contacts (oldest first) and the file's records. A few cases: one read per
 * case; many: one read per kind for the whole tenant (three, whatever the number of cases).
 */
async function recordsFor(store: Store, tenantId: string, cases: readonly Case[], small: boolean): Promise<{ contacts: Map<string, Contact[]>; file: Map<string, CaseRecord[]> }> {
  const records: CaseRecord[] = small
    ? (await Promise.all(cases.map((c) => store.records.list(tenantId, { caseId: c.id })))).flat()
    : (await Promise.all((['outcome', DOCUMENT_RECORD, VIEW_RECORD] as const).map((kind) => store.records.list(tenantId, { kind })))).flat();
  const contacts = new Map<string, Contact[]>();
  const file = new Map<string, CaseRecord[]>();
  const add = <T>(map: Map<string, T[]>, caseId: string, value: T) => {
    const list = map.get(caseId);
    if (list) list.push(value);
    else map.set(caseId, [value]);
  };
  for (const r of records) {
    if (!r.caseId) continue;
    if (r.kind === 'outcome' && typeof r.data.date === 'string') add(contacts, r.caseId, { on: r.data.date, next: typeof r.data.nextContact === 'string' ? r.data.nextContact : null });
    else if (FILE_KINDS.has(r.kind)) add(file, r.caseId, r);
  }
  for (const list of contacts.values()) list.sort((a, b) => a.on.localeCompare(b.on));
  return { contacts, file };
}

async function openEscalations(store: Store, tenantId: string): Promise<Map<string, number>> {
  const [sent, states] = await Promise.all([
    store.reminders.listForTenant(tenantId, { kind: 'escalation', state: 'sent' }),
    store.records.list(tenantId, { kind: 'escalation_state' }),
  ]);
  return waitingPerCase(escalationQueue(sent, states));
}
