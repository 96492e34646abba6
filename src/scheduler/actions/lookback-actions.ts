// The manager's look-back, six months after the return: what helped, what they would do
// differently, an optional note. Choices first (no free text needed); a note is screened and
// anything that looks medical is held back before anything is saved. Recorded as `lookback`
// for HR's learning overview.
import { z } from 'zod';
import { openCaseFor } from '../../core/access';
import { text } from '../../core/card';
import type { FlowContext } from '../../core/flow-context';
import type { CardMessage, CoreReply } from '../../core/messages';
import { closingOffer } from '../../core/flows/status';
import { applyOnce } from '../../core/submit-once';
import { screenText } from '../../domain/privacy/medical-screen';
import { schedulerTexts } from '../texts';

export const HELPED = ['early_contact', 'regular_contact', 'adapted_tasks', 'adapted_hours', 'team_support', 'doctor_advice', 'clear_agreements'] as const;
export const DIFFERENT = ['contact_sooner', 'contact_more', 'involve_hr', 'plan_earlier', 'after_care', 'nothing'] as const;

const multi = <T extends string>(allowed: readonly T[]) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []))
    .pipe(z.array(z.enum(allowed as unknown as [T, ...T[]])));

const Submit = z.object({ caseId: z.string().min(1), helped: multi(HELPED), different: multi(DIFFERENT), notes: z.string().max(1000).optional() });

function lookbackCard(fc: FlowContext, caseId: string, employee: string, values: Record<string, string>, notice = ''): CardMessage {
  const t = schedulerTexts(fc.session.lang).lookback;
  return fc.card(
    'lookback',
    {
      caseId,
      title: t.title(employee),
      intro: t.intro,
      notice,
      labels: { helped: t.helped, different: t.different, notes: t.notes, notesWarning: t.notesWarning, submit: t.submit },
      values: { helped: '', different: '', notes: '', ...values },
      helped: HELPED.map((value) => ({ title: t.helpedChoices[value] ?? value, value })),
      different: DIFFERENT.map((value) => ({ title: t.differentChoices[value] ?? value, value })),
    },
    t.title(employee),
    'form',
  );
}

async function employeeName(fc: FlowContext, tenantId: string, employeeId: string): Promise<string> {
  return (await fc.store.people.get(tenantId, employeeId))?.value.displayName ?? fc.session.t.common.unknown;
}

export async function showLookback(fc: FlowContext, data: Record<string, unknown>): Promise<CoreReply> {
  const access = await openCaseFor(fc, data.caseId, 'read');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  return { messages: [lookbackCard(fc, c.id, await employeeName(fc, c.tenantId, c.employeeId), {})] };
}

export async function submitLookback(fc: FlowContext, data: Record<string, unknown>, submitId: string): Promise<CoreReply> {
  const { t: core, lang, person } = fc.session;
  const t = schedulerTexts(lang);
  const access = await openCaseFor(fc, data.caseId, 'update');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  const name = await employeeName(fc, c.tenantId, c.employeeId);
  const echo = { helped: String(data.helped ?? ''), different: String(data.different ?? ''), notes: String(data.notes ?? '') };
  const parsed = Submit.safeParse(data);
  // The form comes back in place of the submitted one: one live form, with the notice on it.
  if (!parsed.success) return { messages: [], replaceSubmitted: lookbackCard(fc, c.id, name, echo, core.errors.badSubmit) };
  const notes = parsed.data.notes?.trim() ?? '';
  const screen = screenText(notes);
  // Nothing is stored, and the note is not shown again (nor quoted).
  if (screen.flagged) return { messages: [], replaceSubmitted: lookbackCard(fc, c.id, name, { ...echo, notes: '' }, t.lookback.heldBack) };
  const applied = await applyOnce(
    fc,
    { caseId: c.id, submitId, kind: 'lookback', personId: c.employeeId, data: { helped: parsed.data.helped, different: parsed.data.different, notes: notes || null, by: person.id } },
  );
  const done = fc.card('submitted', { title: t.lookback.title(name), detail: '' }, t.lookback.title(name));
  if (applied.duplicate) return { messages: [text(t.answer.duplicate)], replaceSubmitted: done };
  // The look-back comes at the end of the return: the natural moment to close the case.
  const offer = closingOffer(fc, c, name);
  return { messages: [text(t.lookback.saved), ...(offer ? [offer] : [])], replaceSubmitted: done };
}
