// HR's answers to an escalation: seen, I'll take it on, again in a week. The state is recorded
// (`escalation_state`), the card is redrawn with it so everyone in the HR channel sees who has
// it, and a second HR member pressing an old copy is told who already took it on.
import { z } from 'zod';
import { isHr, openCaseFor } from '../../core/access';
import { text } from '../../core/card';
import type { FlowContext } from '../../core/flow-context';
import type { CardMessage, CoreReply } from '../../core/messages';
import type { Case } from '../../domain/case';
import { applyOnce } from '../../core/submit-once';
import { addDays } from '../../domain/dates';
import { formatDay } from '../../domain/labels';
import { workingDayOnOrAfter } from '../../domain/working-days';
import type { CaseRecord } from '../../store/types';
import { loadSnapshot } from '../case-snapshot';
import { escalationCard } from '../escalation-card';
import { schedulerTexts } from '../texts';
import { localDay } from '../../domain/schedule/delivery-window';

type State = 'acknowledged' | 'taken' | 'snoozed';

const Answer = z.object({ caseId: z.string().min(1), items: z.string().min(1).max(2000) });

/** What an escalation item says about itself: `e:<rule>:<episode>`, the episode naming a step for step rules. */
export function parseEscalationItem(item: string): { item: string; ruleId: string | null; milestoneId: string | null; due: string | null } {
  const m = /^e:([^:]+):(.*)$/.exec(item);
  const step = m ? /^([a-z]{2}\.[a-z0-9_]+)@(\d{4}-\d{2}-\d{2})/.exec(m[2]!) : null;
  return { item, ruleId: m?.[1] ?? null, milestoneId: step?.[1] ?? null, due: step?.[2] ?? null };
}

export function escalationAnswer(state: State) {
  return async (fc: FlowContext, data: Record<string, unknown>, submitId: string): Promise<CoreReply> => {
    const { t: core, lang, today, person, tenant } = fc.session;
    const t = schedulerTexts(lang);
    if (!isHr(person)) return { messages: [text(t.escalation.onlyHr)] };
    const parsed = Answer.safeParse(data);
    if (!parsed.success) return { messages: [text(core.errors.badSubmit)] };
    const access = await openCaseFor(fc, parsed.data.caseId, 'update');
    if (!access.ok) return access.reply;
    const c = access.found.value;
    const items = itemsOf(parsed.data.items);

    const taken = await takenBy(fc, c.id, items);
    let said: string;
    if (taken && taken.by !== person.id) {
      said = t.escalation.alreadyTaken(taken.name);
    } else {
      const until = state === 'snoozed' ? workingDayOnOrAfter(addDays(today, 7), tenant.settings.jurisdiction) : null;
      const applied = await applyOnce(
        fc,
        { caseId: c.id, submitId, kind: 'escalation_state', personId: c.employeeId, data: { items, state, until, by: person.id, byName: person.displayName } },
      );
      said = applied.duplicate ? schedulerTexts(lang).answer.duplicate : t.escalation.saved;
    }
    const card = await currentEscalationCard(fc, c, items);
    return card ? { messages: [text(said)], replaceSubmitted: card } : { messages: [text(said)] };
  };
}

/**
 * Teams' Universal Actions refresh: when someone looks at an escalation card, Teams asks for it as
 * it stands, so a card answered elsewhere (another copy, the HR workspace) shows the same state.
 */
export async function refreshEscalation(fc: FlowContext, data: Record<string, unknown>): Promise<CoreReply> {
  const parsed = Answer.safeParse(data);
  if (!parsed.success || !isHr(fc.session.person)) return { messages: [] };
  const found = await fc.store.cases.get(fc.session.tenant.id, parsed.data.caseId);
  if (!found) return { messages: [] };
  return { messages: [], replaceSubmitted: await currentEscalationCard(fc, found.value, itemsOf(parsed.data.items)) };
}

export function itemsOf(raw: string): string[] {
  return raw.split(',').filter(Boolean).slice(0, 20);
}

/** The escalation card for these items as it stands now (HR's latest answer in words), or null when the case cannot be read. */
export async function currentEscalationCard(fc: FlowContext, c: Case, items: readonly string[]): Promise<CardMessage | null> {
  const { lang, today, tenant } = fc.session;
  const [latest, snap] = await Promise.all([latestState(fc, c.id, items), loadSnapshot(fc.store, tenant, c, fc.clock.now(), fc.logger)]);
  if (!snap) return null;
  return escalationCard({
    locale: lang,
    today,
    snap,
    escalations: items.map(parseEscalationItem),
    state: latest ? stateText(latest, lang, tenant.settings.timeZone) : '',
    taken: latest?.data.state === 'taken',
    cardId: fc.newId(),
  });
}

async function statesFor(fc: FlowContext, caseId: string, items: readonly string[]): Promise<CaseRecord[]> {
  const records = await fc.store.records.list(fc.session.tenant.id, { caseId, kind: 'escalation_state' });
  return records.filter((r) => Array.isArray(r.data.items) && (r.data.items as unknown[]).some((i) => items.includes(String(i))));
}

async function latestState(fc: FlowContext, caseId: string, items: readonly string[]): Promise<CaseRecord | null> {
  const list = await statesFor(fc, caseId, items);
  return list[list.length - 1] ?? null;
}

async function takenBy(fc: FlowContext, caseId: string, items: readonly string[]): Promise<{ by: string; name: string } | null> {
  const taken = (await statesFor(fc, caseId, items)).filter((r) => r.data.state === 'taken');
  const first = taken[0];
  return first ? { by: String(first.data.by ?? first.createdBy), name: String(first.data.byName ?? '') } : null;
}

function stateText(r: CaseRecord, lang: Parameters<typeof schedulerTexts>[0], timeZone: string): string {
  const t = schedulerTexts(lang).escalation;
  const name = String(r.data.byName ?? '');
  const on = formatDay(localDay(new Date(r.createdAt), timeZone), lang);
  if (r.data.state === 'taken') return t.stateTaken(name, on);
  if (r.data.state === 'snoozed' && typeof r.data.until === 'string') return t.stateSnoozed(name, on, formatDay(r.data.until, lang));
  return t.stateAcknowledged(name, on);
}
