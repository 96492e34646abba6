// Delivery to HR without an HR channel: every HR person gets the message, and the outcome says
// "sent" when at least one did, so the scheduler does not send it again to those who have it.
import pino from 'pino';
import { bindCard } from '../../src/cards/bind';
import { createTeamsAdapter } from '../../src/channels/teams/teams-adapter';
import { TeamsSender, defaultSenderOptions } from '../../src/channels/teams/teams-sender';
import { text } from '../../src/core/card';
import { Delivery } from '../../src/core/delivery';
import { FakeConnector } from '../support/fake-connector';
import { cardText, makeRig, runUntil } from '../support/scheduler-rig';
import { addCase, addConversation, addPerson, makeWorld, VirtualClock, type World } from '../support/scheduler-world';

const connector = new FakeConnector();
beforeAll(() => connector.start());
afterAll(() => connector.stop());
beforeEach(() => connector.reset());

let w: World;
beforeEach(async () => {
  w = await makeWorld({ serviceUrl: connector.url });
  // Two HR people, no HR channel; Zoë (listed last) has blocked the app.
  await addPerson(w, 'hr-a', ['hr'], { displayName: 'Anna HR' });
  await addPerson(w, 'hr-z', ['hr'], { displayName: 'Zoë HR' });
  await addConversation(w, 'hr-a');
  await addConversation(w, 'hr-z');
});
afterEach(() => w.dispose());

function delivery(clock = new VirtualClock(Date.parse('2026-01-05T09:00:00Z'))): Delivery {
  const adapter = createTeamsAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '', maxActivityBytes: 256 * 1024 });
  const sender = new TeamsSender(adapter, '', bindCard, { ...defaultSenderOptions, retryThrottled: false, sleep: async () => {} });
  return new Delivery(w.store, [sender], clock, pino({ level: 'silent' }));
}

describe('Delivery.toHr without an HR channel', () => {
  it('is sent when one HR person got it, though another could not be reached', async () => {
    connector.failAlways('conv-hr-z', { status: 403 });
    const report = await delivery().toHr('t1', () => [text('Voor HR')]);
    expect(report).toEqual({ outcome: { status: 'sent' }, channel: 'teams' });
    expect(connector.delivered('conv-hr-a')).toHaveLength(1);
    expect((await w.store.refs.get('t1', 'hr-z', 'teams'))!.dead).toBe(true);
  });

  it('asks for a retry when nobody got it and someone was only throttled', async () => {
    connector.failNext('conv-hr-a', { status: 429, retryAfterSeconds: 3 });
    connector.failAlways('conv-hr-z', { status: 403 });
    const report = await delivery().toHr('t1', () => [text('Voor HR')]);
    expect(report.outcome).toEqual({ status: 'throttled', retryAfterMs: 3000 });
  });

  it('says dead when there is no HR at all to reach', async () => {
    connector.failAlways('conv-hr-a', { status: 403 });
    connector.failAlways('conv-hr-z', { status: 403 });
    expect((await delivery().toHr('t1', () => [text('Voor HR')])).outcome.status).toBe('dead');
    expect((await delivery().toHr('t1', () => [text('Voor HR')])).outcome).toEqual({ status: 'dead', reason: 'no conversation with this person yet' });
  });

  it('lets the scheduler send an escalation once: the one who got it does not get it again', async () => {
    await addPerson(w, 'm1', ['manager'], { displayName: 'Sanne Jansen' });
    await addPerson(w, 'e1', ['employee'], { displayName: 'Anna de Vries' });
    await addConversation(w, 'm1');
    await addCase(w, 'c1', 'm1', 'e1', '2026-01-05');
    connector.failAlways('conv-hr-z', { status: 403 });
    const clock = new VirtualClock(Date.parse('2026-01-05T07:00:00Z'));
    const rig = makeRig(w.store, clock);
    await rig.replanner.replan('t1', 'c1');
    await runUntil(w.store, clock, [rig.scheduler], 't1', ['c1'], '2026-01-20T00:00:00Z');
    const escalations = connector.delivered('conv-hr-a').map(cardText).filter((c) => c.includes('Aandacht nodig'));
    const events = rig.events.filter((e) => e.kind === 'escalation');
    expect(events.length).toBeGreaterThan(0);
    expect(escalations).toHaveLength(events.length);
    expect(events.every((e) => e.outcome.status === 'sent')).toBe(true);
  });
});

describe('Delivery.toPerson with what the caller has just read', () => {
  it('takes the tenant and person from the caller, and the conversation as it is stored at the send', async () => {
    const stored = await addPerson(w, 'm1', ['manager'], { displayName: 'Sanne Jansen', locale: 'nl-NL' });
    await addConversation(w, 'm1', 'conv-m1-old');
    // She came back in a new conversation after the caller read her.
    await addConversation(w, 'm1', 'conv-m1-new');
    const langs: string[] = [];
    const report = await delivery().toPerson('t1', 'm1', 'manager', (lang) => {
      langs.push(lang);
      return [text('Hallo')];
    }, { tenant: w.tenant, person: { ...stored, locale: 'en' } });
    expect(report).toEqual({ outcome: { status: 'sent' }, channel: 'teams' });
    expect(langs).toEqual(['en']);
    expect(connector.delivered('conv-m1-new')).toHaveLength(1);
    expect(connector.delivered('conv-m1-old')).toHaveLength(0);
  });

  it('reads them itself when the caller knows someone else', async () => {
    await addPerson(w, 'm1', ['manager'], { locale: 'nl-NL' });
    const other = await addPerson(w, 'm2', ['manager'], { locale: 'en' });
    await addConversation(w, 'm1');
    const langs: string[] = [];
    await delivery().toPerson('t1', 'm1', 'manager', (lang) => {
      langs.push(lang);
      return [text('Hallo')];
    }, { tenant: w.tenant, person: other });
    expect(langs).toEqual(['nl-NL']);
  });
});
