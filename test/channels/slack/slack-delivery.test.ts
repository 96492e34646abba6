// Slack's outward side: the HR channel chosen with /herstart hr-here, proactive messages to a
// closed DM (marked dead, HR told), Slack's rate limits on replies, and the ack that comes before
// the work.
import { Delivery } from '../../../src/core/delivery';
import { text } from '../../../src/core/card';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { shownText, stateFor, type SlackUser } from '../../support/slack-client';

const marleen: SlackUser = { id: 'U0MARLEEN', name: 'Marleen de Vries' };
const bart: SlackUser = { id: 'U0BART', name: 'Bart Peeters' };
const HR = 'C0HRTEAM';

describe('Slack: HR channel, proactive sends, rate limits', () => {
  let t: TestApp;
  let tenantId = '';

  beforeAll(async () => {
    t = await startTestApp({ slack: true });
    t.fakeSlack.addUser({ id: marleen.id, name: 'marleen', realName: marleen.name });
    t.fakeSlack.addUser({ id: bart.id, name: 'bart', realName: bart.name, locale: 'en-GB' });
    await t.slack.openApp(marleen, 'messages');
    await t.slack.dm(bart, 'help');
    tenantId = (await t.app.store.tenants.findByChannelKey(`slack:${t.fakeSlack.teamId}`))!.value.id;
  });
  afterAll(() => t.stop());
  beforeEach(() => t.fakeSlack.reset());

  it('makes the channel where /herstart hr-here is run the place for HR escalations', async () => {
    const turn = await t.slack.command(marleen, 'hr-here', HR);
    const posted = turn.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posted.map((c) => c.params.channel)).toEqual([HR]);
    expect(shownText(posted)).toContain('HR-meldingen van Herstart komen voortaan in dit kanaal binnen');
    const ref = await t.app.store.refs.get(tenantId, 'hr:slack', 'slack');
    expect(ref).toMatchObject({ dead: false, ref: { kind: 'channel', channelId: HR } });
  });

  it('says privately how to invite the app when it cannot post in that channel', async () => {
    t.fakeSlack.fail('chat.postMessage', { error: 'not_in_channel' }, { when: (p) => p.channel === 'C0PRIVATE' });
    const turn = await t.slack.command(marleen, 'hr-here', 'C0PRIVATE');
    expect(turn.status).toBe(200);
    const ephemeral = t.fakeSlack.responses[0]!;
    expect(ephemeral.body).toMatchObject({ response_type: 'ephemeral' });
    expect(ephemeral.body.text).toContain('/invite @Herstart');
    // Put HR back where it was for the next test.
    await t.slack.command(marleen, 'hr-here', HR);
  });

  it('says it in the language the person chose, not the one of their Slack profile', async () => {
    await t.slack.dm(marleen, 'taal en');
    t.fakeSlack.fail('chat.postMessage', { error: 'not_in_channel' }, { when: (p) => p.channel === 'C0PRIVATE' });
    await t.slack.command(marleen, 'hr-here', 'C0PRIVATE');
    const text = t.fakeSlack.responses[0]!.body.text;
    expect(text).toContain('I cannot post in this channel yet');
    expect(text).not.toContain('Nodig me uit');
    await t.slack.dm(marleen, 'taal nl');
    await t.slack.command(marleen, 'hr-here', HR);
  });

  it('refuses hr-here from someone who is not HR, and outside a channel explains where it works', async () => {
    const notHr = await t.slack.command(bart, 'hr-here', 'C0RANDOM');
    expect(shownText(notHr.calls)).toMatch(/Only the Herstart administrator/i);
    const inDm = await t.slack.command(marleen, 'hr-here');
    expect(shownText(inDm.calls)).toContain('/herstart hr hier');
    expect((await t.app.store.refs.get(tenantId, 'hr:slack', 'slack'))!.ref).toMatchObject({ channelId: HR });
  });

  it('lets the administrator name HR with /herstart hr-add @colleague', async () => {
    const turn = await t.slack.command(marleen, `hr-add <@${bart.id}|bart>`, HR);
    expect(shownText(turn.calls)).toContain('Bart Peeters ontvangt voortaan HR-meldingen');
    const person = (await t.app.store.people.findByIdentity(tenantId, `slack:${t.fakeSlack.teamId}:${bart.id}`))!.value;
    expect(person.roles).toContain('hr');
    // Answered privately in Marleen's DM, not in the channel it was typed in.
    expect(turn.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.params.channel)).toEqual([`D${marleen.id}`]);
    await t.slack.command(marleen, `hr-remove <@${bart.id}|bart>`, HR);
  });

  it('says privately that something went wrong when a command cannot be answered', async () => {
    const nobody: SlackUser = { id: 'U0NODM', name: 'Nog Niemand' };
    t.fakeSlack.fail('conversations.open', { error: 'missing_scope' }, { count: Infinity, when: (p) => p.users === nobody.id });
    const turn = await t.slack.command(nobody, 'hulp', 'C0GENERAL');
    expect(turn.status).toBe(200);
    expect(t.fakeSlack.responses).toHaveLength(1);
    expect(t.fakeSlack.responses[0]!.body).toMatchObject({ response_type: 'ephemeral' });
    expect(t.fakeSlack.responses[0]!.body.text).toContain('er ging iets mis');
    expect(t.fakeSlack.responses[0]!.body.text).not.toMatch(/missing_scope|Error|at /);
  });

  it('marks a closed DM dead when the person is gone, and tells HR in its channel, once', async () => {
    const delivery = new Delivery(t.app.store, t.app.senders, t.clock, t.app.logger);
    const person = (await t.app.store.people.findByIdentity(tenantId, `slack:${t.fakeSlack.teamId}:${bart.id}`))!.value;
    t.fakeSlack.fail('chat.postMessage', { error: 'channel_not_found' }, { count: Infinity, when: (p) => p.channel === `D${bart.id}` });
    t.fakeSlack.fail('conversations.open', { error: 'account_inactive' }, { count: Infinity, when: (p) => p.users === bart.id });

    const report = await delivery.toPerson(tenantId, person.id, 'manager', () => [text('Tijd voor contact met Sanne')]);
    expect(report).toEqual({ outcome: { status: 'dead', reason: 'account_inactive' }, channel: 'slack' });
    expect(await t.app.store.refs.get(tenantId, person.id, 'slack')).toMatchObject({ dead: true });
    const toHr = t.fakeSlack.of('chat.postMessage').filter((c) => c.params.channel === HR);
    expect(toHr).toHaveLength(1);
    expect(toHr[0]!.params.text).toContain('Bart Peeters');

    const again = await delivery.toPerson(tenantId, person.id, 'manager', () => [text('nog eens')]);
    expect(again.outcome.status).toBe('dead');
    expect(t.fakeSlack.of('chat.postMessage').filter((c) => c.params.channel === `D${bart.id}`)).toHaveLength(1);
    expect(t.fakeSlack.of('chat.postMessage').filter((c) => c.params.channel === HR)).toHaveLength(1);
  });

  it('reopens a DM Slack no longer knows and delivers there', async () => {
    const delivery = new Delivery(t.app.store, t.app.senders, t.clock, t.app.logger);
    const person = (await t.app.store.people.findByIdentity(tenantId, `slack:${t.fakeSlack.teamId}:${marleen.id}`))!.value;
    t.fakeSlack.fail('chat.postMessage', { error: 'channel_not_found' }, { when: (p) => p.channel === `D${marleen.id}` });
    const report = await delivery.toPerson(tenantId, person.id, 'manager', () => [text('Tijd voor contact met Sanne')]);
    expect(report.outcome).toEqual({ status: 'sent' });
    expect(t.fakeSlack.of('conversations.open').map((c) => c.params.users)).toEqual([marleen.id]);
    expect(t.fakeSlack.of('chat.postMessage')).toHaveLength(2);
  });

  it('waits out a 429 with Retry-After while answering someone, and the answer still arrives', async () => {
    t.fakeSlack.fail('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    const turn = await t.slack.dm(marleen, 'hulp');
    expect(turn.status).toBe(200);
    const posts = turn.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(shownText([posts[1]!])).toContain('Wat Herstart voor je doet');
  });

  it('acknowledges before the work: a slow Web API never delays the answer to Slack', async () => {
    t.fakeSlack.slow('users.info', 400);
    const before = Date.now();
    const res = await fetch(`${t.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...t.slack.sign(body()) },
      body: body(),
    });
    const answeredAt = Date.now();
    expect(res.status).toBe(200);
    await t.app.slack!.idle();
    const post = t.fakeSlack.of('chat.postMessage')[0]!;
    // The order is the point: Slack had its 200 before Herstart looked the person up and answered.
    expect(answeredAt).toBeLessThan(post.at);
    expect(t.fakeSlack.of('users.info')[0]!.at).toBeGreaterThanOrEqual(before);
    function body() {
      return JSON.stringify(t.slack.eventEnvelope({ type: 'message', channel_type: 'im', channel: `D${bart.id}x`, user: 'U0NEWCOMER', text: 'help' }, 'EvSLOW'));
    }
  });

  it('closes a modal whose answer takes too long, and answers in the DM instead', async () => {
    const opened = await t.slack.command(marleen, 'instellingen');
    const view = { ...opened.calls.find((c) => c.method === 'views.open')!.params.view, id: 'V-setup' };
    // Someone Herstart has not met yet: looking them up is slow, past the modal's budget.
    const late: SlackUser = { id: 'U0LATE', name: 'Late Comer' };
    t.fakeSlack.addUser({ id: late.id, name: 'late', realName: late.name });
    t.fakeSlack.slow('users.info', 2300);
    const turn = await t.slack.submitView(late, view, stateFor(view.blocks, { jurisdiction: 'BE', employerSize: '40', locale: 'nl-BE' }));
    expect(turn.status).toBe(200);
    expect(turn.body).toBe('');
    const users = turn.calls.find((c) => c.method === 'users.info')!;
    const dm = turn.calls.find((c) => c.method === 'chat.postMessage')!;
    expect(dm.params.channel).toBe(`D${late.id}`);
    expect(shownText([dm])).toContain('Alleen de beheerder');
    expect(dm.at - users.at).toBeGreaterThanOrEqual(2300);
    const tenant = (await t.app.store.tenants.get(tenantId))!.value;
    expect(tenant.settings.jurisdiction).toBe('NL');
  });
});
