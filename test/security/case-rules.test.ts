// Rules about cases that held too loosely (issue 13, points 7 to 9): what an employee shares
// belongs to the case it was shared in; a status report cannot be dated in the future; who may
// report a colleague sick, and HR seeing who did.
import { startTestApp, type TestApp } from '../support/app-harness';
import { cardOf, cardText, inputOf, submitActions } from '../support/teams-client';
import { bart, hanna, marleen, piet, sanne, shown } from '../support/teams-people';
import { report } from '../support/teams-report';

async function tenantOf(t: TestApp): Promise<string> {
  return (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
}

describe('a wish list belongs to the case it was shared in (point 7)', () => {
  it('is not shown to the manager of a later case', async () => {
    const t = await startTestApp();
    try {
      await t.teams.install(marleen);
      await t.teams.install(bart);
      const tenantId = await tenantOf(t);
      const first = await report(t, tenantId, marleen, sanne, '2026-01-05');
      const sannePerson = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-sanne'))!.value;
      await t.app.store.records.append({
        id: 'wish-1', tenantId, caseId: first, personId: sannePerson.id, kind: 'wishlist', idempotencyKey: 'wishlist:seed',
        createdBy: sannePerson.id, createdAt: '2026-02-01T10:00:00.000Z',
        data: { helps: ['quiet_place'], hinders: [], helpsNote: 'Starten met de ochtenddienst', hindersNote: null, sharedWithManager: true, items: [] },
      });
      const ownGuide = await t.teams.submit(marleen, 'x', { action: 'prepare.open', cardId: 'p-1', caseId: first });
      expect(shown(ownGuide)).toContain('Starten met de ochtenddienst');

      // The first case ends; months later Sanne is off sick again, now reported by Bart.
      const c = (await t.app.store.cases.get(tenantId, first))!;
      await t.app.store.cases.update({ ...c.value, status: 'closed', closedOn: '2026-02-20', sickPeriods: c.value.sickPeriods.map((p) => ({ ...p, end: '2026-02-10' })) }, c.etag);
      const second = await report(t, tenantId, bart, sanne, '2026-03-03');
      const laterGuide = await t.teams.submit(bart, 'x', { action: 'prepare.open', cardId: 'p-2', caseId: second });
      expect(shown(laterGuide)).toContain('Sanne Jansen');
      expect(shown(laterGuide)).not.toContain('Starten met de ochtenddienst');
      expect(shown(laterGuide)).not.toContain('Een rustige werkplek');
    } finally {
      await t.stop();
    }
  });
});

describe('a status report is not dated in the future (point 8)', () => {
  it('refuses closing a case on a future date that would pass the relapse window at once', async () => {
    const t = await startTestApp({ now: '2026-03-05T09:30:00Z' });
    try {
      await t.teams.install(marleen);
      const tenantId = await tenantOf(t);
      const caseId = await report(t, tenantId, marleen, sanne, '2026-03-02');
      await t.teams.submit(marleen, 'x', { action: 'status.submit', cardId: 's-1', caseId, kind: 'recovered', on: '2026-03-04', percentage: '' });
      const today = await t.teams.submit(marleen, 'x', { action: 'status.submit', cardId: 's-2', caseId, kind: 'closed', on: '2026-03-05', percentage: '' });
      expect(shown(today)).toContain('Sluit de casus daarom op');
      const future = await t.teams.submit(marleen, 'x', { action: 'status.submit', cardId: 's-3', caseId, kind: 'closed', on: '2027-03-01', percentage: '' });
      expect(shown(future)).toContain('ligt in de toekomst');
      for (const kind of ['relapse', 'pre_return']) {
        const other = await t.teams.submit(marleen, 'x', { action: 'status.submit', cardId: `s-${kind}`, caseId, kind, on: '2026-04-01', percentage: '' });
        expect(shown(other)).toContain('ligt in de toekomst');
      }
      const c = (await t.app.store.cases.get(tenantId, caseId))!.value;
      expect(c.status).toBe('open');
      expect(c.closedOn ?? null).toBeNull();
      expect((await t.app.store.records.list(tenantId, { caseId, kind: 'phase_change' })).map((r) => r.data.event ?? r.data.reason)).toEqual(['intake', 'recovered']);
    } finally {
      await t.stop();
    }
  });
});

describe('who may report a colleague sick (point 9)', () => {
  let t: TestApp;
  let tenantId = '';
  beforeAll(async () => {
    t = await startTestApp();
    await t.teams.install(marleen);
    tenantId = await tenantOf(t);
    await t.teams.install(bart);
    await t.teams.install(hanna);
    await t.teams.say(marleen, 'hr toevoegen Hanna');
  });
  afterAll(() => t.stop());

  it('an employee off sick cannot open a case about someone else, by word or by a crafted form', async () => {
    await report(t, tenantId, marleen, sanne);
    await t.teams.install(sanne);
    const asked = await t.teams.say(sanne, 'ziekmelding');
    expect(shown(asked)).toContain('Je staat zelf ziek gemeld');
    expect(asked.map(cardOf).some((c) => c && submitActions(c).some((a) => a.data.action === 'intake.submit'))).toBe(false);
    await t.teams.install(piet);
    const pietId = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-piet'))!.value.id;
    const crafted = await t.teams.submit(sanne, 'x', { action: 'intake.submit', cardId: 'c-sanne', employeeId: pietId, firstSickDay: '2026-03-04', expected: 'unknown' });
    expect(shown(crafted)).toContain('Je staat zelf ziek gemeld');
    expect(await t.app.store.cases.list(tenantId, { employeeId: pietId })).toHaveLength(0);
  });

  it('shows the setting in instellingen, and restricts reporting to named managers and HR when chosen', async () => {
    const settings = await t.teams.say(marleen, 'instellingen');
    const form = settings.map(cardOf).find((c) => c && inputOf(c, 'reporting'));
    expect(form).toBeTruthy();
    expect(cardText(form)).toContain('Wie mag een collega ziek melden?');
    expect(inputOf(form, 'reporting').choices.map((c: any) => c.title)).toEqual(['Iedereen in de organisatie', 'Alleen aangewezen leidinggevenden en HR']);
    expect(inputOf(form, 'reporting').value).toBe('anyone');
    const submit = submitActions(form).find((a) => a.data.action === 'setup.submit')!.data;
    const saved = await t.teams.submit(marleen, 'x', { ...submit, jurisdiction: 'NL', employerSize: '80', locale: 'nl-NL', iAmHr: 'false', reporting: 'named' });
    expect(shown(saved)).toContain('Alleen aangewezen leidinggevenden en HR kunnen nu een ziekmelding doen');
    expect((await t.app.store.tenants.get(tenantId))!.value.settings.reporting).toBe('named');

    const refused = await t.teams.say(bart, 'ziekmelding Piet');
    expect(shown(refused)).toContain('alleen aangewezen leidinggevenden en HR');
    const pietId = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-piet'))!.value.id;
    const crafted = await t.teams.submit(bart, 'x', { action: 'intake.submit', cardId: 'c-bart', employeeId: pietId, firstSickDay: '2026-03-04', expected: 'unknown' });
    expect(shown(crafted)).toContain('alleen aangewezen leidinggevenden en HR');
    expect(await t.app.store.cases.list(tenantId, { employeeId: pietId })).toHaveLength(0);

    expect(shown(await t.teams.say(bart, 'leidinggevende toevoegen Bart'))).toContain('Alleen de beheerder');
    expect(shown(await t.teams.say(marleen, 'leidinggevende toevoegen Bart'))).toContain('Bart Peeters kan voortaan een collega ziek melden');
    const pietsCase = await report(t, tenantId, bart, piet, '2026-03-04');
    expect((await t.app.store.cases.get(tenantId, pietsCase))!.value).toMatchObject({ managerId: expect.any(String), openedBy: expect.any(String) });

    // HR may report, and sees who reported each case.
    const hrCase = await t.teams.submit(hanna, 'x', { action: 'case.open', cardId: 'c-hr', caseId: pietsCase });
    expect(shown(hrCase)).toMatch(/Gemeld door\s+Bart Peeters/);
    const settingsAgain = (await t.teams.say(marleen, 'instellingen')).map(cardOf).find((c) => c && inputOf(c, 'reporting'));
    expect(inputOf(settingsAgain, 'reporting').value).toBe('named');
  });

  it('says it in English too', async () => {
    const en = await startTestApp({ locale: 'en-GB' });
    try {
      const hello = await en.teams.install(marleen);
      const form = hello.map(cardOf).find((c) => c && inputOf(c, 'reporting'));
      expect(cardText(form)).toContain('Who may report a colleague sick?');
      expect(inputOf(form, 'reporting').choices.map((c: any) => c.title)).toEqual(['Anyone in the organisation', 'Only named managers and HR']);
    } finally {
      await en.stop();
    }
  });
});
