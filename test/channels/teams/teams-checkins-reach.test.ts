// Check-ins for employees Herstart cannot reach by itself, in English, and with bad input.
import { startTestApp, type TestApp } from '../../support/app-harness';
import { actionData, cardWith, notTo, shown, tick } from '../../support/checkin-helpers';
import { cardText, inputOf, type TeamsUser } from '../../support/teams-client';

const mark: TeamsUser = { id: 'mark', aadObjectId: 'aad-mark', name: 'Mark Peters' };
const noor: TeamsUser = { id: 'noor', aadObjectId: 'aad-noor', name: 'Noor Visser' };
const team = { id: '19:team-sales@thread.tacv2', conversationType: 'channel' as const };

describe('Teams: reaching employees for check-ins', () => {
  let t: TestApp;
  let tenantId = '';

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-05T09:30:00Z', locale: 'en-GB' });
    await t.teams.install(mark);
    tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
  });
  afterAll(() => t.stop());

  async function report(name: string): Promise<string> {
    const intake = cardWith(await t.teams.say(mark, `report sick ${name}`), 'intake.submit');
    const data = actionData(intake, 'intake.submit');
    await t.teams.submit(mark, 'x', { ...data, firstSickDay: '2026-03-02', expected: 'weeks' });
    return (await t.app.store.cases.list(tenantId)).pop()!.value.id;
  }

  it('asks the manager, once, to share the app when the employee shares no team with the bot', async () => {
    // Noor is known from a mention only: no team roster, no chat of her own.
    const noorMention = { type: 'mention', mentioned: { id: '29:noor', name: noor.name }, text: `<at>${noor.name}</at>` };
    t.connector.setRoster('a:personal-aad-mark', [{ id: '29:noor', name: noor.name, aadObjectId: noor.aadObjectId }]);
    const intake = cardWith(await t.teams.say(mark, `report sick <at>${noor.name}</at>`, t.teams.personal(mark), [noorMention]), 'intake.submit');
    await t.teams.submit(mark, 'x', { ...actionData(intake, 'intake.submit'), firstSickDay: '2026-03-02', expected: 'weeks' });
    t.clock.set('2026-03-09T08:30:00Z');
    const sent = await tick(t);
    expect(t.connector.calls.some((c) => c.path === '/v3/conversations')).toBe(false);
    // Only Mark hears anything (his own nudges come with the same tick).
    expect(new Set(sent.map((c) => c.conversationId))).toEqual(new Set(['a:personal-aad-mark']));
    const asks = (calls: typeof sent) => calls.filter((c) => shown([c]).includes('Would you ask them to open the Herstart app?'));
    expect(asks(sent)).toHaveLength(1);
    expect(shown(asks(sent))).toContain('Noor Visser could get short, voluntary check-ins');
    expect(shown(asks(sent))).toContain('without a yes I send nothing');
    // The next day the invitation is tried again, but the manager is not asked twice.
    t.clock.set('2026-03-10T08:30:00Z');
    expect(asks(await tick(t))).toEqual([]);
  });

  it('invites in the employee\'s language once she opens the app herself', async () => {
    await t.teams.say(noor, 'hello');
    t.clock.set('2026-03-11T08:30:00Z');
    const sent = await tick(t, notTo('a:personal-aad-mark'));
    expect(sent.map((c) => c.conversationId)).toEqual(['a:personal-aad-noor']);
    const invite = cardText(cardWith(sent, 'checkin.consent'));
    expect(invite).toContain('Short check-ins, if you would like them');
    expect(invite).toContain('HR does not see your answers.');
    expect(invite).toContain('Every 2 weeks while you recover, every week in the weeks around your return, then every 2 weeks for 3 months.');
  });

  it('answers bad input with a clear message and stores nothing', async () => {
    const invite = cardWith(t.connector.sent('a:personal-aad-noor'), 'checkin.consent');
    const replies = await t.teams.submit(noor, 'i', actionData(invite, 'checkin.consent', { choice: 'yes' }));
    const form = cardWith(replies, 'checkin.submit');
    const bad = await t.teams.submit(noor, 'f', { ...actionData(form, 'checkin.submit'), energy: '9', progress: 'x', help: 'drugs' });
    expect(cardText(cardWith(bad, 'checkin.submit'))).toContain('I could not read that properly.');
    expect(await t.app.store.records.list(tenantId, { kind: 'checkin' })).toEqual([]);
    expect(inputOf(form, 'note').placeholder).toContain('Do not write about your illness');
  });

  it('keeps check-in words out of team channels', async () => {
    t.connector.setRoster(team.id, []);
    const replies = await t.teams.say(noor, 'my data', team);
    expect(shown(replies)).toContain('Let us do this in your own chat with Herstart rather than in a channel.');
  });

  it('tells someone without an open absence that there is nothing to check in about', async () => {
    expect(shown(await t.teams.say(mark, 'check-in'))).toContain('Herstart has no open absence for you');
    void report;
  });
});
