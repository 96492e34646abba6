// An employee who opens Herstart gets their own welcome and help (what check-ins are, their
// words, who sees what), in Dutch, Belgian Dutch or English; managers keep theirs.
import { startTestApp, type TestApp } from '../../support/app-harness';
import { actionData, cardWith, shown } from '../../support/checkin-helpers';
import { cardOf, cardText, inputOf, submitActions, TeamsClient, type TeamsUser } from '../../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
const lotte: TeamsUser = { id: 'lotte', aadObjectId: 'aad-lotte', name: 'Lotte Peeters' };
const noor: TeamsUser = { id: 'noor', aadObjectId: 'aad-noor', name: 'Noor Visser' };
const kees: TeamsUser = { id: 'kees', aadObjectId: 'aad-kees', name: 'Kees Smit' };
const team = { id: '19:team-general@thread.tacv2', conversationType: 'channel' as const };

const helpCardIn = (calls: Parameters<typeof shown>[0]) => cardWith(calls, 'checkin.mine');

describe('Teams: the employee\'s own welcome and help', () => {
  let t: TestApp;
  let belgian: TeamsClient;
  let english: TeamsClient;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-05T09:30:00Z' });
    belgian = new TeamsClient(t.url, t.connector, 'tenant-contoso', 'nl-BE', () => t.app.idle());
    english = new TeamsClient(t.url, t.connector, 'tenant-contoso', 'en-GB', () => t.app.idle());
    await t.teams.install(marleen);
    t.connector.setRoster(team.id, [marleen, sanne, lotte, noor, kees].map((u) => ({ id: `29:${u.id}`, name: u.name, aadObjectId: u.aadObjectId })));
    await t.teams.install(marleen, team);
    for (const who of [sanne, lotte, noor]) {
      const intake = cardWith(await t.teams.say(marleen, 'ziekmelding'), 'intake.submit');
      const id = inputOf(intake, 'employeeId').choices.find((c: any) => c.title === who.name).value;
      await t.teams.submit(marleen, 'x', { ...actionData(intake, 'intake.submit'), employeeId: id, firstSickDay: '2026-03-02', expected: 'weeks' });
    }
  });
  afterAll(() => t.stop());

  it('greets an employee who opens the app with what check-ins are, her words and who sees what', async () => {
    const replies = await t.teams.install(sanne);
    const all = shown(replies);
    expect(all).toContain('Hoi Sanne Jansen, ik ben Herstart.');
    const help = cardText(helpCardIn(replies));
    expect(help).toContain('Herstart en jij');
    expect(help).toMatch(/korte check-in sturen: hoeveel energie je hebt/);
    for (const word of ['check-in', 'pauze · verder', 'stop', 'mijn gegevens', 'vergeet mij', 'taal en · taal nl']) expect(help).toContain(word);
    // The same promise as the invitation.
    expect(help).toContain('HR ziet je antwoorden niet.');
    expect(help).toMatch(/toelichting alleen als je aanvinkt/);
    // Nothing for managers: no sickness report, no cases.
    expect(all).not.toMatch(/ziekmelding|mijn casussen|hr toevoegen/i);
    expect(submitActions(helpCardIn(replies)).map((a) => a.data.action)).toEqual(['checkin.start', 'checkin.mine']);
  });

  it('answers "hulp" and words it does not know with the same help', async () => {
    expect(cardText(helpCardIn(await t.teams.say(sanne, 'hulp')))).toContain('Herstart en jij');
    const unknown = await t.teams.say(sanne, 'wat moet ik doen');
    expect(shown(unknown)).toContain('Herstart en jij');
    expect(shown(unknown)).not.toContain('Ziekmelding doen');
  });

  it('shows the invitation first when she starts from the help card before it came', async () => {
    const help = helpCardIn(await t.teams.say(sanne, 'hulp'));
    const started = await t.teams.submit(sanne, 'h-1', actionData(help, 'checkin.start'));
    const invite = cardWith(started, 'checkin.consent');
    expect(cardText(invite)).toContain('Korte check-ins, als jij dat wilt');
    // Seen now: the planned invitation does not come again.
    const tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
    const sanneId = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-sanne'))!.value.id;
    const c = (await t.app.store.cases.list(tenantId, { employeeId: sanneId }))[0]!.value;
    const reminders = await t.app.store.reminders.listForCase(tenantId, c.id);
    expect(reminders.filter((r) => r.kind === 'checkin' && r.state === 'pending')).toEqual([]);
    const mine = await t.teams.submit(sanne, 'h-2', actionData(help, 'checkin.mine'));
    expect(shown(mine)).toContain('Mijn gegevens');
    expect(shown(mine)).toContain('Je bent uitgenodigd voor check-ins maar hebt nog niet gekozen.');
  });

  it('speaks Belgian Dutch and English', async () => {
    const be = await belgian.install(lotte);
    expect(shown(be)).toContain('Hallo Lotte Peeters, ik ben Herstart.');
    const beHelp = cardText(helpCardIn(be));
    expect(beHelp).toContain('bij je werkhervatting');
    expect(beHelp).toContain('taal en · taal nl-be');
    expect(beHelp).toContain('een gesprek met de arbeidsarts');

    const en = await english.install(noor);
    expect(shown(en)).toContain('Hi Noor Visser, I am Herstart.');
    const enHelp = cardText(helpCardIn(en));
    expect(enHelp).toContain('Herstart and you');
    for (const word of ['pause · resume', 'my data', 'forget me', 'taal nl · language en']) expect(enHelp).toContain(word);
    expect(enHelp).toContain('HR does not see your answers.');
  });

  it('keeps the manager\'s help for managers, and for someone with no open absence', async () => {
    const manager = shown(await t.teams.say(marleen, 'hulp'));
    expect(manager).toContain('Wat Herstart voor je doet');
    expect(manager).not.toContain('Herstart en jij');
    const noCase = (await t.teams.install(kees)).map(cardOf).filter(Boolean).map(cardText).join('\n');
    expect(noCase).toContain('Wat Herstart voor je doet');
  });
});
