// A case from sick report to deletion, over HTTP: recovery, closing (not before a relapse would
// start a new case), no more reminders, HR's looks audited, and two years after closing the
// retention run removes the case with its records, reminders and audit entries.
import { startTestApp, type TestApp } from '../support/app-harness';
import type { RecordedCall } from '../support/fake-connector';
import { cardOf, cardText, inputOf, submitActions, type TeamsUser } from '../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const hanna: TeamsUser = { id: 'hanna', aadObjectId: 'aad-hanna', name: 'Hanna Bakker' };
const sanne = { id: '29:sanne', name: 'Sanne Jansen', aadObjectId: 'aad-sanne' };
const hrChannel = { id: '19:hr@thread.tacv2', conversationType: 'channel' as const };
const shown = (calls: RecordedCall[]) => calls.map((c) => c.body.text ?? cardText(cardOf(c))).join('\n');
const mention = (u: { id: string; name: string }) => ({ type: 'mention', mentioned: { id: u.id, name: u.name }, text: `<at>${u.name}</at>` });

describe('closing a case and deleting it two years later', () => {
  let t: TestApp;
  let tenantId = '';
  let caseId = '';

  const statusForm = async () => {
    const replies = await t.teams.submit(marleen, 'case-card', { action: 'status.open', cardId: `st-${Math.random()}`, caseId });
    return replies.map(cardOf).find((c) => c && inputOf(c, 'kind'));
  };
  const report = async (kind: string, on: string) => {
    const form = await statusForm();
    const submit = submitActions(form).find((a) => a.data.action === 'status.submit')!.data;
    return t.teams.submit(marleen, 'status-card', { ...submit, kind, on, percentage: '' });
  };

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-05T09:30:00Z' });
    await t.teams.install(marleen);
    tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
    t.connector.setRoster(hrChannel.id, [{ id: '29:hanna', name: hanna.name, aadObjectId: hanna.aadObjectId }]);
    await t.teams.say(marleen, `hr toevoegen <at>${hanna.name}</at>`, hrChannel, [mention({ id: '29:hanna', name: hanna.name })]);
    const intake = (await t.teams.say(marleen, `ziekmelding <at>${sanne.name}</at>`, undefined, [mention(sanne)])).map(cardOf).find(Boolean);
    const submit = submitActions(intake).find((a) => a.data.action === 'intake.submit')!.data;
    await t.teams.submit(marleen, 'intake-card', { ...submit, firstSickDay: '2026-03-02', expected: 'weeks' });
    caseId = (await t.app.store.cases.list(tenantId))[0]!.value.id;
    // HR looks at the case: that look is audited.
    await t.teams.submit(hanna, 'x', { action: 'case.open', cardId: 'hr-look', caseId });
    t.clock.set('2026-03-20T10:00:00Z');
    await report('recovered', '2026-03-19');
  });
  afterAll(() => t.stop());

  it('offers closing only once the sick period has ended', async () => {
    const choices = inputOf(await statusForm(), 'kind').choices.map((c: any) => c.value);
    expect(choices).toEqual(['relapse', 'closed']);
  });

  it('refuses to close while a new sick report would still belong to this case, and names the first day it may', async () => {
    t.clock.set('2026-03-30T10:00:00Z');
    const replies = await report('closed', '2026-03-30');
    // Recovered on 19 March (last sick day 18 March): a relapse within 28 days still counts (NL).
    expect(shown(replies)).toContain('Sluit de casus daarom op donderdag 16 april 2026 of later');
    expect((await t.app.store.cases.get(tenantId, caseId))!.value.status).toBe('open');
  });

  it('offers to close the case after the look-back, once closing is allowed', async () => {
    const lookback = (cardId: string) =>
      t.teams.submit(marleen, 'lookback-card', { action: 'lookback.submit', cardId, caseId, helped: 'regular_contact', different: 'nothing', notes: '' });
    const tooEarly = await lookback('lb-early');
    expect(shown(tooEarly)).not.toContain('hiermee afgerond');
    expect(tooEarly.map(cardOf).some((c) => c && inputOf(c, 'kind'))).toBe(false);

    t.clock.set('2026-04-16T09:00:00Z');
    const replies = await lookback('lb-due');
    const offer = replies.map(cardOf).find((c) => c && inputOf(c, 'kind'));
    expect(cardText(offer)).toContain('Is de re-integratie van Sanne Jansen hiermee afgerond?');
    expect(inputOf(offer, 'kind').value).toBe('closed');
    expect((await t.app.store.records.list(tenantId, { caseId, kind: 'lookback' })).length).toBe(2);
  });

  it('closes the case: no reminders are left and it leaves the manager\'s list', async () => {
    t.clock.set('2026-04-16T10:00:00Z');
    const replies = await report('closed', '2026-04-16');
    expect(shown(replies)).toContain('De casus van Sanne Jansen is gesloten');
    const c = (await t.app.store.cases.get(tenantId, caseId))!.value;
    expect(c).toMatchObject({ status: 'closed', closedOn: '2026-04-16' });
    await t.app.idle();
    const live = (await t.app.store.reminders.listForCase(tenantId, caseId)).filter((r) => r.state === 'pending' || r.state === 'claimed');
    expect(live).toEqual([]);
    expect(shown(await t.teams.say(marleen, 'mijn casussen'))).not.toContain('Sanne Jansen');
  });

  it('keeps the closed case for two years, then removes it with its records, reminders and audit entries', async () => {
    expect((await t.app.store.records.list(tenantId, { caseId })).length).toBeGreaterThan(0);
    expect((await t.app.store.audit.list(tenantId, { caseId })).length).toBeGreaterThan(0);

    t.clock.set('2028-04-15T10:00:00Z');
    const early = await t.app.scheduling.retention.runNow();
    expect(early).toMatchObject({ tenants: 1, failedTenants: 0, cases: 0 });
    expect(await t.app.store.cases.get(tenantId, caseId)).not.toBeNull();

    t.clock.set('2028-04-16T10:00:00Z');
    const due = await t.app.scheduling.retention.runNow();
    expect(due.cases).toBe(1);
    expect(due.records).toBeGreaterThan(0);
    expect(due.audit).toBeGreaterThan(0);
    expect(await t.app.store.cases.get(tenantId, caseId)).toBeNull();
    expect(await t.app.store.records.list(tenantId, { caseId })).toEqual([]);
    expect(await t.app.store.reminders.listForCase(tenantId, caseId)).toEqual([]);
    expect(await t.app.store.audit.list(tenantId, { caseId })).toEqual([]);
    expect(await t.app.scheduling.retention.runNow()).toMatchObject({ cases: 0, records: 0, audit: 0 });
  });
});
