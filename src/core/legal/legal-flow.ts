// Recording a Dutch legal event from the case card: a menu of what can be recorded now, a form
// per event, and the submit that applies the domain event once (a retried or double-clicked
// submit records nothing twice). The deadlines follow from the rule packs.
import type { Case } from '../../domain/case';
import { availableLegalEvents } from '../../domain/legal/available';
import { domainErrorText } from '../../domain/error-text';
import { isDomainError } from '../../domain/errors';
import { legalEntries } from '../../domain/legal/entries';
import { recordLegalEvent } from '../../domain/legal/events';
import { LEGAL_EVENT_IDS, legalEventLabel } from '../../domain/legal/labels';
import { screenText } from '../../domain/privacy/medical-screen';
import { openCaseFor } from '../access';
import { text } from '../card';
import { caseCardData, loadCaseView, loadContacts, nameOf } from '../case-view';
import type { FlowContext } from '../flow-context';
import type { CoreReply } from '../messages';
import { alreadyRecorded, applyOnce } from '../submit-once';
import { longDate, parseIsoDate, shortDate } from '../time';
import { updateCase } from '../writes';
import { EMPTY_VALUES, formCardData, LegalSubmit, toEventInput, type FormEvent, type FormValues } from './form-fields';
import { legalTexts } from './texts';

function isFormEvent(value: unknown): value is FormEvent {
  return typeof value === 'string' && value !== 'different_illness' && (LEGAL_EVENT_IDS as readonly string[]).includes(value);
}

async function employeeName(fc: FlowContext, c: Case): Promise<string> {
  return (await nameOf(fc, c.employeeId)) ?? fc.session.t.common.unknown;
}

export async function showLegalMenu(fc: FlowContext, caseId: unknown): Promise<CoreReply> {
  const access = await openCaseFor(fc, caseId, 'read');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  const { lang } = fc.session;
  const t = legalTexts(lang).menu;
  if (c.jurisdiction !== 'NL') return { messages: [text(t.beOnly)] };
  const events = availableLegalEvents(c);
  if (events.length === 0) return { messages: [text(t.nothing)] };
  const name = await employeeName(fc, c);
  const title = t.title(name);
  return {
    messages: [
      fc.card(
        'legal-menu',
        {
          caseId: c.id,
          title,
          intro: t.intro,
          recordedTitle: t.recorded,
          recorded: legalEntries(c).map((e) => ({ on: shortDate(e.on, lang), label: legalEventLabel(e.id, lang) })),
          events: events.map((event) => ({ title: legalEventLabel(event, lang), event })),
        },
        title,
      ),
    ],
  };
}

function formCard(fc: FlowContext, c: Case, name: string, event: FormEvent, values: FormValues, notice = '') {
  const { lang, today } = fc.session;
  const data = formCardData(lang, today, c, name, event, values, notice);
  return fc.card('legal-form', data, String(data.title), 'form');
}

export async function showLegalForm(fc: FlowContext, data: Record<string, unknown>): Promise<CoreReply> {
  const access = await openCaseFor(fc, data.caseId, 'read');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  if (!isFormEvent(data.event) || !availableLegalEvents(c).includes(data.event)) return showLegalMenu(fc, c.id);
  return { messages: [formCard(fc, c, await employeeName(fc, c), data.event, { on: fc.session.today, ...EMPTY_VALUES })] };
}

export async function submitLegal(fc: FlowContext, data: Record<string, unknown>, submitId: string): Promise<CoreReply> {
  const { t, today, lang } = fc.session;
  const lt = legalTexts(lang).form;
  const access = await openCaseFor(fc, data.caseId, 'update');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  if (!isFormEvent(data.event)) return { messages: [text(t.errors.badSubmit)] };
  const event = data.event;
  // Read together: the name, whether this press was recorded before, and the case's contacts
  // for the card that answers (a legal event does not change them).
  const [name, recorded, contacts] = await Promise.all([
    employeeName(fc, c),
    alreadyRecorded(fc, c.id, submitId),
    loadContacts(fc, [c.id]).then((m) => m.get(c.id) ?? []),
  ]);
  const parsed = LegalSubmit.safeParse(data);
  if (!parsed.success) return { messages: [formCard(fc, c, name, event, { on: today, ...EMPTY_VALUES }, t.errors.badSubmit)] };
  const values: FormValues = { ...parsed.data };
  // The form comes back in place of the submitted one: one live form, with the notice on it.
  const again = (notice: string, shown: FormValues = values): CoreReply => ({ messages: [], replaceSubmitted: formCard(fc, c, name, event, shown, notice) });
  const on = parseIsoDate(values.on);
  if (!on) return again(t.errors.invalidDate(lt.on[event]));
  if (on > today) return again(t.errors.futureDate(lt.on[event]));
  const form = toEventInput(event, on, parsed.data);
  if (!form.ok) return again(form.problem === 'ends' ? lt.endsMissing : lt.choiceMissing);
  if (event === 'second_track_start' && values.provider.trim() !== '') {
    // The provider is a company's name, but every free text is screened before it is kept.
    const screen = screenText(values.provider);
    // Not kept and not shown again, nor quoted: the words would sit in the chat history.
    if (screen.flagged) return again(lt.providerHeld, { ...values, provider: '' });
  }

  const label = legalEventLabel(event, lang);
  let applied: Awaited<ReturnType<typeof applyOnce>>;
  try {
    applied = await applyOnce(
      fc,
      { caseId: c.id, submitId, kind: 'legal_event', personId: c.employeeId, data: { ...form.input }, recorded },
      async () => {
        await updateCase(fc, c.id, (current) => recordLegalEvent(current, form.input));
      },
    );
  } catch (e) {
    // A date outside the legal limits: the form comes back with what they entered and why.
    if (isDomainError(e)) return again(domainErrorText(e, lang));
    throw e;
  }
  const done = fc.card('submitted', { title: lt.submittedTitle(label), detail: longDate(on, lang) }, lt.submittedTitle(label));
  if (applied.duplicate) return { messages: [text(t.submitted.duplicate)], replaceSubmitted: done };
  // The version this turn wrote (updateCase keeps it): no read after the write.
  const updated = (await fc.reads.case(c.id))!.value;
  const view = await loadCaseView(fc, updated, { contacts });
  return { messages: [fc.card('case', caseCardData(fc, view, lt.saved(label, longDate(on, lang))), lt.submittedTitle(label))], replaceSubmitted: done };
}
