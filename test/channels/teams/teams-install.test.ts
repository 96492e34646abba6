// Being added, as a real Teams client does it: install events carry no sender name, and Teams sends
// two of them for one install (a conversationUpdate and an installationUpdate). Over HTTP against
// the started server; a second instance on the same store shows the greeting is kept in the store.
import { startTestApp, type TestApp } from '../../support/app-harness';
import { reportedCase } from '../../support/checkin-helpers';
import type { RecordedCall } from '../../support/fake-connector';
import { cardOf, cardText, type TeamsConversation, type TeamsUser } from '../../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const team: TeamsConversation = { id: '19:team-general@thread.tacv2', conversationType: 'channel' };

function said(calls: RecordedCall[]): string {
  return calls.map((c) => c.body.text ?? cardText(cardOf(c))).join('\n');
}

/** An install event as Teams sends it: `from` has ids but no name. */
function installEvent(t: TestApp, user: TeamsUser, conversation: TeamsConversation, kind: 'conversationUpdate' | 'installationUpdate') {
  const extra = kind === 'conversationUpdate' ? { membersAdded: [{ id: '28:herstart-bot' }] } : { action: 'add' };
  const activity = t.teams.activity(user, conversation, { type: kind, ...extra });
  activity.from = { id: `29:${user.id}`, aadObjectId: user.aadObjectId };
  return activity;
}

describe('Teams: being added without a sender name, twice', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ now: '2026-03-05T09:30:00Z' });
  });
  afterEach(() => t.stop());

  it('greets without a name when Teams cannot tell it, never "Hallo ,"', async () => {
    const replies = await t.teams.turn(installEvent(t, marleen, t.teams.personal(marleen), 'conversationUpdate'));
    const text = said(replies);
    expect(text).toContain('Hallo, fijn dat je Herstart gebruikt');
    expect(text).toContain('Jij bent de eerste in jullie organisatie');
    expect(text).not.toMatch(/ ,|^,|\n,/);
  });

  it('uses the name Teams gives for the member when it can be looked up', async () => {
    t.connector.setRoster(t.teams.personal(marleen).id, [{ id: '29:marleen', name: marleen.name, aadObjectId: marleen.aadObjectId }]);
    const text = said(await t.teams.turn(installEvent(t, marleen, t.teams.personal(marleen), 'installationUpdate')));
    expect(text).toContain('Hallo Marleen de Vries, fijn dat je Herstart gebruikt');
    expect(text).toContain('Marleen de Vries, jij bent de eerste in jullie organisatie');
    const tenant = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value;
    expect((await t.app.store.people.findByIdentity(tenant.id, 'teams:aad-marleen'))!.value.displayName).toBe(marleen.name);
  });

  it('greets a personal chat once for the two install events of one install, also on another instance', async () => {
    const chat = t.teams.personal(marleen);
    const first = await t.teams.turn(installEvent(t, marleen, chat, 'conversationUpdate'));
    expect(said(first)).toContain('fijn dat je Herstart gebruikt');
    expect(await t.teams.turn(installEvent(t, marleen, chat, 'installationUpdate'))).toEqual([]);
    const other = await startTestApp({ now: '2026-03-05T09:30:00Z', shareStoreWith: t });
    try {
      expect(await other.teams.turn(installEvent(other, marleen, chat, 'installationUpdate'))).toEqual([]);
    } finally {
      await other.stop();
    }
    // Typing still answers as always.
    expect(said(await t.teams.say(marleen, 'hulp'))).toContain('Wat Herstart voor je doet');
  });

  it('greets once and asks the organisation\'s first person for the setup once, when both install events arrive together', async () => {
    const chat = t.teams.personal(marleen);
    await Promise.all([
      t.teams.turn(installEvent(t, marleen, chat, 'conversationUpdate')),
      t.teams.turn(installEvent(t, marleen, chat, 'installationUpdate')),
    ]);
    // Both turns ran at once, so read everything the connector got rather than per turn.
    const sent = t.connector.sent(chat.id);
    const text = said(sent);
    expect(text.split('fijn dat je Herstart gebruikt').length - 1).toBe(1);
    expect(text.split('Jij bent de eerste in jullie organisatie').length - 1).toBe(1);
    expect(sent.map(cardOf).filter((c) => c && JSON.stringify(c).includes('setup.submit'))).toHaveLength(1);
  });

  it('greets each person in their own chat, also where a client gives every personal chat the same id', async () => {
    const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
    const shared: TeamsConversation = { id: '__PERSONAL_CHAT_ID__', conversationType: 'personal' }; // as the Agents Playground does
    t.connector.setRoster(shared.id, [
      { id: '29:marleen', name: marleen.name, aadObjectId: marleen.aadObjectId },
      { id: '29:sanne', name: sanne.name, aadObjectId: sanne.aadObjectId },
    ]);
    expect(said(await t.teams.turn(installEvent(t, marleen, shared, 'installationUpdate')))).toContain('Hallo Marleen de Vries');
    expect(said(await t.teams.turn(installEvent(t, sanne, shared, 'installationUpdate')))).toContain('Hallo Sanne Jansen');
    expect(await t.teams.turn(installEvent(t, sanne, shared, 'conversationUpdate'))).toEqual([]);
  });

  it('greets a team once, and keeps learning its roster on every install event', async () => {
    await t.teams.install(marleen);
    t.connector.setRoster(team.id, [{ id: '29:marleen', name: marleen.name, aadObjectId: marleen.aadObjectId }]);
    expect(said(await t.teams.turn(installEvent(t, marleen, team, 'conversationUpdate')))).toContain('Hallo allemaal');
    t.connector.setRoster(team.id, [
      { id: '29:marleen', name: marleen.name, aadObjectId: marleen.aadObjectId },
      { id: '29:sanne', name: 'Sanne Jansen', aadObjectId: 'aad-sanne' },
    ]);
    expect(await t.teams.turn(installEvent(t, marleen, team, 'installationUpdate'))).toEqual([]);
    const tenant = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value;
    expect((await t.app.store.people.search(tenant.id, 'Sanne', 5)).map((p) => p.displayName)).toEqual(['Sanne Jansen']);
  });

  it('welcomes an employee with an open case once, by the name her manager\'s team gave, with her own help', async () => {
    const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
    await reportedCase(t, marleen, sanne, '2026-03-02');
    const chat = t.teams.personal(sanne);
    const first = said(await t.teams.turn(installEvent(t, sanne, chat, 'conversationUpdate')));
    expect(first).toContain('Hoi Sanne Jansen, ik ben Herstart');
    expect(first).toContain('Wie ziet wat');
    expect(await t.teams.turn(installEvent(t, sanne, chat, 'installationUpdate'))).toEqual([]);
  });

  it('greets again after the app was removed and added back', async () => {
    const chat = t.teams.personal(marleen);
    await t.teams.turn(installEvent(t, marleen, chat, 'installationUpdate'));
    const removal = t.teams.activity(marleen, chat, { type: 'installationUpdate', action: 'remove' });
    expect(await t.teams.turn(removal)).toEqual([]);
    expect(said(await t.teams.turn(installEvent(t, marleen, chat, 'installationUpdate')))).toContain('fijn dat je Herstart gebruikt');
  });
});
