// Escalations as planned reminders. The facts a rule reads are a function of the case, its
// records and the day, so the planner can look ahead: "if nothing changes, on which day does
// this rule first hold?" It evaluates each rule day by day up to the horizon with the facts of
// that day (overdue days grow, planned nudges pile up unanswered) and plans the escalation for
// the first day it holds. Any change re-plans the case, which moves or drops it; the scheduler
// plans the case again just before sending, so an escalation that no longer holds is not sent.
import { nextContactDue, type ContactState } from '../cadence';
import type { Case, IsoDate } from '../case';
import { fromEpochDay, toEpochDay } from '../dates';
import type { DeadlineReport, MilestoneDeadline } from '../deadlines';
import { checkinFacts, latestAnswer } from './checkin-signals';
import type { CaseFacts, MilestoneFacts, RuleFacts } from './escalation-facts';
import type { CompiledRule, FactFamily } from './escalation-rules';
import type { EscalationStateFact, PlanContext, PlannedReminder, PlanSettings } from './plan-types';

export function escalationItem(ruleId: string, episode: string): string {
  return `e:${ruleId}:${episode}`;
}

interface Day {
  /** Epoch days: the projection counts in numbers and makes date strings only for a result. */
  n: number;
  facts: RuleFacts;
}

/**
 * `managerNudgeDays`: days the manager was or will be reminded about this case (sent ones and
 * the ones just planned), for the projected count of unanswered nudges.
 */
export function planEscalations(
  c: Case,
  report: DeadlineReport,
  state: ContactState,
  ctx: PlanContext,
  settings: PlanSettings,
  managerNudgeDays: readonly IsoDate[],
  horizonEnd: IsoDate,
): PlannedReminder[] {
  if (settings.rules.length === 0) return [];
  const open = report.milestones.filter((m) => m.status !== 'done');
  const { project, subjects } = projector(c, report, state, ctx, settings, managerNudgeDays, open);
  const days: Day[] = [];
  for (let n = toEpochDay(ctx.today), end = toEpochDay(horizonEnd); n <= end; n++) days.push(project(n));

  const dues = new Map(open.map((m) => [m, toEpochDay(m.due)]));
  const out: PlannedReminder[] = [];
  for (const rule of settings.rules) {
    // A rule that reads only facts that do not change with time needs one look, today.
    const span = rule.timeDependent ? days : days.slice(0, 1);
    const targets: Array<MilestoneDeadline | null> = rule.scope === 'milestone' ? open : [null];
    for (const m of targets) {
      const found = firstDayHolding(rule, span, m, m ? dues.get(m)! : 0);
      if (!found) continue;
      const item = escalationItem(rule.id, episodeOf(rule, subjects(found.n), m));
      const planned = keyAndDay(item, fromEpochDay(found.n), ctx.escalationStates, ctx.sentKeys);
      if (!planned || planned.day > horizonEnd) continue;
      out.push({
        key: planned.key,
        kind: 'escalation',
        to: 'hr',
        day: planned.day,
        item,
        milestoneId: m?.id ?? null,
        ruleId: rule.id,
        due: m?.due ?? null,
        leadDays: null,
        earlier: false,
      });
    }
  }
  return out;
}

function firstDayHolding(rule: CompiledRule, days: readonly Day[], m: MilestoneDeadline | null, due: number): Day | null {
  // Facts often stay the same from one day to the next (a step far ahead stays "not overdue"):
  // the rule is evaluated again only when a fact it reads that moves with time has changed.
  let lastKey: string | null = null;
  let lastResult = false;
  for (const d of days) {
    const facts: RuleFacts = m ? { case: d.facts.case, checkin: d.facts.checkin, milestone: milestoneFacts(m, due - d.n) } : d.facts;
    let key = '';
    for (const path of rule.timePaths) key += `${valueAt(facts, path)}\u0000`;
    if (key !== lastKey) {
      lastResult = rule.holds(facts);
      lastKey = key;
    }
    if (lastResult) return d;
  }
  return null;
}

/** When and under which key to escalate an episode that first holds on `day`; null when HR has it. */
function keyAndDay(
  item: string,
  day: IsoDate,
  states: readonly EscalationStateFact[],
  sent: ReadonlySet<string>,
): { key: string; day: IsoDate } | null {
  let latest: EscalationStateFact | null = null;
  for (const s of states) if (s.item === item && (!latest || s.on >= latest.on)) latest = s;
  if (latest && latest.state !== 'snoozed') return null;
  if (latest?.until) {
    const key = `${item}:s:${latest.until}`;
    return sent.has(key) ? null : { key, day: latest.until > day ? latest.until : day };
  }
  return sent.has(item) ? null : { key: item, day };
}

function episodeOf(rule: CompiledRule, subjects: Record<FactFamily, string>, m: MilestoneDeadline | null): string {
  if (rule.families.length === 0) return 'case';
  return rule.families.map((f) => (f === 'milestone' ? (m ? `${m.id}@${m.due}` : '-') : subjects[f])).join('|');
}

function valueAt(facts: RuleFacts, path: readonly string[]): string {
  let v: unknown = facts;
  for (const part of path) v = v === null || typeof v !== 'object' ? undefined : (v as Record<string, unknown>)[part];
  return v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function milestoneFacts(m: MilestoneDeadline, daysLeft: number): MilestoneFacts {
  return { id: m.id, kind: m.kind, responsible: m.responsible, due: m.due, daysLeft, overdueDays: Math.max(0, -daysLeft) };
}

/** The facts of any day from today on, assuming nothing changes but the planned reminders going out. */
function projector(
  c: Case,
  report: DeadlineReport,
  state: ContactState,
  ctx: PlanContext,
  settings: PlanSettings,
  managerNudgeDays: readonly IsoDate[],
  open: readonly MilestoneDeadline[],
): { project: (n: number) => Day; subjects: (n: number) => Record<FactFamily, string> } {
  const contactDue = nextContactDue(state, c.jurisdiction, settings.cadence);
  const since = ctx.managerLastAction;
  const nudgeDays = managerNudgeDays.filter((d) => !since || d > since).sort();
  const nudgeNs = nudgeDays.map(toEpochDay);
  const duties = open.filter((m) => m.kind === 'duty').map((m) => ({ m, due: toEpochDay(m.due) }));
  const checkin = checkinFacts(ctx.checkins, ctx.today);
  const answer = latestAnswer(ctx.checkins);
  const todayN = toEpochDay(ctx.today);
  const startN = toEpochDay(report.caseStart);
  const contactN = state.lastContactOn ? toEpochDay(state.lastContactOn) : startN - 1;
  const contactDueN = contactDue ? toEpochDay(contactDue) : null;
  const fixed = {
    dead: ctx.dead ? `${ctx.dead.role}@${ctx.dead.since}` : '-',
    concern: ctx.concern?.recordId ?? '-',
    contact: contactDue ?? '-',
    checkin: answer?.id ?? '-',
  };
  // A nudge counts as unanswered from the day after it went out.
  const unansweredOn = (n: number): number => {
    let count = 0;
    while (count < nudgeNs.length && nudgeNs[count]! < n) count++;
    return count;
  };
  const overdueOn = (n: number): MilestoneDeadline[] => duties.filter((d) => d.due < n).map((d) => d.m);
  const subjects = (n: number): Record<FactFamily, string> => {
    const overdue = overdueOn(n)[0];
    return {
      ...fixed,
      milestone: '-',
      nudges: unansweredOn(n) > 0 ? nudgeDays[0]! : '-',
      overdue: overdue ? `${overdue.id}@${overdue.due}` : '-',
    };
  };
  const project = (n: number): Day => {
    const elapsed = n - todayN;
    const unanswered = unansweredOn(n);
    let overdueCount = 0;
    for (const d of duties) if (d.due < n) overdueCount++;
    const caseFacts: CaseFacts = {
      jurisdiction: c.jurisdiction,
      phase: c.phase,
      employerSize: c.employerSize,
      sickDays: report.sickDays + (report.sickToday ? elapsed : 0),
      daysSinceStart: n - startN + 1,
      daysSinceContact: n - contactN,
      contactOverdueDays: contactDueN === null ? 0 : Math.max(0, n - contactDueN),
      unansweredNudges: unanswered,
      overdueCount,
      deadReference: ctx.dead !== null,
      deadRole: ctx.dead?.role ?? '',
      concernFlagged: ctx.concern !== null,
      concern: ctx.concern?.concern ?? '',
    };
    return {
      n,
      facts: {
        case: caseFacts,
        checkin: checkin.answers === 0 ? checkin : { ...checkin, daysSinceLast: checkin.daysSinceLast + elapsed },
      },
    };
  };
  return { project, subjects };
}
