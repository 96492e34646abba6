// A case reported days after the first sick day is not overdue the moment it exists: the first
// contact is due within a working day of the report. Over HTTP against the started server.
import { startTestApp, type TestApp } from '../../support/app-harness';
import { reportedCase } from '../../support/checkin-helpers';
import { cardOf, cardText, type TeamsUser } from '../../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };

describe('Teams: the first contact counts from the report', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-05T09:30:00Z' }); // a Thursday
  });
  afterAll(() => t.stop());

  it('shows the next contact tomorrow, not days overdue, for a case reported today that began on Monday', async () => {
    const { tenantId, caseId, reported: saved } = await reportedCase(t, marleen, sanne, '2026-03-02');
    const caseCard = cardText(saved.map(cardOf).find((c) => c && cardText(c).includes('Volgend contact')));
    expect(caseCard).toMatch(/Volgend contact\n[^\n]*6 mrt[^\n]*\(over 1 dag\)/);
    expect(caseCard).not.toMatch(/Volgend contact\n[^\n]*te laat/);

    const list = cardText(cardOf((await t.teams.say(marleen, 'mijn casussen')).at(-1)!));
    expect(list).toContain('(over 1 dag)');
    expect(list).not.toMatch(/Volgend contact\n[^\n]*te laat/);

    // The reminder to get in touch is planned for that day, not sent at once as overdue.
    const contact = (await t.app.store.reminders.listForCase(tenantId, caseId)).filter((r) => r.kind === 'contact' && r.state === 'pending');
    expect(contact.map((r) => r.dueAt).sort()[0]).toBe('2026-03-06T08:00:00.000Z');
  });
});
