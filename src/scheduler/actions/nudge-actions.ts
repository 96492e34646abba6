// Answers to a nudge: done, remind me tomorrow, next week. "Done" does the real thing where a
// tick is enough: it marks the legal step done today, or records that there was contact today
// (the manager can add more with "Record the conversation"). Steps that need a decision open
// their form. Every answer is recorded once, however often the button is pressed, and the core's
// change listener re-plans the case, so the reminders follow at once.
import { z } from 'zod';
import { openCaseFor } from '../../core/access';
import { text } from '../../core/card';
import type { FlowContext } from '../../core/flow-context';
import { showMilestoneForm } from '../../core/flows/milestone';
import { showLegalMenu } from '../../core/legal/legal-flow';
import type { CoreReply } from '../../core/messages';
import { applyOnce } from '../../core/submit-once';
import { updateCase } from '../../core/writes';
import { completeMilestone } from '../../domain/case-events';
import { addDays } from '../../domain/dates';
import { formatDay, milestoneLabel } from '../../domain/labels';
import { isRecordedAsEvent } from '../../domain/rules';
import { nextWorkingDay, workingDayOnOrAfter } from '../../domain/working-days';
import { bundleIds, redrawBundle } from './bundle-card';
import { schedulerTexts } from '../texts';

const Answer = z.object({ caseId: z.string().min(1), item: z.string().min(1).max(200), bundle: z.string().max(4000).optional() });

/** Steps that need more than a tick: the form asks for what is missing. */
const FORM_ONLY = new Set(['be.rit_request', 'be.rit_assessment']);

type Item = { kind: 'milestone'; id: string; due: string } | { kind: 'contact' } | { kind: 'lookback' } | { kind: 'other' };

export function parseItem(item: string): Item {
  const m = /^m:([a-z]{2}\.[a-z0-9_]+)@(\d{4}-\d{2}-\d{2})$/.exec(item);
  if (m) return { kind: 'milestone', id: m[1]!, due: m[2]! };
  if (item.startsWith('c:') || item.startsWith('k:')) return { kind: 'contact' };
  if (item === 'lb') return { kind: 'lookback' };
  return { kind: 'other' };
}

export async function nudgeDone(fc: FlowContext, data: Record<string, unknown>, submitId: string): Promise<CoreReply> {
  const { t: core, lang, today, person } = fc.session;
  const t = schedulerTexts(lang);
  const parsed = Answer.safeParse(data);
  if (!parsed.success) return { messages: [text(core.errors.badSubmit)] };
  const access = await openCaseFor(fc, parsed.data.caseId, 'update');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  const item = parseItem(parsed.data.item);
  const key = `${submitId}|${parsed.data.item}`;

  let said: string;
  if (item.kind === 'milestone') {
    if (FORM_ONLY.has(item.id)) return prepend(t.answer.needsForm, await showMilestoneForm(fc, c.id));
    if (isRecordedAsEvent(item.id)) return prepend(t.answer.needsForm, await showLegalMenu(fc, c.id));
    const applied = await applyOnce(
      fc,
      { caseId: c.id, submitId: key, kind: 'milestone_done', personId: c.employeeId, data: { milestoneId: item.id, on: today, decision: null, via: 'nudge' } },
      async () => {
        await updateCase(fc, c.id, (current) => completeMilestone(current, { id: item.id, on: today }));
      },
    );
    said = applied.duplicate ? t.answer.duplicate : t.answer.done(milestoneLabel(item.id, lang));
  } else if (item.kind === 'contact') {
    const employee = (await fc.reads.person(c.employeeId))?.value.displayName ?? core.common.unknown;
    const applied = await applyOnce(
      fc,
      {
        caseId: c.id,
        submitId: key,
        kind: 'outcome',
        personId: c.employeeId,
        // A contact without details: when it was, and who says so. Nothing else is claimed.
        data: { date: today, kind: null, mood: null, agreements: [], wishes: [], nextContact: null, flagHr: false, concern: null, notes: null, recordedBy: person.id, via: 'nudge' },
      },
    );
    said = applied.duplicate ? t.answer.duplicate : t.answer.contactDone(employee);
  } else {
    return { messages: [text(core.errors.badSubmit)] };
  }
  return withRedrawn(fc, said, parsed.data.bundle);
}

/** "Remind me tomorrow" (the next working day) and "next week". */
export function nudgeSnooze(days: 'tomorrow' | 'week') {
  return async (fc: FlowContext, data: Record<string, unknown>, submitId: string): Promise<CoreReply> => {
    const { t: core, lang, today, tenant } = fc.session;
    const t = schedulerTexts(lang);
    const parsed = Answer.safeParse(data);
    if (!parsed.success) return { messages: [text(core.errors.badSubmit)] };
    const access = await openCaseFor(fc, parsed.data.caseId, 'update');
    if (!access.ok) return access.reply;
    const c = access.found.value;
    const country = tenant.settings.jurisdiction;
    const until = days === 'tomorrow' ? nextWorkingDay(today, country) : workingDayOnOrAfter(addDays(today, 7), country);
    const applied = await applyOnce(
      fc,
      { caseId: c.id, submitId: `${submitId}|${parsed.data.item}`, kind: 'nudge_response', personId: c.employeeId, data: { item: parsed.data.item, action: 'snooze', until } },
    );
    return withRedrawn(fc, applied.duplicate ? t.answer.duplicate : t.answer.snoozed(formatDay(until, lang)), parsed.data.bundle);
  };
}

async function withRedrawn(fc: FlowContext, said: string, bundle: string | undefined): Promise<CoreReply> {
  const card = await redrawBundle(fc, bundleIds(bundle));
  return { messages: [text(said)], replaceSubmitted: card };
}

function prepend(line: string, reply: CoreReply): CoreReply {
  return { ...reply, messages: [text(line), ...reply.messages] };
}
