// Reporting an absence: which colleague, first sick day, expected duration. Never why.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { openCase } from '../../domain/case-events';
import { ConflictError } from '../../store/errors';
import type { Person } from '../../store/types';
import { reportingRefusal } from '../access';
import { text } from '../card';
import { caseCardData, caseView } from '../case-view';
import type { FlowContext } from '../flow-context';
import { personalOnly } from '../personal-only';
import type { CoreReply, MentionedUser } from '../messages';
import { ensurePersonFor } from '../session';
import { longDate, parseIsoDate } from '../time';
import { updatePerson } from '../writes';

const PICKER_LIMIT = 100;

const IntakeSubmit = z.object({
  employeeId: z.string().optional(),
  fixedEmployeeId: z.string().optional(),
  firstSickDay: z.string(),
  expected: z.enum(['unknown', 'days', 'weeks', 'months']).catch('unknown'),
  expectedReturn: z.string().optional(),
});

function intakeCard(fc: FlowContext, people: Person[], fixed: Person | null) {
  const { t, today } = fc.session;
  const missing = (field: string) => t.errors.missing(field);
  return fc.card(
    'intake',
    {
      title: t.intake.title,
      intro: t.intake.intro,
      fixedEmployeeId: fixed?.id ?? '',
      fixedEmployeeText: fixed ? t.intake.employeeFixed(fixed.displayName) : '',
      labels: {
        employee: t.intake.employee,
        employeePlaceholder: t.intake.employeePlaceholder,
        employeeMissing: missing(t.intake.employee),
        firstSickDay: t.intake.firstSickDay,
        firstSickDayMissing: missing(t.intake.firstSickDay),
        expected: t.intake.expected,
        expectedReturn: t.intake.expectedReturn,
        submit: t.intake.submit,
      },
      values: { firstSickDay: today, today },
      people: people.map((p) => ({ name: p.displayName, id: p.id })),
      expectedChoices: Object.entries(t.intake.expectedChoices).map(([value, title]) => ({ title, value })),
      privacyHint: t.intake.privacyHint,
    },
    t.intake.title,
    'form',
  );
}

export async function showIntake(fc: FlowContext, search: string, mentions: MentionedUser[]): Promise<CoreReply> {
  const { t, tenant, person } = fc.session;
  // Naming a sick colleague in a team channel would tell the whole team.
  const refused = personalOnly(fc) ?? (await reportingRefusal(fc));
  if (refused) return refused;
  const mentioned = mentions[0];
  if (mentioned) {
    const fixed = await ensurePersonFor(fc.store, tenant.id, fc.inbound.channel, mentioned, fc.clock.now(), fc.newId);
    if (fixed.id !== person.id) return { messages: [intakeCard(fc, [], fixed)] };
  }
  const others = (list: Person[]) =>
    list.filter((p) => p.id !== person.id).sort((a, b) => a.displayName.localeCompare(b.displayName));
  if (search) {
    const found = others(await fc.store.people.search(tenant.id, search, PICKER_LIMIT));
    if (found.length === 1) return { messages: [intakeCard(fc, [], found[0]!)] };
    if (found.length > 1) return { messages: [intakeCard(fc, found, null)] };
    const all = others(await fc.store.people.search(tenant.id, '', PICKER_LIMIT));
    return { messages: [text(t.intake.searchNoMatch(search)), ...(all.length ? [intakeCard(fc, all, null)] : [])] };
  }
  const all = others(await fc.store.people.search(tenant.id, '', PICKER_LIMIT));
  if (all.length === 0) return { messages: [text(t.intake.noPeople)] };
  return { messages: [intakeCard(fc, all, null)] };
}

/** The same card submitted twice yields the same case id, so the store keeps one case. */
function caseIdFor(tenantId: string, submitId: string): string {
  return `case-${createHash('sha256').update(`${tenantId}\n${submitId}`).digest('hex').slice(0, 32)}`;
}

export async function submitIntake(fc: FlowContext, data: Record<string, unknown>, submitId: string): Promise<CoreReply> {
  const { t, tenant, person, today, lang } = fc.session;
  const parsed = IntakeSubmit.safeParse(data);
  const employeeId = parsed.success ? parsed.data.employeeId || parsed.data.fixedEmployeeId : undefined;
  const caseId = caseIdFor(tenant.id, submitId);
  // Everything the report checks, read together: whether this person may report, the colleague,
  // this card's case (a repeat), a case already running. The answers keep their order below.
  const [refused, employeeRead, repeat, running] = await Promise.all([
    reportingRefusal(fc),
    employeeId ? fc.reads.person(employeeId) : null,
    fc.reads.case(caseId),
    employeeId ? fc.store.cases.list(tenant.id, { employeeId, status: 'open' }) : [],
  ]);
  if (refused) return refused;
  if (!parsed.success || !employeeId) return { messages: [text(t.errors.missing(t.intake.employee))] };
  const firstSickDay = parseIsoDate(parsed.data.firstSickDay);
  if (!firstSickDay) return { messages: [text(t.errors.invalidDate(t.intake.firstSickDay))] };
  if (firstSickDay > today) return { messages: [text(t.errors.futureDate(t.intake.firstSickDay))] };
  const expectedReturn = parsed.data.expectedReturn ? parseIsoDate(parsed.data.expectedReturn) : null;
  if (parsed.data.expectedReturn && !expectedReturn) return { messages: [text(t.errors.invalidDate(t.intake.expectedReturn))] };

  const employee = employeeRead?.value;
  if (!employee) return { messages: [text(t.errors.badSubmit)] };
  if (employee.id === person.id) return { messages: [text(t.intake.notYourself)] };

  const done = fc.card('submitted', { title: t.intake.submittedTitle(employee.displayName), detail: t.common.labelled(t.intake.firstSickDay, longDate(firstSickDay, lang)) }, t.intake.submittedTitle(employee.displayName));
  if (repeat) return { messages: [text(t.submitted.duplicate)], replaceSubmitted: done };
  if (running.length > 0) return { messages: [text(t.intake.alreadyOpen(employee.displayName))] };

  const c = openCase({
    id: caseId,
    tenantId: tenant.id,
    employeeId: employee.id,
    managerId: person.id,
    jurisdiction: tenant.settings.jurisdiction,
    employerSize: tenant.settings.employerSize,
    firstSickDay,
    expectedReturn,
    createdAt: fc.clock.now().toISOString(),
    openedBy: person.id,
  });
  try {
    const [created] = await Promise.all([fc.store.cases.create(c), fc.changes.changing?.(tenant.id, caseId)]);
    fc.reads.knowCase(created);
  } catch (err) {
    if (err instanceof ConflictError) return { messages: [text(t.submitted.duplicate)], replaceSubmitted: done };
    throw err;
  }
  const [{ record }] = await Promise.all([
    fc.store.records.append({
      id: fc.newId(),
      tenantId: tenant.id,
      caseId,
      personId: employee.id,
      kind: 'phase_change',
      idempotencyKey: submitId,
      createdBy: person.id,
      createdAt: fc.clock.now().toISOString(),
      data: { phase: c.phase, on: firstSickDay, reason: 'intake', expected: parsed.data.expected },
    }),
    employee.managerId ? undefined : updatePerson(fc, employee.id, (p) => (p.managerId ? p : { ...p, managerId: person.id })),
  ]);
  await fc.changes.caseChanged(tenant.id, caseId);
  await fc.changes.recordAdded(record);

  // A new case has no conversations yet, and both names are known: the card needs no reads.
  const view = caseView(fc, c, [], { employeeName: employee.displayName, managerName: person.displayName });
  return {
    messages: [fc.card('case', caseCardData(fc, view, t.intake.saved(employee.displayName)), t.intake.submittedTitle(employee.displayName))],
    replaceSubmitted: done,
  };
}
