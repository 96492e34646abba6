// Help and "my cases" say the same thing for each role, and a refusal in a channel gives the way
// to the one-to-one chat. Over HTTP against the started server.
import { startTestApp, type TestApp } from '../../support/app-harness';
import type { RecordedCall } from '../../support/fake-connector';
import { cardOf, cardText, type TeamsUser } from '../../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const bart: TeamsUser = { id: 'bart', aadObjectId: 'aad-bart', name: 'Bart Peeters' };
const team = { id: '19:team-general@thread.tacv2', conversationType: 'channel' as const };

function said(calls: RecordedCall[]): string {
  return calls.map((c) => c.body.text ?? cardText(cardOf(c))).join('\n');
}

describe('Teams: help and lists per role, and the way to the one-to-one chat', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-05T09:30:00Z' });
    await t.teams.install(marleen); // the first person: administrator
    await t.teams.install(bart); // a manager
  });
  afterAll(() => t.stop());

  it('tells the administrator they see the organisation\'s cases, as their list says', async () => {
    const help = said(await t.teams.say(marleen, 'hulp'));
    expect(help).toContain('Als HR of beheerder zie jij de casussen van de hele organisatie');
    expect(help).not.toContain('Jij ziet alleen de casussen waarvoor jij leidinggevende bent');
    expect(said(await t.teams.say(marleen, 'mijn casussen'))).toContain('Casussen in de organisatie');
  });

  it('tells a manager they see only their own cases, as their list says', async () => {
    const help = said(await t.teams.say(bart, 'hulp'));
    expect(help).toContain('Jij ziet alleen de casussen waarvoor jij leidinggevende bent');
    expect(help).not.toContain('Als HR of beheerder');
    const list = said(await t.teams.say(bart, 'mijn casussen'));
    expect(list).toContain('Mijn casussen');
    expect(list).not.toContain('Casussen in de organisatie');
  });

  it('refuses cases in a team channel with a link that opens the chat with Herstart', async () => {
    const refusal = said(await t.teams.say(marleen, 'mijn casussen', team));
    expect(refusal).toContain('Dit doen we liever in je eigen chat met Herstart dan in een kanaal');
    expect(refusal).toContain('[Open je chat met Herstart](https://teams.microsoft.com/l/chat/0/0?users=28:herstart-bot)');
    expect(refusal).not.toContain('Sanne');
  });
});
