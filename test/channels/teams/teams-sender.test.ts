import { TurnContext } from 'botbuilder';
import { createTeamsAdapter } from '../../../src/channels/teams/teams-adapter';
import { TeamsSender, defaultSenderOptions } from '../../../src/channels/teams/teams-sender';
import type { ConversationRef } from '../../../src/store/types';
import { FakeConnector } from '../../support/fake-connector';

describe('TeamsSender', () => {
  const connector = new FakeConnector();
  let ref: ConversationRef;
  const waits: number[] = [];
  let sender: TeamsSender;

  beforeAll(async () => {
    const url = await connector.start();
    const adapter = createTeamsAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '', maxActivityBytes: 4096 });
    sender = new TeamsSender(adapter, '', () => ({ type: 'AdaptiveCard', version: '1.5', body: [] }), {
      ...defaultSenderOptions,
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => 0.5,
    });
    const activity = {
      type: 'message',
      channelId: 'msteams',
      serviceUrl: url,
      from: { id: '29:manager' },
      recipient: { id: '28:bot' },
      conversation: { id: 'conv-1', tenantId: 'tenant-1' },
    };
    ref = {
      tenantId: 't1',
      ownerId: 'p1',
      channel: 'teams',
      ref: TurnContext.getConversationReference(activity as never) as unknown as Record<string, unknown>,
      updatedAt: '2026-01-01T00:00:00Z',
      dead: false,
    };
  });
  afterAll(() => connector.stop());
  beforeEach(() => {
    connector.reset();
    waits.length = 0;
  });

  it('delivers text and cards to the conversation', async () => {
    const out = await sender.send(ref, [
      { type: 'text', text: 'Hallo' },
      { type: 'card', template: 'x', data: {}, summary: 'Een kaart' },
    ]);
    expect(out).toEqual({ status: 'sent' });
    const sent = connector.sent('conv-1');
    expect(sent.map((c) => c.body.text ?? c.body.attachments?.[0]?.contentType)).toEqual([
      'Hallo',
      'application/vnd.microsoft.card.adaptive',
    ]);
    expect(sent[1]!.body.summary).toBe('Een kaart');
  });

  it.each([429, 412, 502, 504])('retries a %i once the wait is over, honouring Retry-After', async (status) => {
    connector.failNext('conv-1', { status, retryAfterSeconds: 2 });
    expect(await sender.send(ref, [{ type: 'text', text: 'x' }])).toEqual({ status: 'sent' });
    expect(waits).toEqual([2000]);
    expect(connector.calls).toHaveLength(2);
  });

  it('backs off exponentially with jitter when no Retry-After is given', async () => {
    connector.failNext('conv-1', { status: 502 }, 3);
    expect(await sender.send(ref, [{ type: 'text', text: 'x' }])).toEqual({ status: 'sent' });
    expect(waits).toEqual([250, 500, 1000]);
  });

  it('reports throttling when 429 persists, with the server wait', async () => {
    connector.failNext('conv-1', { status: 429, retryAfterSeconds: 7 }, 10);
    expect(await sender.send(ref, [{ type: 'text', text: 'x' }])).toEqual({ status: 'throttled', retryAfterMs: 7000 });
    expect(connector.calls).toHaveLength(defaultSenderOptions.maxAttempts);
  });

  it.each([
    [403, 'forbidden'],
    [404, 'not found'],
  ])('classifies %i as a dead conversation without retrying', async (status, reason) => {
    connector.failNext('conv-1', { status });
    const out = await sender.send(ref, [{ type: 'text', text: 'x' }]);
    expect(out.status).toBe('dead');
    expect(out.status === 'dead' && out.reason).toContain(reason);
    expect(connector.calls).toHaveLength(1);
  });

  it('never repeats a message that arrived when a later one is retried', async () => {
    connector.script('conv-1', [null, { status: 502 }]);
    const out = await sender.send(ref, [
      { type: 'text', text: 'een' },
      { type: 'text', text: 'twee' },
    ]);
    expect(out).toEqual({ status: 'sent' });
    expect(connector.calls.map((c) => c.body.text)).toEqual(['een', 'twee', 'twee']);
  });

  it('reports other failures as failed', async () => {
    connector.failNext('conv-1', { status: 500 });
    const out = await sender.send(ref, [{ type: 'text', text: 'x' }]);
    expect(out).toEqual({ status: 'failed', error: expect.stringContaining('HTTP 500') });
  });
});
