// Every default escalation rule, end to end: facts recorded in the store, the case re-planned by
// the change listener, and HR's card arriving in the HR channel with the reason in words.
import type { CaseRecord } from '../../src/store/types';
import { localIso } from '../../src/domain/schedule/delivery-window';
import { FakeConnector } from '../support/fake-connector';
import { cardText, makeRig, runUntil, type Rig } from '../support/scheduler-rig';
import { addConversation, oneCaseWorld, VirtualClock } from '../support/scheduler-world';
import pino from 'pino';
import { bindCard } from '../../src/cards/bind';
import { text } from '../../src/core/card';
import { Delivery } from '../../src/core/delivery';
import { createTeamsAdapter } from '../../src/channels/teams/teams-adapter';
import { TeamsSender } from '../../src/channels/teams/teams-sender';

const adapter = () => createTeamsAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '', maxActivityBytes: 256 * 1024 });

const connector = new FakeConnector();
beforeAll(() => connector.start());
afterAll(() => connector.stop());
beforeEach(() => connector.reset());

type W = Awaited<ReturnType<typeof oneCaseWorld>>;
let w: W;
let clock: VirtualClock;
let rig: Rig;

beforeEach(async () => {
  w = await oneCaseWorld({ serviceUrl: connector.url });
  clock = new VirtualClock(Date.parse('2026-01-05T07:00:00Z'));
  rig = makeRig(w.store, clock);
  await rig.replanner.replan('t1', 'c1');
});
afterEach(() => w.dispose());

const escalations = () => connector.delivered('conv-hr').map(cardText).filter((c) => c.includes('Aandacht nodig'));
const escalationEvents = (rule: string) => rig.events.filter((e) => e.kind === 'escalation' && e.items.some((i) => i.ruleId === rule));

let seq = 0;
async function record(kind: CaseRecord['kind'], createdBy: string, createdAt: string, data: Record<string, unknown>): Promise<void> {
  const { record: r } = await w.store.records.append({
    id: `rec-${++seq}`,
    tenantId: 't1',
    caseId: 'c1',
    personId: 'e1',
    kind,
    idempotencyKey: `key-${seq}`,
    createdBy,
    createdAt,
    data,
  });
  await rig.changes.recordAdded(r);
  await rig.changes.settle();
}

describe('default escalation rules', () => {
  it('milestone_overdue: a legal duty three days late', async () => {
    await runUntil(w.store, clock, [rig.scheduler], 't1', ['c1'], '2026-01-15T00:00:00Z');
    const events = escalationEvents('milestone_overdue');
    expect(events.map((e) => localIso(e.at, 'Europe/Amsterdam'))).toEqual(['2026-01-14T09:00:00+01:00']);
    const card = escalations()[0]!;
    expect(card).toContain('Aandacht nodig: Anna de Vries');
    expect(card).toContain('Ziekmelding bij de arbodienst is 3 dagen over tijd');
    expect(card).toContain('Leidinggevende');
    expect(card).toContain('Sanne Jansen');
  });

  it('nudges_unanswered: three reminders without a reaction, then quiet while HR has it', async () => {
    await runUntil(w.store, clock, [rig.scheduler], 't1', ['c1'], '2026-02-20T00:00:00Z');
    const events = escalationEvents('nudges_unanswered');
    expect(events.map((e) => localIso(e.at, 'Europe/Amsterdam').slice(0, 10))).toEqual(['2026-01-21']);
    expect(escalations().some((c) => c.includes('heeft sinds di 6 jan 2026 op 3 herinneringen niet gereageerd'))).toBe(true);
  });

  it('nudges_unanswered: a reaction from the manager resets the count', async () => {
    await runUntil(w.store, clock, [rig.scheduler], 't1', ['c1'], '2026-01-15T00:00:00Z');
    await record('nudge_response', 'm1', '2026-01-15T10:00:00Z', { item: 'c:2026-01-06', action: 'snooze', until: '2026-01-19' });
    await runUntil(w.store, clock, [rig.scheduler], 't1', ['c1'], '2026-01-23T00:00:00Z');
    expect(escalationEvents('nudges_unanswered')).toEqual([]);
  });

  it('dead_reference: the manager removed the app; Delivery marks it and HR gets the case', async () => {
    connector.failAlways('conv-m1', { status: 403 });
    clock.set('2026-01-06T08:00:00Z');
    await rig.scheduler.tick();
    expect((await w.store.refs.get('t1', 'm1', 'teams'))!.dead).toBe(true);
    await rig.scheduler.tick();
    const card = escalations().find((c) => c.includes('niet meer bereiken'));
    expect(card).toContain('Herstart kan Sanne Jansen niet meer bereiken');
    expect(escalationEvents('dead_reference')).toHaveLength(1);
    // One notice: the card, no separate note from Delivery.
    expect(connector.delivered('conv-hr').filter((c) => JSON.stringify(c.body).includes('niet meer bereiken'))).toHaveLength(1);
  });

  it('dead_reference switched off: Delivery tells HR with a short note instead, once', async () => {
    const t1 = (await w.store.tenants.get('t1'))!;
    await w.store.tenants.update({ ...t1.value, settings: { ...t1.value.settings, escalationRules: [{ id: 'dead_reference', expression: 'case.deadReference', enabled: false }] } }, t1.etag);
    connector.failAlways('conv-m1', { status: 403 });
    clock.set('2026-01-06T08:00:00Z');
    await rig.scheduler.tick();
    await rig.scheduler.tick();
    const told = connector.delivered('conv-hr').filter((c) => JSON.stringify(c.body).includes('niet meer bereiken'));
    expect(told.map((c) => c.body.text)).toEqual(['Ik kan Sanne Jansen (leidinggevende) niet meer bereiken in de chat: de app is geblokkeerd of verwijderd. Wil je contact opnemen?']);
    expect(escalationEvents('dead_reference')).toEqual([]);
  });

  it('an employee who removes the app is not reported to HR', async () => {
    await addConversation(w, 'e1');
    await record('checkin', 'e1', '2026-01-08T10:00:00Z', { energy: 4, progress: 4, help: null });
    connector.failAlways('conv-e1', { status: 403 });
    clock.set('2026-01-12T10:00:00Z');
    const delivery = new Delivery(w.store, [new TeamsSender(adapter(), '', bindCard)], clock, pino({ level: 'silent' }));
    expect((await delivery.toPerson('t1', 'e1', 'employee', () => [text('Tijd voor je check-in')])).outcome.status).toBe('dead');
    expect((await w.store.refs.get('t1', 'e1', 'teams'))!.dead).toBe(true);
    await rig.replanner.replan('t1', 'c1');
    await rig.scheduler.tick();
    expect(connector.delivered('conv-hr').filter((c) => JSON.stringify(c.body).includes('niet meer bereiken'))).toEqual([]);
    expect(escalationEvents('dead_reference')).toEqual([]);
  });

  it('concern_flagged: the manager asks HR to look, after a conversation', async () => {
    clock.set('2026-01-07T10:00:00Z');
    await record('outcome', 'm1', '2026-01-07T10:00:00Z', { date: '2026-01-07', nextContact: '2026-01-14', flagHr: true, concern: 'workload' });
    await rig.scheduler.tick();
    expect(escalationEvents('concern_flagged')).toHaveLength(1);
    expect(escalations()[0]).toContain('Sanne Jansen wil dat HR meekijkt (werkdruk of werkverdeling)');
    // The same concern does not come back.
    await runUntil(w.store, clock, [rig.scheduler], 't1', ['c1'], '2026-01-20T00:00:00Z');
    expect(escalationEvents('concern_flagged')).toHaveLength(1);
  });

  it.each([
    ['checkin_low_streak', [[2, 3], [3, 2]], 'twee keer op rij laag'],
    ['checkin_steep_drop', [[5, 4], [3, 4]], 'duidelijk lager dan de vorige'],
    ['checkin_asked_hr', [[4, 4, 'talk_hr']], 'vraagt om een gesprek met HR'],
  ] as const)('%s: a check-in signal reaches HR, without the answers', async (rule, answers, words) => {
    clock.set('2026-01-12T10:00:00Z');
    let day = 8;
    for (const [energy, progress, help] of answers) {
      await record('checkin', 'e1', `2026-01-${String(day++).padStart(2, '0')}T10:00:00Z`, { energy, progress, help: help ?? null, shareWithHr: true });
    }
    await rig.scheduler.tick();
    expect(escalationEvents(rule)).toHaveLength(1);
    const card = escalations().find((c) => c.includes(words))!;
    expect(card).toBeDefined();
    expect(card).not.toMatch(/energy|energie|"[1-5]"/i);
  });
});
