// Reading what the planner needs about one case from the store: its records (conversations,
// answers to nudges, HR's states, check-ins), its reminders (what was sent) and whether the
// people involved can still be reached. Records are read leniently: a record this code does not
// understand is skipped, never a reason to stop planning.
import { z } from 'zod';
import type { Case, IsoDate } from '../domain/case';
import type { CheckinAnswer } from '../domain/schedule/checkin-signals';
import { localDay } from '../domain/schedule/delivery-window';
import type {
  ConcernFact,
  ContactFact,
  DeadFact,
  EscalationStateFact,
  NudgeResponseFact,
  PlanContext,
} from '../domain/schedule/plan-types';
import type { SeenReminders, Store } from '../store/store';
import type { CaseRecord, ConversationRef, Reminder, Tenant, Versioned } from '../store/types';
import { keyOf, MANAGER_NUDGE_KINDS } from './reminder-ids';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const Outcome = z.object({ date: day, nextContact: day.nullish(), flagHr: z.boolean().nullish(), concern: z.string().nullish() });
const NudgeResponse = z.object({ item: z.string(), action: z.enum(['done', 'snooze']), until: day.nullish() });
const EscalationState = z.object({
  items: z.array(z.string()),
  state: z.enum(['acknowledged', 'taken', 'snoozed']),
  until: day.nullish(),
});
/** The shape the check-in feature (issue 7) is expected to store; anything else is ignored here. */
const Checkin = z.object({
  energy: z.number().int().min(1).max(5).nullish(),
  progress: z.number().int().min(1).max(5).nullish(),
  help: z.string().nullish(),
  shareWithHr: z.boolean().nullish(),
  on: day.nullish(),
});

/**
 * Planning needs the recent past only: the last conversation, answers to current nudges, HR's
 * states, the latest check-ins. Older records cannot change a plan (an episode already escalated
 * is known from the reminders sent), so a long case costs no more to plan than a short one.
 */
const RECENT_RECORDS = 60;

export interface CaseInputs {
  ctx: PlanContext;
  records: CaseRecord[];
  reminders: Reminder[];
  /** The same reminders with their versions: re-planning writes under them without reading again. */
  seen: SeenReminders;
}

/** What the planner reads about one case, as the store gave it. */
export interface CaseReads {
  /** The newest RECENT_RECORDS records, oldest first. */
  records: CaseRecord[];
  versions: Versioned<Reminder>[];
  managerRefs: ConversationRef[];
}

export async function loadPlanInputs(store: Store, tenant: Tenant, c: Case, now: Date): Promise<CaseInputs> {
  const [records, versions, managerRefs] = await Promise.all([
    store.records.list(tenant.id, { caseId: c.id, latest: RECENT_RECORDS }),
    store.reminders.listVersionsForCase(tenant.id, c.id),
    store.refs.listForOwner(tenant.id, c.managerId),
  ]);
  return planInputsFrom(tenant, c, { records, versions, managerRefs }, now);
}

/**
 * The same reads for many cases of one tenant at once (a query per kind, however many cases), by
 * case id: what the scheduler reads for the recipients it is about to serve.
 */
export async function loadCaseReads(store: Store, tenantId: string, cases: readonly Case[]): Promise<Map<string, CaseReads>> {
  const ids = cases.map((c) => c.id);
  const [records, versions, refs] = await Promise.all([
    store.records.latestForCases(tenantId, ids, RECENT_RECORDS),
    store.reminders.listVersionsForCases(tenantId, ids),
    store.refs.listForOwners(tenantId, cases.map((c) => c.managerId)),
  ]);
  const reads = new Map<string, CaseReads>(cases.map((c) => [c.id, { records: [], versions: [], managerRefs: refs.filter((r) => r.ownerId === c.managerId) }]));
  for (const r of records) if (r.caseId) reads.get(r.caseId)?.records.push(r);
  for (const v of versions) if (v.value.caseId) reads.get(v.value.caseId)?.versions.push(v);
  return reads;
}

/** The planner's inputs for one case from what was read about it. */
export function planInputsFrom(tenant: Tenant, c: Case, reads: CaseReads, now: Date): CaseInputs {
  const tz = tenant.settings.timeZone;
  const { records, versions, managerRefs } = reads;
  const reminders = versions.map((v) => v.value);
  const dayOf = (iso: string): IsoDate => localDay(new Date(iso), tz);

  const contacts: ContactFact[] = [];
  const responses: NudgeResponseFact[] = [];
  const escalationStates: EscalationStateFact[] = [];
  const checkins: CheckinAnswer[] = [];
  let concern: ConcernFact | null = null;
  let lookbackDone = false;
  let managerLastAction: IsoDate | null = null;

  for (const r of records) {
    if (r.createdBy === c.managerId) {
      const d = dayOf(r.createdAt);
      if (!managerLastAction || d > managerLastAction) managerLastAction = d;
    }
    switch (r.kind) {
      case 'outcome': {
        const o = Outcome.safeParse(r.data);
        if (!o.success) break;
        contacts.push({ on: o.data.date, next: o.data.nextContact ?? null });
        if (o.data.flagHr && (!concern || o.data.date >= concern.on)) {
          concern = { recordId: r.id, on: o.data.date, concern: o.data.concern ?? 'other' };
        }
        break;
      }
      case 'nudge_response': {
        const n = NudgeResponse.safeParse(r.data);
        if (n.success) responses.push({ item: n.data.item, action: n.data.action, on: dayOf(r.createdAt), until: n.data.until ?? null });
        break;
      }
      case 'escalation_state': {
        const e = EscalationState.safeParse(r.data);
        if (!e.success) break;
        for (const item of e.data.items) escalationStates.push({ item, state: e.data.state, on: dayOf(r.createdAt), until: e.data.until ?? null });
        break;
      }
      case 'lookback':
        lookbackDone = true;
        break;
      case 'checkin': {
        const k = Checkin.safeParse(r.data);
        if (k.success) {
          checkins.push({
            id: r.id,
            on: k.data.on ?? dayOf(r.createdAt),
            energy: k.data.energy ?? null,
            progress: k.data.progress ?? null,
            help: k.data.help ?? null,
            shareWithHr: k.data.shareWithHr ?? false,
          });
        }
        break;
      }
      default:
        break;
    }
  }

  const sentKeys = new Set<string>();
  const sentManagerNudgeDays: IsoDate[] = [];
  for (const r of reminders) {
    if (r.state !== 'sent') continue;
    sentKeys.add(keyOf(r));
    if (r.recipientRole === 'manager' && MANAGER_NUDGE_KINDS.has(r.kind) && r.sentAt) sentManagerNudgeDays.push(dayOf(r.sentAt));
  }

  return {
    records,
    reminders,
    seen: new Map(versions.map((v) => [v.value.id, v])),
    ctx: {
      today: localDay(now, tz),
      reportedOn: dayOf(c.createdAt),
      contacts,
      responses,
      escalationStates,
      lookbackDone,
      managerLastAction,
      sentManagerNudgeDays,
      sentKeys,
      // The manager's conversations only: an employee who removes the app has stopped the
      // voluntary check-ins, and HR was promised check-in signals, not that.
      dead: deadFact('manager', managerRefs, dayOf),
      concern,
      checkins,
    },
  };
}

/** Someone is unreachable when they had conversations and every one of them is gone. */
function deadFact(role: DeadFact['role'], refs: readonly ConversationRef[], dayOf: (iso: string) => IsoDate): DeadFact | null {
  if (refs.length === 0 || refs.some((r) => !r.dead)) return null;
  const since = refs.map((r) => r.updatedAt).sort().pop()!;
  return { role, since: dayOf(since) };
}
