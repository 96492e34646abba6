// A case reported days after the first sick day is not overdue the moment it exists: the first
// contact is due within a working day of the report. Over HTTP against the started server.
import { startTestApp, type TestApp } from '../../support/app-harness';
import { actionData, cardWith } from '../../support/checkin-helpers';
import { cardOf, cardText, inputOf, type TeamsUser } from '../../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
const team = { id: '19:team-general@thread.tacv2', conversationType: 'channel' as const };

describe('Teams: the first contact counts from the report', () => {
  let t: TestApp;
  let tenantId = '';
  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-05T09:30:00Z' }); // a Thursday
    await t.teams.install(marleen);
    t.connector.setRoster(team.id, [
      { id: '29:marleen', name: marleen.name, aadObjectId: marleen.aadObjectId },
      { id: '29:sanne', name: sanne.name, aadObjectId: sanne.aadObjectId },
    ]);
    await t.teams.install(marleen, team);
    tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
  });
  afterAll(() => t.stop());

  it('shows the next contact tomorrow, not days overdue, for a case reported today that began on Monday', async () => {
    const intake = cardWith(await t.teams.say(marleen, 'ziekmelding'), 'intake.submit');
    const sanneId = inputOf(intake, 'employeeId').choices.find((c: any) => c.title === sanne.name).value;
    const saved = await t.teams.submit(marleen, 'x', { ...actionData(intake, 'intake.submit'), employeeId: sanneId, firstSickDay: '2026-03-02', expected: 'weeks' });
    const caseCard = cardText(saved.map(cardOf).find((c) => c && cardText(c).includes('Volgend contact')));
    expect(caseCard).toMatch(/Volgend contact\n[^\n]*6 mrt[^\n]*\(over 1 dag\)/);
    expect(caseCard).not.toMatch(/Volgend contact\n[^\n]*te laat/);

    const list = cardText(cardOf((await t.teams.say(marleen, 'mijn casussen')).at(-1)!));
    expect(list).toContain('(over 1 dag)');
    expect(list).not.toMatch(/Volgend contact\n[^\n]*te laat/);

    // The reminder to get in touch is planned for that day, not sent at once as overdue.
    const caseId = (await t.app.store.cases.list(tenantId))[0]!.value.id;
    const contact = (await t.app.store.reminders.listForCase(tenantId, caseId)).filter((r) => r.kind === 'contact' && r.state === 'pending');
    expect(contact.map((r) => r.dueAt).sort()[0]).toBe('2026-03-06T08:00:00.000Z');
  });
});
