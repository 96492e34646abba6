// Recording how a contact went: a few taps for agreements, wishes and the next contact.
// Free text is screened; anything that looks medical is held back before anything is saved.
import { z } from 'zod';
import type { Case } from '../../domain/case';
import { screenText } from '../../domain/privacy/medical-screen';
import { openCaseFor } from '../access';
import { text } from '../card';
import { loadCaseView } from '../case-view';
import type { FlowContext } from '../flow-context';
import type { CoreReply } from '../messages';
import { applyOnce } from '../submit-once';
import { longDate, parseIsoDate } from '../time';

const KINDS = ['call', 'video', 'in_person', 'message'] as const;
const MOODS = ['good', 'mixed', 'difficult'] as const;
const AGREEMENTS = ['workplace', 'tasks', 'hours', 'buildup', 'contact', 'none'] as const;
const WISHES = ['more_contact', 'less_contact', 'team_informed', 'team_not_informed', 'talk_hr', 'talk_doctor', 'remote'] as const;
const CONCERNS = ['wellbeing', 'progress', 'workload', 'relationship', 'other'] as const;

/** Adaptive Cards and Slack both send a multi-select as "a,b,c". */
const multi = <T extends string>(allowed: readonly T[]) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []))
    .pipe(z.array(z.enum(allowed as unknown as [T, ...T[]])));

const OutcomeSubmit = z.object({
  date: z.string(),
  kind: z.enum(KINDS),
  mood: z.enum(MOODS),
  agreements: multi(AGREEMENTS),
  buildupHours: z.union([z.literal(''), z.coerce.number().min(0).max(60)]).optional(),
  wishes: multi(WISHES),
  nextContact: z.string().optional(),
  flagHr: z.enum(['true', 'false']).default('false'),
  concern: z.union([z.literal(''), z.enum(CONCERNS)]).optional(),
  notes: z.string().max(1000).optional(),
});

type Values = Record<string, string | number>;

function choices<T extends string>(ids: readonly T[], labels: Record<T, string>) {
  return ids.map((value) => ({ title: labels[value], value }));
}

export function outcomeCard(fc: FlowContext, c: Case, employeeName: string, values: Values, notice = '') {
  const { t, today } = fc.session;
  const o = t.outcome;
  return fc.card(
    'outcome',
    {
      caseId: c.id,
      title: o.title(employeeName),
      intro: o.intro,
      notice,
      labels: {
        date: o.date,
        dateMissing: t.errors.missing(o.date),
        kind: o.kind,
        kindMissing: t.errors.missing(o.kind),
        mood: o.mood,
        moodMissing: t.errors.missing(o.mood),
        agreements: o.agreements,
        buildupHours: o.buildupHours,
        wishes: o.wishes,
        nextContact: o.nextContact,
        flagHr: o.flagHr,
        concern: o.concern,
        notes: o.notes,
        notesWarning: o.notesWarning,
        submit: o.submit,
      },
      values: { date: today, today, kind: 'call', mood: '', agreements: '', buildupHours: '', wishes: '', nextContact: '', flagHr: 'false', concern: '', notes: '', ...values },
      kinds: choices(KINDS, o.kinds),
      moods: choices(MOODS, o.moods),
      agreements: choices(AGREEMENTS, o.agreementChoices),
      wishes: choices(WISHES, o.wishChoices),
      concerns: choices(CONCERNS, o.concernChoices),
    },
    o.title(employeeName),
    'form',
  );
}

export async function showOutcomeForm(fc: FlowContext, caseId: unknown): Promise<CoreReply> {
  const access = await openCaseFor(fc, caseId, 'read');
  if (!access.ok) return access.reply;
  const view = await loadCaseView(fc, access.found.value);
  const suggested = view.nextContact && view.nextContact > fc.session.today ? view.nextContact : '';
  return { messages: [outcomeCard(fc, view.c, view.employeeName, { nextContact: suggested })] };
}

function echoValues(data: Record<string, unknown>): Values {
  const out: Values = {};
  for (const [k, v] of Object.entries(data)) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return out;
}

export async function submitOutcome(fc: FlowContext, data: Record<string, unknown>, submitId: string): Promise<CoreReply> {
  const { t, today, lang, person } = fc.session;
  const access = await openCaseFor(fc, data.caseId, 'update');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  // The name is for the answer only: read while the record is written.
  const employeeName = fc.reads.person(c.employeeId).then((p) => p?.value.displayName ?? t.common.unknown);
  // The form comes back in place of the submitted one: one live form, with the notice on it.
  const again = async (notice: string, values = echoValues(data)): Promise<CoreReply> => ({
    messages: [],
    replaceSubmitted: outcomeCard(fc, c, await employeeName, values, notice),
  });

  const parsed = OutcomeSubmit.safeParse(data);
  if (!parsed.success) return again(t.errors.badSubmit);
  const v = parsed.data;
  const date = parseIsoDate(v.date);
  if (!date) return again(t.errors.invalidDate(t.outcome.date));
  if (date > today) return again(t.errors.futureDate(t.outcome.date));
  const nextContact = v.nextContact ? parseIsoDate(v.nextContact) : null;
  if (v.nextContact && !nextContact) return again(t.errors.invalidDate(t.outcome.nextContact));
  if (nextContact && nextContact <= date) return again(t.outcome.nextContactBeforeDate);

  const notes = v.notes?.trim() ?? '';
  const screen = screenText(notes);
  // Nothing is stored, and the note is not shown again (nor quoted): the manager rewrites it or leaves it out.
  if (screen.flagged) return again(t.outcome.heldBack, { ...echoValues(data), notes: '' });

  const flagHr = v.flagHr === 'true';
  const record = {
    date,
    kind: v.kind,
    mood: v.mood,
    agreements: v.agreements,
    buildupHours: typeof v.buildupHours === 'number' ? v.buildupHours : null,
    wishes: v.wishes,
    nextContact,
    flagHr,
    concern: flagHr ? v.concern || 'other' : null,
    notes: notes || null,
    recordedBy: person.id,
  };
  const [applied, name] = await Promise.all([
    applyOnce(fc, { caseId: c.id, submitId, kind: 'outcome', personId: c.employeeId, data: record }),
    employeeName,
  ]);
  const title = t.outcome.submittedTitle(name, longDate(date, lang));
  if (applied.duplicate) {
    return { messages: [text(t.submitted.duplicate)], replaceSubmitted: fc.card('submitted', { title, detail: '' }, title) };
  }
  const lines = [t.outcome.saved(name, longDate(date, lang))];
  if (nextContact) lines.push(t.outcome.nextContactSet(longDate(nextContact, lang)));
  if (flagHr) lines.push(t.outcome.flagged);
  // One answer, in place of the form: the saved summary says it all.
  return { messages: [], replaceSubmitted: fc.card('submitted', { title, detail: lines.join(' ') }, title) };
}
