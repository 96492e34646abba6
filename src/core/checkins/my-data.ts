// The employee's own data: see every answer (the export), erase one, or erase everything
// ("forget me"). Erasure covers check-ins and wish lists; the case's legal record stays.
import { z } from 'zod';
import type { RecordKind } from '../../store/types';
import { ownAnswer } from '../access';
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import type { CoreReply, OutboundMessage } from '../messages';
import { longDate, shortDate } from '../time';
import { confirmCard } from './cards';
import { employeeContext } from './context';
import { deleteEnrolment, loadEnrolment, saveEnrolment } from './enrolment';
import { answersOf, openCaseOf, wishlistsOf, type Answer } from './records';
import type { CheckinTexts } from './texts';
import { wishlistLines } from './wishlist-flow';

const OWN_KINDS: RecordKind[] = ['checkin', 'wishlist'];
/** Slack allows 50 blocks a message: the card shows the newest answers, the text export all. */
const CARD_ANSWERS = 10;

function answerFacts(ct: CheckinTexts, a: Answer) {
  const m = ct.mine;
  const { energy, progress, help } = a.data;
  const facts = [
    { title: m.energy, value: energy === null ? m.skipped : `${energy} / 5` },
    { title: m.progress, value: progress === null ? m.skipped : `${progress} / 5` },
    { title: m.help, value: help === null ? m.skipped : ct.form.helpChoices[help] },
  ];
  if (a.data.note) facts.push({ title: m.note, value: `${a.data.note} (${a.data.shareWithManager ? m.shared : m.notShared})` });
  if (a.data.shareWithHr) facts.push({ title: 'HR', value: m.hrTold });
  return facts;
}

/** "my data": a card with the newest answers (each erasable) and, when there are more, every answer as text. */
export async function showMyData(fc: FlowContext): Promise<CoreReply> {
  const { tenant, person, lang } = fc.session;
  const { ct, enrolment } = await employeeContext(fc);
  const [answers, wishlists] = await Promise.all([answersOf(fc.store, tenant.id, person.id), wishlistsOf(fc.store, tenant.id, person.id)]);
  const newest = [...answers].reverse();
  const status = ct.mine.status[enrolment?.status ?? 'none'];
  const card = fc.card(
    'checkin-mine',
    {
      title: ct.mine.title,
      intro: ct.mine.intro,
      status,
      empty: ct.mine.empty,
      labels: { delete: ct.mine.delete, wishlists: ct.mine.wishlists, forget: ct.mine.forget },
      answers: newest.slice(0, CARD_ANSWERS).map((a) => ({ id: a.record.id, day: shortDate(a.data.on, lang), facts: answerFacts(ct, a) })),
      wishlists: [...wishlists].reverse().slice(0, 3).map((w) => ({
        id: w.record.id,
        day: `${shortDate(w.record.createdAt.slice(0, 10), lang)} · ${w.data.sharedWithManager ? ct.mine.shared : ct.mine.notShared}`,
        lines: wishlistLines(w.data, lang),
      })),
    },
    ct.mine.title,
  );
  const messages: OutboundMessage[] = [card];
  if (newest.length > CARD_ANSWERS) {
    const lines = newest.map((a) => fc.session.t.common.labelled(longDate(a.data.on, lang), answerFacts(ct, a).map((f) => `${f.title} ${f.value}`).join(' · ')));
    messages.push(text(lines.join('\n')));
  }
  return { messages };
}

const DeleteSubmit = z.object({ recordId: z.string().min(1).max(200) });

export async function deleteOne(fc: FlowContext, data: Record<string, unknown>): Promise<CoreReply> {
  const { tenant, person } = fc.session;
  const { ct } = await employeeContext(fc);
  const parsed = DeleteSubmit.safeParse(data);
  if (!parsed.success) return { messages: [text(fc.session.t.errors.badSubmit)] };
  // Looked up among the person's own records only: nobody can erase someone else's answer.
  const target = await ownAnswer(fc, parsed.data.recordId);
  const deleted = target ? await fc.store.records.deleteOneForPerson(tenant.id, person.id, target.idempotencyKey, OWN_KINDS) : false;
  if (!deleted || !target) return { messages: [text(ct.commands.notFound)] };
  // Signals and reminders follow the answers that remain.
  if (target.caseId) await fc.changes.caseChanged(tenant.id, target.caseId);
  return { messages: [text(ct.commands.deleted), ...(await showMyData(fc)).messages] };
}

export async function askForget(fc: FlowContext): Promise<CoreReply> {
  const { ct } = await employeeContext(fc);
  return { messages: [confirmCard(ct.commands.forgetConfirm, ct.commands.forgetYes, 'checkin.forget.confirm', fc.newId())] };
}

export async function forgetMe(fc: FlowContext): Promise<CoreReply> {
  const { tenant, person } = fc.session;
  const { ct } = await employeeContext(fc);
  const [answers, wishlists] = await Promise.all([answersOf(fc.store, tenant.id, person.id), wishlistsOf(fc.store, tenant.id, person.id)]);
  const erased = await fc.store.records.deleteForPerson(tenant.id, person.id, OWN_KINDS);
  const c = await openCaseOf(fc.store, tenant.id, person.id);
  const had = await loadEnrolment(fc.store, tenant.id, person.id);
  if (c) {
    // What stays is a bare "do not ask" for this case, so the invitation does not come back.
    await saveEnrolment(fc.store, tenant.id, person.id, { caseId: c.id, status: 'stopped', inviteOn: null, invitedOn: null, activeSince: null, askedManagerOn: null, changedAt: fc.clock.now().toISOString() });
  } else if (had) {
    await deleteEnrolment(fc.store, tenant.id, person.id);
  }
  const caseIds = new Set([...answers, ...wishlists].map((x) => x.record.caseId).filter((id): id is string => !!id));
  if (c) caseIds.add(c.id);
  for (const caseId of caseIds) {
    await fc.store.audit.append({ tenantId: tenant.id, actorId: person.id, caseId, action: 'erase', at: fc.clock.now().toISOString(), detail: `check-in data erased on the employee's request (${erased} records)` });
    await fc.changes.caseChanged(tenant.id, caseId);
  }
  const title = ct.commands.forgotten(answers.length, wishlists.length);
  return { messages: [], replaceSubmitted: fc.card('submitted', { title, detail: '' }, title) };
}
