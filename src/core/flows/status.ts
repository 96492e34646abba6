// Recovery, partial return, relapse, and the move to preparing the return. Phase and
// deadlines follow from the domain's case events.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Case } from '../../domain/case';
import { closeCase, firstNewCaseDay, movePhase, openCase, reportPartialReturn, reportRecovery, reportRelapse } from '../../domain/case-events';
import { openCaseFor } from '../access';
import { text } from '../card';
import { caseCardData, loadCaseView } from '../case-view';
import type { FlowContext } from '../flow-context';
import type { CardMessage, CoreReply } from '../messages';
import { applyOnce } from '../submit-once';
import { longDate, parseIsoDate } from '../time';
import { deadlineOptions } from '../tenant-legal';
import { updateCase } from '../writes';

type Kind = 'recovered' | 'partial' | 'relapse' | 'pre_return' | 'closed';

const StatusSubmit = z.object({
  kind: z.enum(['recovered', 'partial', 'relapse', 'pre_return', 'closed']),
  on: z.string(),
  percentage: z.union([z.literal(''), z.coerce.number()]).optional(),
  /** BE relapse: the new certificate states a different illness (yes/no only). */
  differentIllness: z.enum(['true', 'false']).optional(),
});

/** What can be reported depends on whether the person is off sick right now. */
function kindsFor(c: Case): Kind[] {
  const last = c.sickPeriods[c.sickPeriods.length - 1];
  const running = last && last.end == null;
  if (!running) return ['relapse', 'closed'];
  if (last.kind === 'partial') return ['recovered', 'partial', 'relapse'];
  return c.phase === 'pre_return' ? ['recovered', 'partial'] : ['recovered', 'partial', 'pre_return'];
}

function statusCard(fc: FlowContext, c: Case, name: string, notice = '', values: Record<string, string | number> = {}) {
  const { t, today } = fc.session;
  const s = t.status;
  return fc.card(
    'status',
    {
      caseId: c.id,
      title: s.title(name),
      notice,
      labels: {
        kind: s.kind,
        kindMissing: t.errors.missing(s.kind),
        date: s.date,
        dateMissing: t.errors.missing(s.date),
        percentage: s.percentage,
        differentIllness: s.differentIllness,
        submit: t.common.save,
      },
      values: { kind: '', on: today, percentage: '', differentIllness: 'false', ...values },
      kinds: kindsFor(c).map((k) => ({ title: s.kinds[k], value: k })),
      // BE only: the relapse window is about the same illness; NL adds periods up whatever the cause.
      askDifferentIllness: c.jurisdiction === 'BE' && kindsFor(c).includes('relapse'),
    },
    s.title(name),
    'form',
  );
}

/**
 * The status form with "close the case" chosen, when the case may close today (no sick period
 * running, past the relapse window); null otherwise. Offered when the return has come full circle.
 */
export function closingOffer(fc: FlowContext, c: Case, name: string): CardMessage | null {
  if (c.status !== 'open' || firstNewCaseDay(c, fc.session.today, deadlineOptions(fc)) !== fc.session.today) return null;
  return statusCard(fc, c, name, fc.session.t.status.closeOffer(name), { kind: 'closed' });
}

export async function showStatusForm(fc: FlowContext, caseId: unknown): Promise<CoreReply> {
  const access = await openCaseFor(fc, caseId, 'read');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  const name = (await fc.reads.person(c.employeeId))?.value.displayName ?? fc.session.t.common.unknown;
  return { messages: [statusCard(fc, c, name)] };
}

export async function submitStatus(fc: FlowContext, data: Record<string, unknown>, submitId: string): Promise<CoreReply> {
  const { t, lang, tenant } = fc.session;
  const access = await openCaseFor(fc, data.caseId, 'update');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  const name = (await fc.reads.person(c.employeeId))?.value.displayName ?? t.common.unknown;
  const parsed = StatusSubmit.safeParse(data);
  if (!parsed.success) return { messages: [statusCard(fc, c, name, t.errors.badSubmit)] };
  const { kind } = parsed.data;
  const on = parseIsoDate(parsed.data.on);
  const again = (notice: string) => ({ messages: [statusCard(fc, c, name, notice, { kind, on: parsed.data.on })] });
  if (!on) return again(t.errors.invalidDate(t.status.date));
  // As in the other forms: what is reported has happened. A future date would, for one, close a case before it may close.
  if (on > fc.session.today) return again(t.errors.futureDate(t.status.date));
  const pct = typeof parsed.data.percentage === 'number' ? parsed.data.percentage : null;
  if (kind === 'partial' && (pct === null || !Number.isInteger(pct) || pct < 1 || pct > 99)) return again(t.status.percentageInvalid);
  const options = deadlineOptions(fc);
  const differentIllness = c.jurisdiction === 'BE' && parsed.data.differentIllness === 'true';
  if (kind === 'closed') {
    const first = firstNewCaseDay(c, on, options);
    if (first && first > on) return again(t.status.closeTooEarly(name, longDate(first, lang)));
  }

  let newCaseId: string | null = null;
  let newCaseReason = 'gap' as 'gap' | 'different_illness';
  const record = { event: kind, on, percentage: pct, ...(differentIllness ? { differentIllness } : {}) };
  const applied = await applyOnce(
    fc,
    { caseId: c.id, submitId, kind: 'phase_change', personId: c.employeeId, data: record },
    async () => {
      if (kind === 'relapse') {
        const outcome = reportRelapse((await fc.reads.case(c.id))!.value, { on, differentIllness }, options);
        if (outcome.decision === 'new_case') {
          newCaseReason = outcome.reason;
          newCaseId = await openFollowUpCase(fc, c, on, submitId, outcome.reason === 'different_illness');
          return;
        }
      }
      await updateCase(fc, c.id, (current) => {
        switch (kind) {
          case 'recovered':
            return reportRecovery(current, { on });
          case 'partial':
            return reportPartialReturn(current, { on, percentage: pct! });
          case 'pre_return':
            return movePhase(current, { phase: 'pre_return', on });
          case 'closed':
            return closeCase(current, { on });
          case 'relapse': {
            const outcome = reportRelapse(current, { on, differentIllness }, options);
            return outcome.decision === 'continues' ? outcome.case : current;
          }
        }
      });
    },
  );
  const done = fc.card('submitted', { title: t.status.submittedTitle(name), detail: `${t.status.kinds[kind]} · ${longDate(on, lang)}` }, t.status.submittedTitle(name));
  if (applied.duplicate) return { messages: [text(t.submitted.duplicate)], replaceSubmitted: done };

  const shownId = newCaseId ?? c.id;
  const shown = (await fc.reads.case(shownId))!.value;
  const saved = t.status.saved;
  const intro =
    kind === 'recovered'
      ? c.jurisdiction === 'NL' ? saved.recovered(name) : saved.recoveredBE(name)
      : kind === 'partial'
        ? saved.partial(name, pct!)
        : kind === 'pre_return'
          ? saved.pre_return(name)
          : kind === 'closed'
            ? saved.closed(name)
            : newCaseId
            ? newCaseReason === 'different_illness'
              ? saved.relapseOtherIllness(name)
              : saved.relapseNewCase(name)
            : saved.relapse(name);
  const view = await loadCaseView(fc, shown);
  return { messages: [fc.card('case', caseCardData(fc, view, intro), t.status.submittedTitle(name))], replaceSubmitted: done };
}

/**
 * A relapse after a long enough recovery (or, in BE, with a different illness) is a new case; the
 * old one is left as it was. The new case's first period keeps the "different illness" yes, so
 * the case file can say why it is a new one.
 */
async function openFollowUpCase(fc: FlowContext, previous: Case, on: string, submitId: string, differentIllness: boolean): Promise<string> {
  const id = `case-${createHash('sha256').update(`${previous.tenantId}\n${submitId}\nrelapse`).digest('hex').slice(0, 32)}`;
  if (await fc.store.cases.get(previous.tenantId, id)) return id;
  const next = openCase({
    id,
    tenantId: previous.tenantId,
    employeeId: previous.employeeId,
    managerId: previous.managerId,
    jurisdiction: previous.jurisdiction,
    employerSize: previous.employerSize,
    firstSickDay: on,
    createdAt: fc.clock.now().toISOString(),
    openedBy: fc.session.person.id,
  });
  const first = next.sickPeriods[0]!;
  await fc.store.cases.create(differentIllness ? { ...next, sickPeriods: [{ ...first, differentIllness: true }] } : next);
  // The earlier case ended with that recovery; closing it starts its retention clock.
  await updateCase(fc, previous.id, (cur) => (cur.status === 'closed' ? cur : closeCase(cur, { on })));
  await fc.changes.caseChanged(previous.tenantId, previous.id);
  await fc.changes.caseChanged(previous.tenantId, id);
  return id;
}
