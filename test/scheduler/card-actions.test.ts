// Nudge, escalation and look-back buttons over HTTP against the started app: the scheduler
// sends through the real Delivery to the fake Bot Connector, people press buttons as Teams does.
import { startTestApp, type TestApp } from '../support/app-harness';
import type { RecordedCall } from '../support/fake-connector';
import { cardOf, cardText, submitActions, type TeamsUser } from '../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
const ahmed: TeamsUser = { id: 'ahmed', aadObjectId: 'aad-ahmed', name: 'Ahmed El Amrani' };
const team = { id: '19:hr-team@thread.tacv2', conversationType: 'channel' as const };
const personal = { id: `a:personal-${marleen.aadObjectId}`, conversationType: 'personal' as const };

let t: TestApp;
let tenantId = '';
let caseId = '';

const texts = (calls: RecordedCall[]) => calls.map((c) => c.body.text ?? cardText(cardOf(c))).join('\n');
const cardsIn = (conversationId: string) => t.connector.delivered(conversationId).map(cardOf).filter(Boolean);

function button(card: any, action: string, pick: (d: Record<string, unknown>) => boolean = () => true): Record<string, unknown> {
  const found = submitActions(card).find((a) => a.data.action === action && pick(a.data));
  if (!found) throw new Error(`no ${action} in ${cardText(card)}`);
  return found.data;
}

beforeAll(async () => {
  // Reported on Tuesday, so by Thursday the first contact (due within a working day of the report) is late.
  t = await startTestApp({ now: '2026-03-03T09:30:00Z' });
  t.connector.setRoster(team.id, [
    { id: '29:marleen', name: marleen.name, aadObjectId: marleen.aadObjectId },
    { id: '29:sanne', name: sanne.name, aadObjectId: sanne.aadObjectId },
    { id: '29:ahmed', name: ahmed.name, aadObjectId: ahmed.aadObjectId },
  ]);
  const hello = await t.teams.install(marleen);
  const setup = hello.map(cardOf).find((c) => c && submitActions(c).some((a) => a.data.action === 'setup.submit'));
  await t.teams.submit(marleen, 'x', { ...button(setup, 'setup.submit'), jurisdiction: 'NL', employerSize: '120', locale: 'nl-NL', iAmHr: 'false' });
  await t.teams.install(marleen, team);
  await t.teams.say(marleen, 'hr hier', team);
  tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
  // Ahmed works in HR too.
  const a = (await t.app.store.people.findByIdentity(tenantId, `teams:${ahmed.aadObjectId}`))!;
  await t.app.store.people.update({ ...a.value, roles: ['hr'] }, a.etag);

  const intake = (await t.teams.say(marleen, 'ziekmelding')).map(cardOf).find(Boolean);
  const employeeId = intake.body.flatMap((b: any) => (b.id === 'employeeId' ? b.choices : [])).find((c: any) => c.title === sanne.name).value;
  await t.teams.submit(marleen, 'x', { ...button(intake, 'intake.submit'), employeeId, firstSickDay: '2026-03-02', expected: 'weeks', expectedReturn: '' });
  caseId = (await t.app.store.cases.list(tenantId))[0]!.value.id;
  t.clock.set('2026-03-05T09:30:00Z');
  t.connector.clear();
  await t.app.scheduling.scheduler.tick();
});
afterAll(() => t.stop());

describe('nudge buttons', () => {
  it('the manager got a nudge in their chat and HR a reminder in the HR channel', () => {
    expect(cardsIn(personal.id).map(cardText).join()).toContain('Contact met Sanne Jansen');
    expect(cardsIn(team.id).map(cardText).join()).toContain('Ziekmelding bij de arbodienst');
    // Proactive cards in Teams carry Universal Actions too: a press is answered with the new card.
    for (const card of [...cardsIn(personal.id), ...cardsIn(team.id)]) {
      expect(JSON.stringify(card)).toContain('"type":"Action.Execute"');
      expect(JSON.stringify(card)).not.toContain('Action.Submit');
    }
  });

  it('remind me tomorrow: recorded once, the card shows it, the reminder moves to the next working day', async () => {
    const card = cardsIn(personal.id)[0];
    const tomorrow = button(card, 'nudge.tomorrow', (d) => String(d.item).startsWith('c:'));
    const replies = await t.teams.submit(marleen, 'act-1', tomorrow, personal);
    expect(texts(replies)).toContain('ik herinner je er op vr 6 mrt 2026 weer aan');
    const redrawn = replies.find((r) => r.method === 'INVOKE');
    expect(cardText(cardOf(redrawn!))).toContain('Komt terug op vr 6 mrt 2026');
    const again = await t.teams.submit(marleen, 'act-1', tomorrow, personal);
    expect(texts(again)).toContain('al genoteerd');
    await t.app.idle();
    const answers = await t.app.store.records.list(tenantId, { caseId, kind: 'nudge_response' });
    expect(answers).toHaveLength(1);
    const snoozed = (await t.app.store.reminders.listForCase(tenantId, caseId)).filter((r) => r.state === 'pending' && r.kind === 'contact');
    expect(snoozed.map((r) => r.dueAt)).toContain('2026-03-06T08:00:00.000Z');
  });

  it('done on a contact records that there was contact today', async () => {
    const card = cardsIn(personal.id)[0];
    const replies = await t.teams.submit(marleen, 'act-1', button(card, 'nudge.done', (d) => String(d.item).startsWith('c:')), personal);
    expect(texts(replies)).toContain('je had vandaag contact met Sanne Jansen');
    const outcomes = await t.app.store.records.list(tenantId, { caseId, kind: 'outcome' });
    expect(outcomes.map((o) => o.data.date)).toEqual(['2026-03-05']);
    // The old contact's reminders are gone; the next one is a week on.
    await t.app.idle();
    const contact = (await t.app.store.reminders.listForCase(tenantId, caseId)).filter((r) => r.state === 'pending' && r.kind === 'contact');
    expect(contact[0]!.id).toBe(`${caseId}:c:2026-03-12:0`);
    expect(contact.every((r) => r.id.includes(':c:2026-03-12:'))).toBe(true);
  });

  it('done on a legal step marks it done, pressed by HR in the channel', async () => {
    const card = cardsIn(team.id)[0];
    const replies = await t.teams.submit(marleen, 'act-hr', button(card, 'nudge.done', (d) => String(d.item).startsWith('m:nl.arbo_report')), team);
    expect(texts(replies)).toContain('Ziekmelding bij de arbodienst is afgerond');
    const c = (await t.app.store.cases.get(tenantId, caseId))!.value;
    expect(c.milestonesDone).toEqual([{ id: 'nl.arbo_report', on: '2026-03-05' }]);
  });

  it('refuses someone who is neither the manager nor HR', async () => {
    const card = cardsIn(personal.id)[0];
    const replies = await t.teams.submit(sanne, 'x', button(card, 'nudge.nextweek', (d) => String(d.item).startsWith('c:')));
    expect(texts(replies)).toMatch(/niet inzien/);
  });
});

describe('escalation buttons', () => {
  let card: any;

  it('a concern flagged by the manager reaches HR as a card', async () => {
    const form = (await t.teams.submit(marleen, 'x', { action: 'outcome.open', cardId: 'c-out', caseId }, personal)).map(cardOf).find(Boolean);
    await t.teams.submit(marleen, 'x', {
      ...button(form, 'outcome.submit'),
      date: '2026-03-05', kind: 'call', mood: 'difficult', agreements: 'contact', wishes: '', nextContact: '2026-03-12', flagHr: 'true', concern: 'workload', notes: '',
    }, personal);
    t.connector.clear();
    await t.app.scheduling.scheduler.tick();
    card = cardsIn(team.id).find((c) => cardText(c).includes('Aandacht nodig'));
    expect(cardText(card)).toContain('Marleen de Vries wil dat HR meekijkt (werkdruk of werkverdeling)');
  });

  it('take it on: the state is recorded and the card shows who has it', async () => {
    const replies = await t.teams.submit(marleen, 'act-esc', button(card, 'escalation.take'), team);
    expect(texts(replies)).toContain('je collega\'s van HR zien het ook');
    const redrawn = cardOf(replies.find((r) => r.method === 'INVOKE')!);
    expect(cardText(redrawn)).toContain('Opgepakt door Marleen de Vries op do 5 mrt 2026');
    expect(submitActions(redrawn).some((a) => a.data.action === 'escalation.take')).toBe(false);
    const states = await t.app.store.records.list(tenantId, { caseId, kind: 'escalation_state' });
    expect(states.map((s) => s.data.state)).toEqual(['taken']);
  });

  it('another HR member pressing an old copy is told who has it', async () => {
    const replies = await t.teams.submit(ahmed, 'act-esc', button(card, 'escalation.ack'), team);
    expect(texts(replies)).toContain('Marleen de Vries heeft dit al opgepakt');
    expect(await t.app.store.records.list(tenantId, { caseId, kind: 'escalation_state' })).toHaveLength(1);
  });

  it('Teams refreshes a card as it stands: the state shows on every copy, for HR only', async () => {
    expect(card.refresh.action).toMatchObject({ type: 'Action.Execute', verb: 'escalation.refresh' });
    const refresh = card.refresh.action.data;
    const replies = await t.teams.submit(ahmed, 'act-esc', refresh, team);
    expect(replies.filter((r) => r.method !== 'INVOKE')).toEqual([]);
    expect(cardText(cardOf(replies.find((r) => r.method === 'INVOKE')!))).toContain('Opgepakt door Marleen de Vries');
    const stranger = await t.teams.submit(sanne, 'act-esc', refresh, team);
    expect(cardOf(stranger.find((r) => r.method === 'INVOKE')!)).toBeFalsy();
  });

  it('the same concern does not escalate again', async () => {
    t.connector.clear();
    t.clock.set('2026-03-06T09:30:00Z');
    await t.app.scheduling.scheduler.tick();
    expect(cardsIn(team.id).map(cardText).join()).not.toContain('meekijkt');
  });

  it('only HR can answer an escalation', async () => {
    const before = await t.app.store.records.list(tenantId, { caseId, kind: 'escalation_state' });
    const replies = await t.teams.submit(sanne, 'x', button(card, 'escalation.snooze'));
    // The case on the card is not hers: refused before the button is handled (core/access.ts).
    expect(texts(replies)).toContain('Deze casus kun je niet inzien');
    expect(await t.app.store.records.list(tenantId, { caseId, kind: 'escalation_state' })).toEqual(before);
  });
});

describe('look-back', () => {
  it('holds back a medical note, then records the look-back once', async () => {
    const form = (await t.teams.submit(marleen, 'x', { action: 'lookback.open', cardId: 'c-lb', caseId }, personal)).map(cardOf).find(Boolean);
    expect(cardText(form)).toContain('Terugblik: de terugkeer van Sanne Jansen');
    const base = { ...button(form, 'lookback.submit'), helped: 'early_contact,adapted_hours', different: 'involve_hr' };
    const held = await t.teams.submit(marleen, 'x', { ...base, notes: 'Ze ging naar de fysiotherapeut voor haar rug.' }, personal);
    expect(texts(held)).toMatch(/medische informatie/);
    expect(await t.app.store.records.list(tenantId, { caseId, kind: 'lookback' })).toHaveLength(0);
    const saved = await t.teams.submit(marleen, 'x', { ...base, notes: 'Vroeg bellen hielp.' }, personal);
    expect(texts(saved)).toContain('Dank je wel voor je terugblik');
    const records = await t.app.store.records.list(tenantId, { caseId, kind: 'lookback' });
    expect(records.map((r) => r.data)).toEqual([{ helped: ['early_contact', 'adapted_hours'], different: ['involve_hr'], notes: 'Vroeg bellen hielp.', by: expect.any(String) }]);
  });
});

describe('other features\' reminders', () => {
  it('the tick hands a check-in reminder to the check-ins and does not drop it', async () => {
    await t.app.idle();
    const invite = (await t.app.store.reminders.listForCase(tenantId, caseId)).find((r) => r.kind === 'checkin' && r.state === 'pending');
    expect(invite).toBeDefined();
    t.connector.clear();
    if (Date.parse(invite!.dueAt) > t.clock.now().getTime()) t.clock.set(invite!.dueAt);
    await t.app.scheduling.scheduler.tick();
    const after = (await t.app.store.reminders.get(tenantId, invite!.id))!.value;
    expect(after.state).toBe('sent');
    // The invitation reached Sanne in a one-to-one chat the bot opened.
    expect(t.connector.delivered().map(cardOf).filter(Boolean).map(cardText).join()).toMatch(/check-in/i);
  });
});
