// Belgian legal depth in Teams, over HTTP: a relapse whose certificate states a different
// illness is a new incapacity (a new case), and the contact procedure from the work rules
// (who, how, how often) set by the administrator drives the contact nudges and shows in the guide.
import { startTestApp, type TestApp } from '../../support/app-harness';
import { actionData as action, shown as texts } from '../../support/checkin-helpers';
import type { RecordedCall } from '../../support/fake-connector';
import { cardOf, cardText, inputOf, submitActions, type TeamsUser } from '../../support/teams-client';

const lotte: TeamsUser = { id: 'lotte', aadObjectId: 'aad-lotte', name: 'Lotte Peeters' };
const bram: TeamsUser = { id: 'bram', aadObjectId: 'aad-bram', name: 'Bram Claes' };
const team = { id: '19:team-be@thread.tacv2', conversationType: 'channel' as const };

function lastCard(calls: RecordedCall[]): any {
  const call = [...calls].reverse().find((c) => cardOf(c) && c.method === 'POST');
  if (!call) throw new Error(`no card in: ${texts(calls)}`);
  return cardOf(call);
}

describe('Teams: Belgian relapse with a different illness, and the contact procedure', () => {
  let t: TestApp;
  let tenantId = '';
  let firstCaseId = '';

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-01-20T09:30:00Z', locale: 'nl-BE' });
    const hello = await t.teams.install(lotte);
    const setup = hello.map(cardOf).find((c) => c && inputOf(c, 'jurisdiction'));
    const saved = await t.teams.submit(lotte, 'setup', { ...action(setup, 'setup.submit'), jurisdiction: 'BE', employerSize: '60', locale: 'nl-BE', iAmHr: 'true' });
    expect(texts(saved)).toContain('arbeidsreglement');
    t.connector.setRoster(team.id, [
      { id: '29:lotte', name: lotte.name, aadObjectId: lotte.aadObjectId },
      { id: '29:bram', name: bram.name, aadObjectId: bram.aadObjectId },
    ]);
    await t.teams.install(lotte, team);
    const intake = lastCard(await t.teams.say(lotte, 'ziekmelding'));
    const bramId = inputOf(intake, 'employeeId').choices.find((c: any) => c.title === bram.name).value;
    await t.teams.submit(lotte, 'intake', { ...action(intake, 'intake.submit'), employeeId: bramId, firstSickDay: '2026-01-05', expected: 'weeks', expectedReturn: '' });
    tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
    firstCaseId = (await t.app.store.cases.list(tenantId))[0]!.value.id;
  });
  afterAll(() => t.stop());

  it('has no Dutch legal-event button on a Belgian case card', async () => {
    const caseCard = lastCard(await t.teams.submit(lotte, 'x', { action: 'case.open', cardId: 'c-1', caseId: firstCaseId }));
    expect(submitActions(caseCard).some((a) => a.data.action === 'legal.open')).toBe(false);
    const direct = await t.teams.submit(lotte, 'x', { action: 'legal.open', cardId: 'c-1b', caseId: firstCaseId });
    expect(texts(direct)).toMatch(/alleen in Nederland/);
  });

  it('records the work rules\' contact procedure; contact nudges go to HR and the guide shows it', async () => {
    const form = lastCard(await t.teams.say(lotte, 'arbeidsreglement'));
    expect(inputOf(form, 'who').choices.map((c: any) => c.value)).toEqual(['manager', 'hr', 'role']);
    const bad = await t.teams.submit(lotte, 'proc-0', { ...action(form, 'procedure.submit'), who: 'role', role: '', how: 'call', first: '1', recovery: '14', preReturn: '7' });
    expect(texts(bad)).toContain('Vul de rol in');
    const ok = await t.teams.submit(lotte, 'proc-1', { ...action(form, 'procedure.submit'), who: 'hr', role: '', how: 'call,email', first: '1', recovery: '14', preReturn: '7' });
    expect(texts(ok)).toMatch(/Opgeslagen\. Volgens het arbeidsreglement neemt HR contact op \(telefoon, e-mail\)/);
    const tenant = (await t.app.store.tenants.get(tenantId))!.value;
    expect(tenant.settings.contactProcedure).toMatchObject({ who: 'hr', how: ['call', 'email'], firstContactWorkingDays: 1, recoveryDays: 14, preReturnDays: 7 });

    await t.app.idle();
    const contact = (await t.app.store.reminders.listForCase(tenantId, firstCaseId)).filter((r) => r.kind === 'contact' && r.state === 'pending');
    expect(contact.length).toBeGreaterThan(0);
    expect(contact.every((r) => r.recipientRole === 'hr')).toBe(true);
    // The nudge that goes out says why HR gets it: the first contact is due a working day after the report.
    t.clock.set('2026-01-21T09:30:00Z');
    const before = t.connector.calls.length;
    await t.app.scheduling.scheduler.tick();
    const sent = texts(t.connector.calls.slice(before).filter((c) => c.body && c.body.type));
    expect(sent).toContain('Contact met Bram Claes');
    expect(sent).toContain('Volgens jullie arbeidsreglement houdt HR het contact');

    const guide = lastCard(await t.teams.submit(lotte, 'x', { action: 'prepare.open', cardId: 'c-prep', caseId: firstCaseId }));
    expect(cardText(guide)).toContain('Contact volgens het arbeidsreglement');
    expect(cardText(guide)).toContain('om de 14 dagen');
  });

  it('opens a new case when the relapse certificate states a different illness, even within 8 weeks', async () => {
    t.clock.set('2026-02-02T09:30:00Z');
    const status = lastCard(await t.teams.submit(lotte, 'x', { action: 'status.open', cardId: 'c-st', caseId: firstCaseId }));
    expect(inputOf(status, 'differentIllness')).toBeFalsy(); // still sick: no relapse to report yet
    await t.teams.submit(lotte, 'st-1', { ...action(status, 'status.submit'), kind: 'recovered', on: '2026-02-01', percentage: '' });

    t.clock.set('2026-02-10T09:30:00Z');
    const relapseForm = lastCard(await t.teams.submit(lotte, 'x', { action: 'status.open', cardId: 'c-st2', caseId: firstCaseId }));
    expect(inputOf(relapseForm, 'differentIllness')).toBeTruthy();
    const replies = await t.teams.submit(lotte, 'st-2', { ...action(relapseForm, 'status.submit'), kind: 'relapse', on: '2026-02-10', percentage: '', differentIllness: 'true' });
    expect(texts(replies)).toMatch(/geen herval maar een nieuwe arbeidsongeschiktheid/);

    const cases = (await t.app.store.cases.list(tenantId)).map((c) => c.value);
    expect(cases).toHaveLength(2);
    const first = cases.find((c) => c.id === firstCaseId)!;
    const second = cases.find((c) => c.id !== firstCaseId)!;
    expect(first.status).toBe('closed');
    expect(second.sickPeriods).toEqual([{ start: '2026-02-10', end: null, kind: 'full', differentIllness: true }]);
    const recorded = await t.app.store.records.list(tenantId, { caseId: firstCaseId, kind: 'phase_change' });
    expect(recorded.some((r) => r.data.differentIllness === true)).toBe(true);
  });
});
