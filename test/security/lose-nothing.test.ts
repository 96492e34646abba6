// Nothing acknowledged is lost (issue 13, points 13 and 15): a delivery is marked done after the
// work, so a Teams message whose turn failed is answered when it comes again, and a Slack event
// whose handling failed after its ack is handled from the store once Slack works again. A
// cancelled Slack installation gets a friendly page.
import { startTestApp, type TestApp } from '../support/app-harness';
import { shownText, type SlackUser } from '../support/slack-client';
import type { TeamsUser } from '../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const anna: SlackUser = { id: 'U0ANNA', name: 'Anna Peeters' };

/** Real time plus an offset the test moves: to see a lease or a retry delay run out without waiting. */
class MovableClock {
  private offset = 0;
  now(): Date {
    return new Date(Date.now() + this.offset);
  }
  advance(ms: number): void {
    this.offset += ms;
  }
}

describe('Teams: done after the work (point 13)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('answers a re-sent message whose first turn failed, and a message once however often it arrives', async () => {
    const conversation = t.teams.personal(marleen).id;
    const activity = t.teams.activity(marleen, t.teams.personal(marleen), { type: 'message', text: 'hulp' });
    // The connector refuses every reply: the turn fails (the user would be told, if that got through).
    t.connector.failAlways(conversation, { status: 403 });
    const first = await t.teams.post(activity);
    expect(first.status).toBe(200);
    expect(t.connector.delivered(conversation)).toHaveLength(0);

    t.connector.reset();
    const again = await t.teams.turn(activity);
    expect(again.length).toBeGreaterThan(0);
    expect(t.connector.delivered(conversation).length).toBe(again.length);

    // Done now: repeats, also several at once, are not handled again.
    const repeats = await Promise.all([t.teams.turn(activity), t.teams.turn(activity), t.teams.turn(activity)]);
    expect(repeats.flat()).toHaveLength(0);
  });

  it('handles two copies arriving together once', async () => {
    const activity = t.teams.activity(marleen, t.teams.personal(marleen), { type: 'message', text: 'mijn casussen' });
    const answers = () => t.connector.delivered(t.teams.personal(marleen).id).filter((c) => c.body.replyToId === activity.id);
    await Promise.all([t.teams.post(activity), t.teams.post(activity)]);
    expect(answers()).toHaveLength(1);
  });
});

describe('Slack: kept in the store, done after the work (points 13 and 14)', () => {
  let t: TestApp;
  const wall = new MovableClock();
  beforeAll(async () => {
    t = await startTestApp({ slack: true, wallClock: wall });
    t.fakeSlack.addUser({ id: anna.id, name: 'anna', realName: anna.name });
  });
  afterAll(() => t.stop());

  it('handles an event whose answer could not reach Slack once Slack works again, exactly once', async () => {
    t.fakeSlack.reset();
    // Slack has an outage: every message post fails for now.
    t.fakeSlack.fail('chat.postMessage', { error: 'service_unavailable' }, { count: Infinity });
    const envelope = t.slack.eventEnvelope({ type: 'message', channel_type: 'im', channel: 'DU0ANNA', user: anna.id, text: 'hulp', ts: '1.1' }, 'EvOUTAGE1');
    const turn = await t.slack.json(envelope);
    expect(turn.status).toBe(200);
    const posted = () => t.fakeSlack.of('chat.postMessage').filter((c) => c.params.channel === 'DU0ANNA');
    const attempts = posted().length;
    expect(attempts).toBeGreaterThan(0);

    // Slack re-sends the event (as if our ack had been lost): it is in hand, not handled twice.
    const retry = await t.slack.json(envelope, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    expect(posted()).toHaveLength(attempts);

    // Not yet due again: nothing happens.
    expect(await t.app.slack!.recover()).toBe(0);
    t.fakeSlack.reset();
    wall.advance(11_000);
    expect(await t.app.slack!.recover()).toBe(1);
    expect(shownText(t.fakeSlack.of('chat.postMessage'))).toContain('Wat Herstart voor je doet');
    const answers = t.fakeSlack.of('chat.postMessage').length;
    // Done now: neither Slack nor recovery brings it back.
    wall.advance(3_600_000);
    expect(await t.app.slack!.recover()).toBe(0);
    await t.slack.json(envelope, { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    expect(t.fakeSlack.of('chat.postMessage')).toHaveLength(answers);
  });

  it('picks up an acknowledged event whose process died, once its lease has run out', async () => {
    t.fakeSlack.reset();
    // What a process that died after the ack leaves behind: the event kept, claimed, never done.
    const envelope = t.slack.eventEnvelope({ type: 'message', channel_type: 'im', channel: 'DU0ANNA', user: anna.id, text: 'mijn casussen', ts: '2.1' }, 'EvDEAD1');
    const claim = await t.app.store.inbox.claim(`slack:event:${t.fakeSlack.teamId}:EvDEAD1`, { now: wall.now(), leaseMs: 15_000, payload: envelope });
    expect(claim.state).toBe('claimed');
    expect(await t.app.slack!.recover()).toBe(0);
    wall.advance(16_000);
    expect(await t.app.slack!.recover()).toBe(1);
    expect(shownText(t.fakeSlack.of('chat.postMessage'))).toMatch(/casussen/i);
    // Slack's own re-send of it now finds it done.
    const before = t.fakeSlack.of('chat.postMessage').length;
    const again = await t.slack.json(envelope, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(again.status).toBe(200);
    expect(t.fakeSlack.of('chat.postMessage')).toHaveLength(before);
  });

  it('says 503 (so Slack sends it again) when the store cannot keep the event', async () => {
    t.fakeSlack.reset();
    const db = (t.app.store as unknown as { db: import('better-sqlite3').Database }).db;
    db.pragma('query_only = ON');
    try {
      const turn = await t.slack.json(t.slack.eventEnvelope({ type: 'message', channel_type: 'im', channel: 'DU0ANNA', user: anna.id, text: 'hulp', ts: '3.1' }));
      expect(turn.status).toBe(503);
      expect(t.fakeSlack.of('chat.postMessage')).toHaveLength(0);
    } finally {
      db.pragma('query_only = OFF');
    }
  });
});

describe('Slack OAuth: a cancelled installation (point 15)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      slack: true,
      env: {
        SLACK_BOT_TOKEN: '', SLACK_CLIENT_ID: '1234.5678', SLACK_CLIENT_SECRET: 'client-secret', SLACK_STATE_SECRET: 'state-secret-for-tests-0123',
        SLACK_TOKEN_KEY: Buffer.alloc(32, 42).toString('base64'),
      },
    });
  });
  afterAll(() => t.stop());

  it('shows a friendly page saying nothing was installed, in Dutch, English or French', async () => {
    const install = await fetch(`${t.url}/slack/install`, { redirect: 'manual' });
    const state = new URL(install.headers.get('location')!).searchParams.get('state')!;
    const cookie = install.headers.get('set-cookie')!.split(';')[0]!;
    const cancelled = await fetch(`${t.url}/slack/oauth_redirect?error=access_denied&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    expect(cancelled.status).toBe(200);
    const page = await cancelled.text();
    expect(page).toContain('Herstart is niet geïnstalleerd');
    expect(page).toContain('Er is niets geïnstalleerd');
    expect(page).not.toMatch(/error|stack|cancelled the OAuth/i);

    const english = await fetch(`${t.url}/slack/oauth_redirect?error=access_denied`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(english.status).toBe(200);
    expect(await english.text()).toContain('Nothing was installed');
    const french = await fetch(`${t.url}/slack/oauth_redirect?error=access_denied`, { headers: { 'accept-language': 'fr-BE,fr;q=0.9' } });
    const frenchPage = await french.text();
    expect(frenchPage).toContain('<html lang="fr">');
    expect(frenchPage).toContain('Rien n’a été installé');
    expect(t.fakeSlack.of('oauth.v2.access')).toHaveLength(0);
    expect(await t.app.store.kv.get('slack-installation', 'team:T0OAUTH')).toBeNull();
  });

  it('answers a stale or foreign link with a 400 page, not a stack trace', async () => {
    const res = await fetch(`${t.url}/slack/oauth_redirect?code=x&state=forged`, { headers: { cookie: 'slack-app-oauth-state=other' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('installatielink is verlopen');
  });
});
