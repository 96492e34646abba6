// The manager's walk in Teams, over HTTP against the started server: install, help, intake,
// prepare, record outcome, milestone done, recovery. Replies come back through the fake connector.
import { startTestApp, type TestApp } from '../../support/app-harness';
import type { RecordedCall } from '../../support/fake-connector';
import { cardOf, cardText, inputOf, submitActions, type TeamsUser } from '../../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
const ahmed: TeamsUser = { id: 'ahmed', aadObjectId: 'aad-ahmed', name: 'Ahmed El Amrani' };
const team = { id: '19:team-general@thread.tacv2', conversationType: 'channel' as const };

function texts(calls: RecordedCall[]): string {
  return calls.map((c) => c.body.text ?? cardText(cardOf(c))).join('\n');
}

function lastCard(calls: RecordedCall[]): { card: any; call: RecordedCall } {
  const call = [...calls].reverse().find((c) => cardOf(c) && c.method === 'POST');
  if (!call) throw new Error(`no card in: ${texts(calls)}`);
  return { card: cardOf(call), call };
}

function action(card: any, name: string): Record<string, unknown> {
  const a = submitActions(card).find((s) => s.data.action === name);
  if (!a) throw new Error(`no ${name} action in card`);
  return a.data;
}

describe('Teams: the manager walk', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-05T09:30:00Z' });
  });
  afterAll(() => t.stop());

  let caseId = '';

  it('greets on install and asks the first person of the organisation to set it up', async () => {
    const replies = await t.teams.install(marleen);
    const all = texts(replies);
    expect(all).toContain('Hallo Marleen de Vries');
    expect(all).toContain('beheerder van Herstart');
    const setup = replies.map(cardOf).find((c) => c && inputOf(c, 'jurisdiction'));
    expect(setup).toBeTruthy();

    const saved = await t.teams.submit(marleen, replies[2]!.body.id ?? 'x', { ...action(setup, 'setup.submit'), jurisdiction: 'NL', employerSize: '120', locale: 'nl-NL', iAmHr: 'false' });
    expect(texts(saved)).toContain('Nederland');
    const tenant = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value;
    expect(tenant.settings.employerSize).toBe(120);
  });

  it('learns the team roster when added to a team', async () => {
    t.connector.setRoster(team.id, [
      { id: '29:marleen', name: marleen.name, aadObjectId: marleen.aadObjectId },
      { id: '29:sanne', name: sanne.name, aadObjectId: sanne.aadObjectId },
      { id: '29:ahmed', name: ahmed.name, aadObjectId: ahmed.aadObjectId },
    ]);
    const replies = await t.teams.install(marleen, team);
    expect(texts(replies)).toContain('Casussen bespreek ik alleen een-op-een');
    const tenant = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value;
    const people = await t.app.store.people.search(tenant.id, '', 10);
    expect(people.map((p) => p.displayName).sort()).toEqual([ahmed.name, marleen.name, sanne.name].sort());
  });

  it('answers help (and hulp) with the commands and a privacy note', async () => {
    for (const word of ['help', 'hulp']) {
      const { card } = lastCard(await t.teams.say(marleen, word));
      const shown = cardText(card);
      expect(shown).toContain('ziekmelding');
      expect(shown).toContain('mijn casussen');
      expect(shown).toMatch(/Vraag nooit naar de ziekte/);
    }
  });

  it('takes a sickness report without any diagnosis field and shows the timeline', async () => {
    const { card, call } = lastCard(await t.teams.say(marleen, 'ziekmelding'));
    const picker = inputOf(card, 'employeeId');
    expect(picker.choices.map((c: any) => c.title).sort()).toEqual([ahmed.name, sanne.name].sort());
    const inputs = JSON.stringify(card).toLowerCase();
    for (const word of ['diagnos', 'oorzaak"', 'klacht"', 'symptom']) expect(inputs).not.toContain(word);

    const sanneId = picker.choices.find((c: any) => c.title === sanne.name).value;
    const submit = { ...action(card, 'intake.submit'), employeeId: sanneId, firstSickDay: '2026-03-02', expected: 'weeks', expectedReturn: '' };
    const replies = await t.teams.submit(marleen, call.body.id ?? 'card-1', submit);
    const shown = texts(replies);
    expect(shown).toContain('De ziekmelding van Sanne Jansen staat erin');
    expect(shown).toContain('Probleemanalyse');
    // The submitted card is replaced so it cannot be sent twice: the new card is Teams' answer to
    // the button press itself, so the connector is not asked to update the message.
    const answer = replies.at(-1)!;
    expect(answer.method).toBe('INVOKE');
    expect(cardText(cardOf(answer))).toContain('opgeslagen');
    expect(replies.some((r) => r.method === 'PUT')).toBe(false);
    // In Teams every button of the new cards is an Action.Execute named after its action.
    expect(JSON.stringify(card)).not.toContain('Action.Submit');
    expect(submitActions(card).length).toBeGreaterThan(0);
    expect(JSON.stringify(card)).toContain('"verb":"intake.submit"');

    const tenant = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value;
    const cases = await t.app.store.cases.list(tenant.id);
    expect(cases).toHaveLength(1);
    caseId = cases[0]!.value.id;
    expect(cases[0]!.value.sickPeriods).toEqual([{ start: '2026-03-02', end: null, kind: 'full' }]);

    // The same card submitted again (a double click or a re-send) is stored once.
    const again = await t.teams.submit(marleen, call.body.id ?? 'card-1', submit);
    expect(texts(again)).toContain('al opgeslagen');
    expect(await t.app.store.cases.list(tenant.id)).toHaveLength(1);
  });

  it('lists my cases with phase, next contact and next legal step', async () => {
    const { card } = lastCard(await t.teams.say(marleen, 'mijn casussen'));
    const shown = cardText(card);
    expect(shown).toContain('Sanne Jansen');
    expect(shown).toContain('Uitval');
    expect(shown).toMatch(/Volgend contact/);
    expect(shown).toMatch(/over \d+ dagen/);
    expect(action(card, 'case.open').caseId).toBe(caseId);
  });

  it('prepares a conversation with prompts per IGLOO level, CARE and do\'s and don\'ts', async () => {
    const { card } = lastCard(await t.teams.submit(marleen, 'x', { action: 'prepare.open', cardId: 'c-prep', caseId }));
    const shown = cardText(card);
    expect(shown).toContain('Gesprek met Sanne Jansen voorbereiden');
    expect(card.body.filter((b: any) => b.type === 'Container').length).toBeGreaterThanOrEqual(5);
    expect(shown).toMatch(/bedrijfsarts/);
    expect(action(card, 'outcome.open').caseId).toBe(caseId);
  });

  it('holds back a note that looks medical and saves nothing', async () => {
    const { card, call } = lastCard(await t.teams.submit(marleen, 'x', { action: 'outcome.open', cardId: 'c-out-1', caseId }));
    expect(inputOf(card, 'notes')).toBeTruthy();
    const submit = {
      ...action(card, 'outcome.submit'),
      date: '2026-03-04', kind: 'call', mood: 'mixed', agreements: 'contact', wishes: 'team_not_informed',
      nextContact: '2026-03-11', flagHr: 'false', concern: '', notes: 'Ze heeft last van haar rug en gaat naar de fysiotherapeut.',
    };
    const replies = await t.teams.submit(marleen, call.body.id ?? 'x', submit);
    // The form comes back in place of the submitted one, without the note (teams-held-back.test.ts).
    const again = cardOf(replies.at(-1)!);
    expect(cardText(again)).toMatch(/leek medische informatie te bevatten/);
    expect(inputOf(again, 'notes').value).toBe('');
    const tenant = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value;
    expect(await t.app.store.records.list(tenant.id, { caseId, kind: 'outcome' })).toHaveLength(0);
  });

  it('records an outcome once, even when submitted twice', async () => {
    const { card, call } = lastCard(await t.teams.submit(marleen, 'x', { action: 'outcome.open', cardId: 'c-out-2', caseId }));
    const submit = {
      ...action(card, 'outcome.submit'),
      date: '2026-03-04', kind: 'call', mood: 'mixed', agreements: 'contact,hours', wishes: 'team_not_informed',
      nextContact: '2026-03-11', flagHr: 'false', concern: '', notes: 'We bellen volgende week weer, ze wil het team zelf informeren.',
    };
    const first = await t.teams.submit(marleen, call.body.id ?? 'x', submit);
    expect(texts(first)).toContain('is vastgelegd');
    const second = await t.teams.submit(marleen, call.body.id ?? 'x', submit);
    expect(texts(second)).toContain('al opgeslagen');
    const tenant = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value;
    const outcomes = await t.app.store.records.list(tenant.id, { caseId, kind: 'outcome' });
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.data).toMatchObject({ agreements: ['contact', 'hours'], nextContact: '2026-03-11', flagHr: false });
  });

  it('marks a milestone done and the timeline follows', async () => {
    const { card, call } = lastCard(await t.teams.submit(marleen, 'x', { action: 'milestone.open', cardId: 'c-ms', caseId }));
    const options = inputOf(card, 'milestoneId').choices.map((c: any) => c.value);
    expect(options).toContain('nl.arbo_report');
    const replies = await t.teams.submit(marleen, call.body.id ?? 'x', { ...action(card, 'milestone.submit'), milestoneId: 'nl.arbo_report', on: '2026-03-04' });
    expect(texts(replies)).toMatch(/staat op afgerond/);
    const tenant = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value;
    const c = (await t.app.store.cases.get(tenant.id, caseId))!.value;
    expect(c.milestonesDone).toEqual([{ id: 'nl.arbo_report', on: '2026-03-04' }]);
  });

  it('reports recovery; phase and deadlines follow', async () => {
    t.clock.set('2026-03-20T10:00:00Z');
    const { card, call } = lastCard(await t.teams.submit(marleen, 'x', { action: 'status.open', cardId: 'c-st', caseId }));
    expect(inputOf(card, 'kind').choices.map((c: any) => c.value)).toContain('recovered');
    const replies = await t.teams.submit(marleen, call.body.id ?? 'x', { ...action(card, 'status.submit'), kind: 'recovered', on: '2026-03-19', percentage: '' });
    expect(texts(replies)).toMatch(/weer aan het werk/);
    const tenant = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value;
    const c = (await t.app.store.cases.get(tenant.id, caseId))!.value;
    expect(c.sickPeriods[0]!.end).toBe('2026-03-18');
    expect(c.phase).toBe('return');
  });
});
