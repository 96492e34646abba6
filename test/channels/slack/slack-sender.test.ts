// SlackSender against the fake Web API: retries with backoff that honours Retry-After, throttling
// reported when it persists, and each kind of "gone" classified as dead.
import pino from 'pino';
import { SlackRenderer } from '../../../src/channels/slack/slack-render';
import { SlackSender, defaultSlackSenderOptions } from '../../../src/channels/slack/slack-sender';
import type { ConversationRef } from '../../../src/store/types';
import { FakeSlack } from '../../support/fake-slack';

const card = { type: 'card' as const, template: 'x', data: {}, summary: 'Een kaart' };

describe('SlackSender', () => {
  const fake = new FakeSlack();
  const waits: number[] = [];
  let sender: SlackSender;
  let tokens: Record<string, string | null> = {};
  const dm: ConversationRef = {
    tenantId: 't1',
    ownerId: 'p1',
    channel: 'slack',
    ref: { teamId: 'T1', enterpriseId: null, kind: 'dm', channelId: 'D0001', userId: 'U0001' },
    updatedAt: '2026-01-01T00:00:00Z',
    dead: false,
  };
  const hrChannel: ConversationRef = { ...dm, ownerId: 'hr:slack', ref: { teamId: 'T1', enterpriseId: null, kind: 'channel', channelId: 'C0HR' } };

  beforeAll(async () => {
    await fake.start();
    const renderer = new SlackRenderer(() => ({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Kaart' }] }));
    sender = new SlackSender(
      { tokenFor: async (a) => (a.teamId in tokens ? tokens[a.teamId]! : 'xoxb-t1'), apiUrl: fake.apiUrl, renderer, logger: pino({ level: 'silent' }) },
      { ...defaultSlackSenderOptions, sleep: async (ms) => void waits.push(ms), random: () => 0.5 },
    );
  });
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.reset();
    waits.length = 0;
    tokens = {};
  });

  it('posts text and cards to the DM, with the workspace token', async () => {
    expect(await sender.send(dm, [{ type: 'text', text: 'Hallo **Marleen**' }, card])).toEqual({ status: 'sent' });
    const posts = fake.of('chat.postMessage');
    expect(posts.map((p) => [p.params.channel, p.params.text])).toEqual([
      ['D0001', 'Hallo *Marleen*'],
      ['D0001', 'Een kaart'],
    ]);
    expect(posts[1]!.params.blocks[0]).toMatchObject({ type: 'section' });
    expect(posts.every((p) => p.token === 'xoxb-t1')).toBe(true);
  });

  it('waits as long as Retry-After says, then delivers', async () => {
    fake.fail('chat.postMessage', { status: 429, retryAfterSeconds: 2 });
    expect(await sender.send(dm, [{ type: 'text', text: 'x' }])).toEqual({ status: 'sent' });
    expect(waits).toEqual([2000]);
    expect(fake.of('chat.postMessage')).toHaveLength(2);
  });

  it('backs off exponentially with jitter on Slack\'s own hiccups', async () => {
    fake.fail('chat.postMessage', { error: 'internal_error' }, { count: 3 });
    expect(await sender.send(dm, [{ type: 'text', text: 'x' }])).toEqual({ status: 'sent' });
    expect(waits).toEqual([250, 500, 1000]);
  });

  it('reports throttling when the rate limit persists, with Slack\'s wait', async () => {
    fake.fail('chat.postMessage', { status: 429, retryAfterSeconds: 7 }, { count: 10 });
    expect(await sender.send(dm, [{ type: 'text', text: 'x' }])).toEqual({ status: 'throttled', retryAfterMs: 7000 });
    expect(fake.of('chat.postMessage')).toHaveLength(defaultSlackSenderOptions.maxAttempts);
  });

  it.each(['not_in_channel', 'is_archived', 'channel_not_found'])('marks the HR channel dead on %s, without retrying', async (error) => {
    fake.fail('chat.postMessage', { error }, { count: Infinity });
    expect(await sender.send(hrChannel, [{ type: 'text', text: 'x' }])).toEqual({ status: 'dead', reason: error });
    expect(fake.of('chat.postMessage')).toHaveLength(1);
    expect(fake.of('conversations.open')).toHaveLength(0);
  });

  it.each(['account_inactive', 'user_not_found', 'cannot_dm_bot'])('marks a DM dead when reopening it says %s', async (error) => {
    fake.fail('chat.postMessage', { error: 'channel_not_found' }, { count: Infinity });
    fake.fail('conversations.open', { error }, { count: Infinity });
    expect(await sender.send(dm, [{ type: 'text', text: 'x' }])).toEqual({ status: 'dead', reason: error });
  });

  it('marks every address in a workspace dead once Herstart is uninstalled there', async () => {
    tokens = { T1: null };
    expect(await sender.send(dm, [{ type: 'text', text: 'x' }])).toMatchObject({ status: 'dead' });
    fake.fail('chat.postMessage', { error: 'token_revoked' });
    tokens = {};
    expect(await sender.send(dm, [{ type: 'text', text: 'x' }])).toEqual({ status: 'dead', reason: 'token_revoked' });
  });

  it('fails (without marking anything dead) on configuration problems and foreign addresses', async () => {
    fake.fail('chat.postMessage', { error: 'missing_scope' });
    expect(await sender.send(dm, [{ type: 'text', text: 'x' }])).toEqual({ status: 'failed', error: 'missing_scope' });
    expect(await sender.send({ ...dm, ref: { serviceUrl: 'https://teams' } }, [{ type: 'text', text: 'x' }])).toMatchObject({ status: 'failed' });
  });

  it('stops at the first message that cannot go, so nothing arrives out of order', async () => {
    fake.fail('chat.postMessage', { error: 'msg_too_long' }, { when: (p) => p.text === 'twee' });
    expect(await sender.send(dm, ['een', 'twee', 'drie'].map((t) => ({ type: 'text' as const, text: t })))).toMatchObject({ status: 'failed' });
    expect(fake.of('chat.postMessage').map((c) => c.params.text)).toEqual(['een', 'twee']);
  });
});
