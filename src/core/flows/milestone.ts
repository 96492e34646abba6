// Marking a legal step done (problem analysis received, plan signed, evaluation held, UWV
// report sent, BE work-potential assessment requested...). The deadlines follow.
import { z } from 'zod';
import type { Case, RitDecision } from '../../domain/case';
import { completeMilestone, recordRitDecision, requestRit } from '../../domain/case-events';
import { computeDeadlines } from '../../domain/deadlines';
import { milestoneLabel } from '../../domain/labels';
import { isRecordedAsEvent } from '../../domain/rules';
import { openCaseFor } from '../access';
import { text } from '../card';
import { caseCardData, loadCaseView, loadContacts } from '../case-view';
import type { FlowContext } from '../flow-context';
import type { CoreReply } from '../messages';
import { alreadyRecorded, applyOnce } from '../submit-once';
import { longDate, parseIsoDate, shortDate } from '../time';
import { deadlineOptions } from '../tenant-legal';
import { updateCase } from '../writes';

const RIT_REQUEST = 'be.rit_request';
const RIT_ASSESSMENT = 'be.rit_assessment';

const MilestoneSubmit = z.object({
  milestoneId: z.string().min(1),
  on: z.string(),
  decision: z.union([z.literal(''), z.enum(['A', 'B', 'C'])]).optional(),
});

/** Steps a manager or HR can tick off now: not done yet, and not mere events such as a law's end date. */
function completable(fc: FlowContext, c: Case): Array<{ id: string; title: string }> {
  const { lang, today } = fc.session;
  const report = computeDeadlines(c, today, deadlineOptions(fc));
  const out = report.milestones
    .filter((m) => m.status !== 'done' && m.kind !== 'event' && !isRecordedAsEvent(m.id))
    .map((m) => ({ id: m.id, title: `${milestoneLabel(m.id, lang)} (${shortDate(m.due, lang)})` }));
  // An employee or doctor can ask for a Belgian trajectory at any time, not only when it is due.
  if (c.jurisdiction === 'BE' && !c.rit && !out.some((m) => m.id === RIT_REQUEST)) {
    out.unshift({ id: RIT_REQUEST, title: fc.session.t.milestone.ritRequest });
  }
  return out;
}

function milestoneCard(fc: FlowContext, c: Case, employeeName: string, notice = '', values: Record<string, string> = {}) {
  const { t, today } = fc.session;
  const options = completable(fc, c);
  const m = t.milestone;
  const withDecision = options.some((o) => o.id === RIT_ASSESSMENT);
  return fc.card(
    'milestone',
    {
      caseId: c.id,
      title: m.title(employeeName),
      notice,
      labels: { choose: m.choose, chooseMissing: t.errors.missing(m.choose), date: m.date, dateMissing: t.errors.missing(m.date), decision: m.decision, submit: t.common.save },
      values: { milestoneId: options[0]?.id ?? '', on: today, today, decision: '', ...values },
      milestones: options.map((o) => ({ title: o.title, value: o.id })),
      decisions: withDecision ? (['A', 'B', 'C'] as const).map((k) => ({ title: m.decisions[k], value: k })) : [],
    },
    m.title(employeeName),
    'form',
  );
}

export async function showMilestoneForm(fc: FlowContext, caseId: unknown): Promise<CoreReply> {
  const access = await openCaseFor(fc, caseId, 'read');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  if (completable(fc, c).length === 0) return { messages: [text(fc.session.t.milestone.nothingOpen)] };
  const name = (await fc.reads.person(c.employeeId))?.value.displayName ?? fc.session.t.common.unknown;
  return { messages: [milestoneCard(fc, c, name)] };
}

function applyMilestone(c: Case, id: string, on: string, decision: RitDecision | null): Case {
  if (id === RIT_REQUEST) {
    const requested = requestRit(c, { on });
    return requested === c && c.milestonesDone.some((m) => m.id === id) ? c : completeMilestone(requested, { id, on });
  }
  if (id === RIT_ASSESSMENT && decision) return completeMilestone(recordRitDecision(c, { kind: decision, on }), { id, on });
  return completeMilestone(c, { id, on });
}

export async function submitMilestone(fc: FlowContext, data: Record<string, unknown>, submitId: string): Promise<CoreReply> {
  const { t, today, lang } = fc.session;
  const access = await openCaseFor(fc, data.caseId, 'update');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  // Read together: the name, whether this press was recorded before, and the case's contacts
  // for the card that answers (a step done does not change them).
  const [employee, recorded, contacts] = await Promise.all([
    fc.reads.person(c.employeeId),
    alreadyRecorded(fc, c.id, submitId),
    loadContacts(fc, [c.id]).then((m) => m.get(c.id) ?? []),
  ]);
  const name = employee?.value.displayName ?? t.common.unknown;
  const parsed = MilestoneSubmit.safeParse(data);
  if (!parsed.success) return { messages: [milestoneCard(fc, c, name, t.errors.badSubmit)] };
  const { milestoneId } = parsed.data;
  const on = parseIsoDate(parsed.data.on);
  const again = (notice: string) => ({ messages: [milestoneCard(fc, c, name, notice, { milestoneId, on: parsed.data.on })] });
  if (!on) return again(t.errors.invalidDate(t.milestone.date));
  if (on > today) return again(t.errors.futureDate(t.milestone.date));
  const decision = parsed.data.decision || null;
  if (milestoneId === RIT_ASSESSMENT && !decision) return again(t.milestone.decisionNeeded);

  const label = milestoneId === RIT_REQUEST ? t.milestone.ritRequest : milestoneLabel(milestoneId, lang);
  const applied = await applyOnce(
    fc,
    { caseId: c.id, submitId, kind: 'milestone_done', personId: c.employeeId, data: { milestoneId, on, decision }, recorded },
    async () => {
      await updateCase(fc, c.id, (current) => applyMilestone(current, milestoneId, on, decision));
    },
  );
  const done = fc.card('submitted', { title: t.milestone.submittedTitle(label), detail: longDate(on, lang) }, t.milestone.submittedTitle(label));
  if (applied.duplicate) return { messages: [text(t.submitted.duplicate)], replaceSubmitted: done };
  // The version this turn wrote (updateCase keeps it): no read after the write.
  const updated = (await fc.reads.case(c.id))!.value;
  const view = await loadCaseView(fc, updated, { contacts });
  const intro = `${t.milestone.saved(label, longDate(on, lang))} ${t.milestone.upcoming}`;
  return { messages: [fc.card('case', caseCardData(fc, view, intro), t.milestone.submittedTitle(label))], replaceSubmitted: done };
}
