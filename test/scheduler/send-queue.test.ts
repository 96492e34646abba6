// The channel queue around the real TeamsSender, against the local fake Bot Connector.
import { TurnContext } from 'botbuilder';
import { createTeamsAdapter } from '../../src/channels/teams/teams-adapter';
import { TeamsSender, defaultSenderOptions } from '../../src/channels/teams/teams-sender';
import { Pacer } from '../../src/scheduler/pacer';
import { QueuedSender, realQueueDeps, type ChannelLimits } from '../../src/scheduler/send-queue';
import type { ConversationRef } from '../../src/store/types';
import { FakeConnector } from '../support/fake-connector';

const connector = new FakeConnector();
let sender: TeamsSender;

function refFor(conversationId: string, tenantId = 't1'): ConversationRef {
  const activity = {
    type: 'message',
    channelId: 'msteams',
    serviceUrl: connector.url,
    from: { id: '29:user' },
    recipient: { id: '28:bot' },
    conversation: { id: conversationId, tenantId: 'aad-1' },
  };
  return {
    tenantId,
    ownerId: `owner-${conversationId}`,
    channel: 'teams',
    ref: TurnContext.getConversationReference(activity as never) as unknown as Record<string, unknown>,
    updatedAt: '2026-01-01T00:00:00Z',
    dead: false,
  };
}

const limits = (over: Partial<ChannelLimits> = {}): ChannelLimits => ({
  tenantRate: 200,
  tenantCap: 200,
  conversationRate: 100,
  conversationBurst: 10,
  concurrency: 8,
  throttleRetries: 3,
  ...over,
});

beforeAll(async () => {
  await connector.start();
  const adapter = createTeamsAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '', maxActivityBytes: 4096 });
  sender = new TeamsSender(adapter, '', () => ({ type: 'AdaptiveCard', version: '1.5', body: [] }), {
    ...defaultSenderOptions,
    retryThrottled: false,
  });
});
afterAll(() => connector.stop());
beforeEach(() => connector.reset());

const text = (t: string) => ({ type: 'text' as const, text: t });

describe('channel send queue', () => {
  it('pauses the whole tenant on a 429, honouring Retry-After, and retries the message once', async () => {
    const q = new QueuedSender(sender, limits(), { ...realQueueDeps, random: () => 0 });
    connector.failNext('conv-a', { status: 429, retryAfterSeconds: 1 });
    const a = q.send(refFor('conv-a'), [text('to a')]);
    await connector.waitFor((c) => c.conversationId === 'conv-a' && c.status === 429);
    while (q.stats.throttled === 0) await new Promise((r) => setTimeout(r, 2));
    const throttledAt = Date.now();
    const b = q.send(refFor('conv-b'), [text('to b')]);
    // Another tenant is not held up.
    const other = q.send(refFor('conv-c', 't2'), [text('to c')]);
    expect(await other).toEqual({ status: 'sent' });
    expect(await Promise.all([a, b])).toEqual([{ status: 'sent' }, { status: 'sent' }]);
    const bAt = connector.delivered('conv-b')[0]!.at;
    expect(bAt - throttledAt).toBeGreaterThanOrEqual(900);
    expect(connector.delivered('conv-a')).toHaveLength(1);
    expect(connector.delivered('conv-c')[0]!.at - throttledAt).toBeLessThan(900);
    expect(q.stats.throttled).toBe(1);
  });

  it('lets no more than the cap leave for one tenant in any second, even after the event loop stalled', async () => {
    const left: number[] = [];
    const recording = { channel: sender.channel, send: (ref: ConversationRef, m: Parameters<TeamsSender['send']>[1]) => (left.push(Date.now()), sender.send(ref, m)) };
    const q = new QueuedSender(recording, limits({ tenantRate: 38, tenantCap: 40, concurrency: 40 }), realQueueDeps);
    // Half a second in, the process is busy for 400 ms (a big card, a GC): the sends whose slots
    // passed meanwhile would all leave together when it frees up.
    const stall = setTimeout(() => {
      const until = Date.now() + 400;
      while (Date.now() < until);
    }, 500);
    await Promise.all(Array.from({ length: 100 }, (_, i) => q.send(refFor(`conv-${i}`), [text('hallo')])));
    clearTimeout(stall);
    expect(left).toHaveLength(100);
    // Counted over 995 ms: the queue counts a request when it lets it go, this wrapper a
    // millisecond or so later, and under load that can put one more into a full second.
    let peak = 0;
    for (let i = 0, j = 0; j < left.length; j++) {
      while (left[j]! - left[i]! >= 995) i++;
      peak = Math.max(peak, j - i + 1);
    }
    expect(peak).toBeLessThanOrEqual(40);
    expect(connector.delivered().length).toBe(100);
  }, 20_000);

  it('never repeats a message that arrived when a later one is throttled', async () => {
    const q = new QueuedSender(sender, limits(), { ...realQueueDeps, random: () => 0 });
    connector.script('conv-a', [null, { status: 429, retryAfterSeconds: 0 }]);
    expect(await q.send(refFor('conv-a'), [text('one'), text('two'), text('three')])).toEqual({ status: 'sent' });
    expect(connector.delivered('conv-a').map((c) => c.body.text)).toEqual(['one', 'two', 'three']);
  });

  it('gives up with "throttled" when the platform keeps refusing', async () => {
    const q = new QueuedSender(sender, limits({ throttleRetries: 2 }), { ...realQueueDeps, random: () => 0 });
    connector.failAlways('conv-a', { status: 429, retryAfterSeconds: 0 });
    const out = await q.send(refFor('conv-a'), [text('x')]);
    expect(out.status).toBe('throttled');
    expect(connector.calls.filter((c) => c.conversationId === 'conv-a')).toHaveLength(3);
  });

  it('keeps one conversation under its own limit while others go at the tenant rate', async () => {
    const q = new QueuedSender(sender, limits({ conversationRate: 20, conversationBurst: 2 }));
    const started = Date.now();
    await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => q.send(refFor('hr-channel'), [text(`e${i}`)])),
      ...Array.from({ length: 8 }, (_, i) => q.send(refFor(`dm-${i}`), [text('n')])),
    ]);
    const hr = connector.delivered('hr-channel').map((c) => c.at - started);
    // 8 messages, 2 at once then 20 per second: the last leaves after about 300 ms.
    expect(hr).toHaveLength(8);
    expect(Math.max(...hr)).toBeGreaterThanOrEqual(250);
    const dms = connector.delivered().filter((c) => c.conversationId?.startsWith('dm-')).map((c) => c.at - started);
    expect(Math.max(...dms)).toBeLessThan(Math.max(...hr));
  });

  it('reports a dead conversation at once without retrying', async () => {
    const q = new QueuedSender(sender, limits());
    connector.failAlways('conv-a', { status: 403 });
    expect((await q.send(refFor('conv-a'), [text('x')])).status).toBe('dead');
    expect(connector.calls).toHaveLength(1);
  });
});

describe('pacer', () => {
  it('spaces sends at the rate, lets a burst through, and slows down after a 429', () => {
    const p = new Pacer({ ratePerSecond: 10, burst: 3 });
    expect([p.reserve(0), p.reserve(0), p.reserve(0), p.reserve(0)]).toEqual([0, 0, 0, 100]);
    p.throttle(0, 1000);
    expect(p.isPaused(500)).toBe(true);
    expect(p.reserve(0)).toBeGreaterThanOrEqual(1000);
    const slowed = p.currentRate;
    expect(slowed).toBeLessThan(10);
    // More 429s from sends already under way during the same pause do not slow it again.
    p.throttle(200, 1000);
    expect(p.currentRate).toBe(slowed);
    for (let i = 0; i < 3000; i++) p.succeeded();
    expect(p.currentRate).toBeCloseTo(10, 1);
  });
});
