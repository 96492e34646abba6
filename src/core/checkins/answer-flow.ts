// Receiving a check-in. Under a minute for the employee; here: validate, screen the note (a note
// that looks medical is not stored, and the employee is told why), ask consent before HR hears
// of a request for a talk, store once, and let the change listener plan what follows (a nudge
// to the manager, an HR signal, the next check-in).
import { z } from 'zod';
import { HELP_CHOICES, type CheckinData } from '../../domain/checkins/answers';
import { screenText } from '../../domain/privacy/medical-screen';
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import type { CoreReply } from '../messages';
import { checkinCard, hrConsentCard, type CheckinValues } from './cards';
import { employeeContext } from './context';
import { nextAround, wishlistInvited } from './employee-flows';

// Every question may be skipped, as the form says: an unanswered one arrives empty or not at all.
const score = z
  .union([z.literal(''), z.enum(['1', '2', '3', '4', '5'])])
  .optional()
  .transform((v) => (v ? Number(v) : null));

const CheckinSubmit = z.object({
  energy: score,
  progress: score,
  help: z
    .union([z.literal(''), z.enum(HELP_CHOICES)])
    .optional()
    .transform((v) => v || null),
  note: z.string().max(500).optional(),
  shareWithManager: z.enum(['true', 'false']).default('false'),
  /** "Send without the note" on check-in cards sent before a held-back note left the form itself. */
  dropNote: z.literal('true').optional(),
  consentHr: z.enum(['yes', 'no']).optional(),
  /** The submit id of the original card, carried by the HR consent card so the answer is stored once. */
  answerKey: z.string().min(1).max(200).optional(),
});

function echo(data: Record<string, unknown>): CheckinValues {
  const out: CheckinValues = {};
  for (const k of ['energy', 'progress', 'help', 'note', 'shareWithManager'] as const) {
    const v = data[k];
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}

export async function submitCheckin(fc: FlowContext, data: Record<string, unknown>, submitId: string): Promise<CoreReply> {
  const { tenant, person, today } = fc.session;
  const { ct, c, enrolment, rhythm } = await employeeContext(fc);
  if (!c) return { messages: [text(ct.commands.noCase)] };
  if (!enrolment) return { messages: [text(ct.commands.notEnrolled)] };
  const showWishlist = await wishlistInvited(fc, c);
  // The form comes back in place of the submitted one: one live form, with the notice on it.
  const again = (notice: string, values = echo(data)): CoreReply => ({
    messages: [],
    replaceSubmitted: checkinCard(ct, fc.newId(), { values, notice, showWishlist }),
  });

  const parsed = CheckinSubmit.safeParse(data);
  if (!parsed.success) return again(ct.form.unreadable);
  const v = parsed.data;
  const note = v.dropNote ? '' : (v.note ?? '').trim();
  const screen = screenText(note);
  // Nothing is stored, and the note is not shown again (nor quoted): the employee writes it differently or leaves it out.
  if (screen.flagged) return again(ct.heldBack, { ...echo(data), note: '' });
  const answerKey = v.answerKey ?? submitId;
  if (v.help === 'talk_hr' && !v.consentHr) {
    const answer = { key: answerKey, energy: String(v.energy ?? ''), progress: String(v.progress ?? ''), note, shareWithManager: v.shareWithManager };
    return { messages: [hrConsentCard(ct, fc.newId(), answer)] };
  }

  const checkin: CheckinData = {
    on: today,
    energy: v.energy,
    progress: v.progress,
    help: v.help,
    note: note || null,
    shareWithManager: note !== '' && v.shareWithManager === 'true',
    shareWithHr: v.help === 'talk_hr' && v.consentHr === 'yes',
  };
  const { record, duplicate } = await fc.store.records.append({
    id: fc.newId(),
    tenantId: tenant.id,
    caseId: c.id,
    personId: person.id,
    kind: 'checkin',
    // Scoped to the person: a key from a card can never reach someone else's record.
    idempotencyKey: `checkin:${person.id}:${answerKey}`,
    createdBy: person.id,
    createdAt: fc.clock.now().toISOString(),
    data: { ...checkin },
  });
  const done = (detail: string) => fc.card('submitted', { title: ct.saved.title, detail }, ct.saved.title);
  if (duplicate) return { messages: [], replaceSubmitted: done(ct.saved.duplicate) };
  await fc.changes.recordAdded(record);

  const lines = [ct.saved.thanks];
  if (checkin.help === 'manager_call') lines.push(ct.saved.managerCall);
  else if (checkin.help === 'adjusted_tasks' || checkin.help === 'fewer_hours' || checkin.help === 'talk_doctor') lines.push(ct.saved.managerRequest);
  else if (checkin.help === 'talk_hr') lines.push(checkin.shareWithHr ? ct.saved.hrYes : ct.saved.hrNo);
  if (checkin.note) lines.push(checkin.shareWithManager ? ct.saved.noteShared : ct.saved.notePrivate);
  if (enrolment.status === 'active') {
    const next = nextAround(fc, c, rhythm);
    if (next) lines.push(ct.saved.next(next));
  }
  return { messages: [], replaceSubmitted: done(lines.join(' ')) };
}
