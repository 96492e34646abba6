// What Slack traffic must never do: get in without a valid signature, be replayed, crash the
// server with a malformed payload, or be handled twice when Slack retries.
import { createHmac } from 'node:crypto';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { shownText, type SlackUser } from '../../support/slack-client';

const marleen: SlackUser = { id: 'U0MARLEEN', name: 'Marleen de Vries' };

describe('Slack: signatures, handshakes and bad input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ slack: true });
    t.fakeSlack.addUser({ id: marleen.id, name: 'marleen', realName: marleen.name });
  });
  afterAll(() => t.stop());
  beforeEach(() => t.fakeSlack.reset());

  it('answers url_verification with the challenge', async () => {
    const res = await t.slack.json({ type: 'url_verification', token: 'x', challenge: 'ch4ll3nge' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ challenge: 'ch4ll3nge' });
  });

  it('answers Slack\'s unsigned SSL check and nothing more', async () => {
    const res = await t.slack.send('ssl_check=1&token=x', 'application/x-www-form-urlencoded', { 'x-slack-signature': '' });
    expect(res.status).toBe(200);
    expect(res.calls).toHaveLength(0);
  });

  it('refuses a bad signature with 401 and does nothing', async () => {
    const body = JSON.stringify(t.slack.eventEnvelope({ type: 'message', channel_type: 'im', channel: 'DX', user: marleen.id, text: 'hulp' }));
    const forged = await t.slack.send(body, 'application/json', { 'x-slack-signature': 'v0=' + '0'.repeat(64) });
    expect(forged.status).toBe(401);
    const unsigned = await fetch(`${t.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    // Signed with another app's secret.
    const ts = String(Math.floor(Date.now() / 1000));
    const otherSig = `v0=${createHmac('sha256', 'another-apps-secret').update(`v0:${ts}:${body}`).digest('hex')}`;
    const other = await t.slack.send(body, 'application/json', { 'x-slack-signature': otherSig, 'x-slack-request-timestamp': ts });
    expect(other.status).toBe(401);
    expect(t.fakeSlack.calls).toHaveLength(0);
    expect(await t.app.store.tenants.findByChannelKey(`slack:${t.fakeSlack.teamId}`)).toBeNull();
  });

  it('refuses a timestamp older (or newer) than five minutes, even when correctly signed', async () => {
    const body = JSON.stringify(t.slack.eventEnvelope({ type: 'message', channel_type: 'im', channel: 'DX', user: marleen.id, text: 'hulp' }));
    const now = Math.floor(Date.now() / 1000);
    // Six minutes off, not five and a second: on a loaded machine the request may arrive a second or
    // two later, and a timestamp 301 s ahead is then within the five minutes (seen as a flaky 200).
    for (const ts of [now - 360, now + 360]) {
      const res = await t.slack.send(body, 'application/json', t.slack.sign(body, ts));
      expect(res.status).toBe(401);
    }
    const fresh = await t.slack.send(body, 'application/json', t.slack.sign(body, now - 200));
    expect(fresh.status).toBe(200);
    expect(t.fakeSlack.of('chat.postMessage').length).toBeGreaterThan(0);
  });

  it.each([
    ['broken JSON', '{"type": "event_callback", ', 'application/json'],
    ['a JSON array', '[1,2,3]', 'application/json'],
    ['an event without an event', JSON.stringify({ type: 'event_callback', team_id: 'T1', event_id: 'Ev1' }), 'application/json'],
    ['a message event without a channel', JSON.stringify({ type: 'event_callback', team_id: 'T1', event_id: 'Ev2', event: { type: 'message', user: 'U1' } }), 'application/json'],
    ['a payload that is not JSON', 'payload=%7Bnot-json', 'application/x-www-form-urlencoded'],
    ['block_actions without actions', `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, team: { id: 'T1' }, trigger_id: 't', container: { type: 'message' }, actions: [] }))}`, 'application/x-www-form-urlencoded'],
    ['a view_submission without a view', `payload=${encodeURIComponent(JSON.stringify({ type: 'view_submission', user: { id: 'U1' }, team: { id: 'T1' } }))}`, 'application/x-www-form-urlencoded'],
    ['a slash command without a user', 'command=%2Fherstart&text=hulp&team_id=T1&channel_id=C1&trigger_id=t&response_url=http%3A%2F%2Fx', 'application/x-www-form-urlencoded'],
    ['a form that is neither', 'hello=world', 'application/x-www-form-urlencoded'],
  ])('answers %s with 400 and keeps running', async (_what, body, contentType) => {
    const res = await t.slack.send(body, contentType);
    expect(res.status).toBe(400);
    expect(res.calls).toHaveLength(0);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('answers an oversized body with 413', async () => {
    const body = JSON.stringify(t.slack.eventEnvelope({ type: 'message', channel: 'D1', text: 'x'.repeat(1_100_000) }));
    const res = await t.slack.send(body, 'application/json');
    expect(res.status).toBe(413);
  });

  it('acknowledges an event type it does not handle without doing anything', async () => {
    const res = await t.slack.json(t.slack.eventEnvelope({ type: 'reaction_added', user: marleen.id, reaction: 'wave' }));
    expect(res.status).toBe(200);
    expect(res.calls.filter((c) => c.method !== 'auth.test')).toHaveLength(0);
  });

  it('handles an event once when Slack retries it', async () => {
    const envelope = t.slack.eventEnvelope({ type: 'message', channel_type: 'im', channel: 'DU0MARLEEN', user: marleen.id, text: 'hulp', ts: '1.1' }, 'EvRETRY1');
    const first = await t.slack.json(envelope);
    expect(first.status).toBe(200);
    expect(shownText(first.calls)).toContain('Wat Herstart voor je doet');
    const posts = t.fakeSlack.of('chat.postMessage').length;
    for (const n of ['1', '2']) {
      const retry = await t.slack.json(envelope, { 'x-slack-retry-num': n, 'x-slack-retry-reason': 'http_timeout' });
      expect(retry.status).toBe(200);
    }
    expect(t.fakeSlack.of('chat.postMessage')).toHaveLength(posts);
  });
});
