// One person in Teams and Slack: a one-time code from one app, typed in the other, makes the
// Slack identity part of the same person (and, for the administrators, the Slack workspace part
// of the same organisation), so cases, roles and reminders follow them across both apps.
import { Delivery } from '../../../src/core/delivery';
import { text } from '../../../src/core/card';
import { startTestApp, type TestApp } from '../../support/app-harness';
import type { RecordedCall } from '../../support/fake-connector';
import { shownText, type SlackUser } from '../../support/slack-client';
import { cardOf, cardText, submitActions, TeamsClient, type TeamsUser } from '../../support/teams-client';

const marleenTeams: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanneTeams: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
const marleenSlack: SlackUser = { id: 'U0MARLEEN', name: 'Marleen de Vries' };
const bartSlack: SlackUser = { id: 'U0BART', name: 'Bart Peeters' };

const teamsText = (calls: RecordedCall[]) => calls.map((c) => c.body.text ?? cardText(cardOf(c))).join('\n');
const codeIn = (s: string) => /koppel ([A-Z0-9]{5}-[A-Z0-9]{5})/.exec(s)?.[1] ?? '';

describe('Teams and Slack: one person, one organisation', () => {
  let t: TestApp;
  let teamsTenantId = '';

  beforeAll(async () => {
    t = await startTestApp({ slack: true });
    t.fakeSlack.addUser({ id: marleenSlack.id, name: 'marleen', realName: marleenSlack.name });
    t.fakeSlack.addUser({ id: bartSlack.id, name: 'bart', realName: bartSlack.name });
    // Marleen starts in Teams and reports Sanne sick there.
    await t.teams.install(marleenTeams);
    teamsTenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
    const mention = { type: 'mention', mentioned: { id: `29:${sanneTeams.id}`, name: sanneTeams.name }, text: `<at>${sanneTeams.name}</at>` };
    const replies = await t.teams.say(marleenTeams, `ziekmelding <at>${sanneTeams.name}</at>`, undefined, [mention]);
    const card = replies.map(cardOf).find((c) => c && submitActions(c).some((a) => a.data.action === 'intake.submit'));
    const submit = submitActions(card).find((a) => a.data.action === 'intake.submit')!.data;
    await t.teams.submit(marleenTeams, 'card', { ...submit, firstSickDay: '2026-03-02', expected: 'unknown' });
  });
  afterAll(() => t.stop());

  it('joins the Slack workspace to the organisation when both administrators use the code', async () => {
    // In Slack, Marleen is the first person of a new workspace: its own organisation for now.
    await t.slack.dm(marleenSlack, 'hulp');
    const slackTenant = (await t.app.store.tenants.findByChannelKey(`slack:${t.fakeSlack.teamId}`))!.value;
    expect(slackTenant.id).not.toBe(teamsTenantId);

    const code = codeIn(teamsText(await t.teams.say(marleenTeams, 'koppel')));
    expect(code).not.toBe('');
    t.clock.set(new Date(t.clock.now().getTime() + 60_000).toISOString());
    const linked = shownText((await t.slack.dm(marleenSlack, `koppel ${code.toLowerCase()}`)).calls);
    expect(linked).toContain('dezelfde persoon als in Microsoft Teams');
    expect(linked).toContain('hoort nu bij dezelfde organisatie');

    expect((await t.app.store.tenants.findByChannelKey(`slack:${t.fakeSlack.teamId}`))!.value.id).toBe(teamsTenantId);
    const person = (await t.app.store.people.findByIdentity(teamsTenantId, `slack:${t.fakeSlack.teamId}:${marleenSlack.id}`))!.value;
    expect(person.identities.map((i) => i.channel).sort()).toEqual(['slack', 'teams']);
    expect(person.roles).toContain('admin');
    expect(await t.app.store.refs.get(teamsTenantId, person.id, 'slack')).toMatchObject({ dead: false, ref: { kind: 'dm' } });
  });

  it('shows the cases from Teams in Slack', async () => {
    const list = shownText((await t.slack.dm(marleenSlack, 'mijn casussen')).calls);
    expect(list).toContain('Sanne Jansen');
  });

  it('accepts a code once, only in the other app, and only while it is fresh', async () => {
    const code = codeIn(teamsText(await t.teams.say(marleenTeams, 'koppel')));
    expect(teamsText(await t.teams.say(marleenTeams, `koppel ${code}`))).toContain('in je andere chat-app, niet in deze');
    expect(shownText((await t.slack.dm(marleenSlack, 'koppel ABCDE-FGHJK')).calls)).toContain('ken ik niet');

    const late = codeIn(teamsText(await t.teams.say(marleenTeams, 'koppel')));
    t.clock.set(new Date(t.clock.now().getTime() + 16 * 60_000).toISOString());
    expect(shownText((await t.slack.dm(bartSlack, `koppel ${late}`)).calls)).toContain('ken ik niet');
  });

  it('never lets someone else take a person over with a used code', async () => {
    const code = codeIn(teamsText(await t.teams.say(marleenTeams, 'koppel')));
    expect(shownText((await t.slack.dm(marleenSlack, `koppel ${code}`)).calls)).toContain('al gekoppeld');
    // The same code a moment later, from a colleague who saw it: used up.
    expect(shownText((await t.slack.dm(bartSlack, `koppel ${code}`)).calls)).toContain('ken ik niet');
    const bart = (await t.app.store.people.findByIdentity(teamsTenantId, `slack:${t.fakeSlack.teamId}:${bartSlack.id}`))!.value;
    expect(bart.identities.map((i) => i.channel)).toEqual(['slack']);
    expect(bart.roles).not.toContain('admin');
    const marleen = (await t.app.store.people.findByIdentity(teamsTenantId, 'teams:aad-marleen'))!.value;
    expect(marleen.identities.map((i) => i.key)).not.toContain(`slack:${t.fakeSlack.teamId}:${bartSlack.id}`);
  });

  it('keeps organisations apart unless both administrators join them', async () => {
    // Someone from another Microsoft 365 organisation (its own administrator) tries to pull this
    // Slack workspace, which already has cases, into theirs through a colleague here.
    const elsewhere = new TeamsClient(t.url, t.connector, 'tenant-elsewhere', 'nl-NL', () => t.app.idle());
    const stranger: TeamsUser = { id: 'stranger', aadObjectId: 'aad-stranger', name: 'Iemand Anders' };
    await elsewhere.install(stranger);
    const code = codeIn(teamsText(await elsewhere.say(stranger, 'koppel')));
    expect(shownText((await t.slack.dm(bartSlack, `koppel ${code}`)).calls)).toContain('aparte organisatie');
    expect((await t.app.store.tenants.findByChannelKey(`slack:${t.fakeSlack.teamId}`))!.value.id).toBe(teamsTenantId);
  });

  it('reaches the person in the app they used last', async () => {
    const delivery = new Delivery(t.app.store, t.app.senders, t.clock, t.app.logger);
    const person = (await t.app.store.people.findByIdentity(teamsTenantId, `slack:${t.fakeSlack.teamId}:${marleenSlack.id}`))!.value;
    // Both apps were used a moment ago; two hours later Marleen writes in Slack.
    t.clock.set(new Date(t.clock.now().getTime() + 2 * 3600_000).toISOString());
    await t.slack.dm(marleenSlack, 'hulp');
    t.fakeSlack.clear();
    const report = await delivery.toPerson(teamsTenantId, person.id, 'manager', () => [text('Tijd voor contact met Sanne')]);
    expect(report).toEqual({ outcome: { status: 'sent' }, channel: 'slack' });
    expect(t.fakeSlack.of('chat.postMessage').map((c) => c.params.channel)).toEqual([`D${marleenSlack.id}`]);
  });
});
