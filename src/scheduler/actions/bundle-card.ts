// Redrawing a nudge card after one of its items was answered: every item shows where it stands
// now (done, coming back on a date) and keeps its buttons while it is still open. The card names
// its reminders (`bundle`), so this works from whichever item was clicked.
import type { CardMessage } from '../../core/messages';
import type { FlowContext } from '../../core/flow-context';
import type { IsoDate } from '../../domain/case';
import { formatDay, type Locale } from '../../domain/labels';
import { latestResponse } from '../../domain/schedule/item-days';
import type { PlannedReminder } from '../../domain/schedule/plan-types';
import type { Reminder } from '../../store/types';
import { loadSnapshot, type CaseSnapshot } from '../case-snapshot';
import { nudgeCard, type NudgeItem } from '../nudge-card';
import { payloadOf } from '../reminder-ids';
import { schedulerTexts } from '../texts';

const MAX_BUNDLE = 50;

export function bundleIds(raw: unknown): string[] {
  if (typeof raw !== 'string' || raw === '') return [];
  return raw.split(',').filter(Boolean).slice(0, MAX_BUNDLE);
}

/** The nudge card as it stands now, or null when none of its reminders can be found. */
export async function redrawBundle(fc: FlowContext, ids: readonly string[]): Promise<CardMessage | null> {
  const { tenant, lang, today, person } = fc.session;
  const reminders: Reminder[] = [];
  for (const id of ids) {
    const r = await fc.store.reminders.get(tenant.id, id);
    if (r && r.value.caseId) reminders.push(r.value);
  }
  if (reminders.length === 0) return null;
  const now = fc.clock.now();
  const snaps = new Map<string, CaseSnapshot | null>();
  const items: NudgeItem[] = [];
  const seen = new Set<string>();
  for (const r of reminders) {
    const caseId = r.caseId!;
    if (!snaps.has(caseId)) {
      const found = await fc.store.cases.get(tenant.id, caseId);
      snaps.set(caseId, found ? await loadSnapshot(fc.store, tenant, found.value, now, fc.logger) : null);
    }
    const snap = snaps.get(caseId);
    const planned = plannedFrom(r);
    if (!snap || seen.has(`${caseId}:${planned.item}`)) continue;
    seen.add(`${caseId}:${planned.item}`);
    items.push({ snap, planned, state: itemState(snap, planned, lang, today) });
  }
  if (items.length === 0) return null;
  const recipientName = reminders[0]!.recipientRole === 'manager' ? person.displayName : null;
  return nudgeCard({ locale: lang, today, recipientName, items, reminderIds: [...ids], cardId: fc.newId() });
}

/** The reminder as the planner described it, from what was stored. */
export function plannedFrom(r: Reminder): PlannedReminder {
  const p = payloadOf(r);
  return {
    key: p.key,
    kind: r.kind as PlannedReminder['kind'],
    to: r.recipientRole === 'hr' ? 'hr' : 'manager',
    day: p.day,
    item: p.item,
    milestoneId: r.milestoneId ?? null,
    ruleId: r.ruleId ?? null,
    due: p.due,
    leadDays: p.leadDays,
    earlier: p.earlier,
  };
}

/** Where an item stands: answered done, snoozed to a day, or still open (''). */
export function itemState(snap: CaseSnapshot, planned: PlannedReminder, locale: Locale, today: IsoDate): string {
  const t = schedulerTexts(locale);
  const answer = latestResponse(planned.item, snap.inputs.ctx.responses);
  if (answer?.action === 'snooze' && answer.until && answer.until > today) return t.nudge.stateSnoozed(formatDay(answer.until, locale));
  if (answer?.action === 'done') return t.nudge.stateDone;
  if (planned.kind === 'milestone') {
    const m = snap.report.milestones.find((x) => x.id === planned.milestoneId && x.due === planned.due);
    if (m && m.status === 'done' && m.kind !== 'event') return t.nudge.stateDone;
  }
  if ((planned.kind === 'contact' || planned.kind === 'contact_request') && planned.due) {
    if (snap.inputs.ctx.contacts.some((k) => k.on >= (planned.day < planned.due! ? planned.day : planned.due!))) return t.nudge.stateDone;
  }
  if (planned.kind === 'lookback' && snap.inputs.ctx.lookbackDone) return t.nudge.stateDone;
  return '';
}
