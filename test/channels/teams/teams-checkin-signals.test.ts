// Check-in signals, end to end in Teams: the employee answers through the real cards, the app's
// own scheduler ticks on a virtual clock, and HR's escalation arrives in the HR channel through
// the fake connector. Two low answers in a row, a steep drop and a consented request for a talk
// reach HR, carrying the case and the reason only; a request without consent reaches nobody; a
// request for a call with the manager becomes a nudge to the manager.
import { startTestApp, type TestApp } from '../../support/app-harness';
import { actionData, cardWith, shown, tick } from '../../support/checkin-helpers';
import type { RecordedCall } from '../../support/fake-connector';
import { cardOf, cardText, inputOf, type TeamsUser } from '../../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
const hera: TeamsUser = { id: 'hera', aadObjectId: 'aad-hera', name: 'Hera Bakker' };
const team = { id: '19:team-general@thread.tacv2', conversationType: 'channel' as const };
const hrChannel = { id: '19:hr-team@thread.tacv2', conversationType: 'channel' as const };

const NOTE = 'Het is druk thuis, ik wil rustig opbouwen';

describe('Teams: check-in signals reach HR and the manager', () => {
  let t: TestApp;
  let tenantId = '';
  let form: any;
  // HR's channel also gets reminders about HR's own legal steps; escalations are the cards to act on.
  const isEscalation = (card: any) => JSON.stringify(card?.actions ?? []).includes('escalation.take');
  const toHr = (c: RecordedCall) => c.conversationId === hrChannel.id && isEscalation(cardOf(c));
  const hrCards = () => t.connector.sent(hrChannel.id).filter(toHr);
  const toMarleen = (c: RecordedCall) => c.conversationId === t.teams.personal(marleen).id;

  /** Sanne answers a check-in on `day` (09:30 local) through the card she was shown. */
  async function answer(day: string, values: Record<string, string>): Promise<RecordedCall[]> {
    t.clock.set(`${day}T08:30:00Z`);
    if (!form) form = cardWith(await t.teams.say(sanne, 'check-in'), 'checkin.submit');
    const data = { ...actionData(form, 'checkin.submit'), note: '', shareWithManager: 'false', ...values };
    form = null;
    return t.teams.submit(sanne, `card-${day}`, data);
  }

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-05T09:30:00Z' });
    await t.teams.install(marleen);
    t.connector.setRoster(team.id, [
      { id: '29:marleen', name: marleen.name, aadObjectId: marleen.aadObjectId },
      { id: '29:sanne', name: sanne.name, aadObjectId: sanne.aadObjectId },
      { id: '29:hera', name: hera.name, aadObjectId: hera.aadObjectId },
    ]);
    await t.teams.install(marleen, team);
    const tenant = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!;
    tenantId = tenant.value.id;
    // This test is about check-in signals: the rules about the manager's own legal steps and
    // unanswered nudges are switched off, so whatever reaches HR comes from the check-ins.
    const off = (id: string) => ({ id, expression: 'false', enabled: false });
    await t.app.store.tenants.update(
      { ...tenant.value, settings: { ...tenant.value.settings, escalationRules: [off('milestone_overdue'), off('nudges_unanswered')] } },
      tenant.etag,
    );
    const heraP = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-hera'))!;
    await t.app.store.people.update({ ...heraP.value, roles: ['hr'] }, heraP.etag);
    await t.teams.say(hera, 'hr hier', hrChannel);
    const intake = cardWith(await t.teams.say(marleen, 'ziekmelding'), 'intake.submit');
    const sanneId = inputOf(intake, 'employeeId').choices.find((c: any) => c.title === sanne.name).value;
    await t.teams.submit(marleen, 'x', { ...actionData(intake, 'intake.submit'), employeeId: sanneId, firstSickDay: '2026-03-02', expected: 'weeks' });
    // The invitation goes out on 9 March; Sanne says yes.
    t.clock.set('2026-03-09T08:30:00Z');
    const invite = cardWith(await tick(t), 'checkin.consent');
    form = cardWith(await t.teams.submit(sanne, 'inv', actionData(invite, 'checkin.consent', { choice: 'yes' })), 'checkin.submit');
    t.connector.clear();
  });
  afterAll(() => t.stop());

  /** The one escalation card in these calls, checked to carry the case and the reason only. */
  function escalationIn(calls: RecordedCall[], reason: string): any {
    const cards = calls.filter(toHr).map(cardOf).filter(Boolean);
    expect(cards).toHaveLength(1);
    const card = cards[0];
    const body = card.body as any[];
    expect(body[0].text).toBe('Aandacht nodig: Sanne Jansen');
    // Who, which phase, since when: nothing about the answers.
    expect(body.find((b) => b.type === 'FactSet').facts.map((f: any) => f.title)).toEqual(['Leidinggevende', 'Fase', 'Ziek sinds', 'Ziektedagen']);
    // The reasons, under "why now". Legal steps over time may follow under their own heading: they
    // are the case's, not the employee's.
    const overdueAt = body.findIndex((b) => b.type === 'TextBlock' && b.text === 'Over tijd');
    const whyNow = overdueAt < 0 ? body : body.slice(0, overdueAt);
    const reasons = whyNow.filter((b) => b.type === 'TextBlock' && b.text.startsWith('- ')).map((b) => b.text);
    expect(reasons).toEqual([`- ${reason}`]);
    const all = JSON.stringify(card);
    expect(all).not.toContain('rustig opbouwen');
    expect(all).not.toMatch(/energie|Hoe het gaat|belafspraak|Aangepaste taken|[1-5] · /i);
    return card;
  }

  it('one low answer is no signal; the second in a row reaches HR in its channel, with the reason only', async () => {
    await answer('2026-03-09', { energy: '2', progress: '3', help: 'nothing', note: NOTE, shareWithManager: 'true' });
    expect(await tick(t, toHr)).toEqual([]);
    await answer('2026-03-10', { energy: '2', progress: '2', help: 'adjusted_tasks', note: NOTE, shareWithManager: 'true' });
    const card = escalationIn(await tick(t, toHr), 'De laatste check-ins van Sanne Jansen waren twee keer op rij laag.');
    // HR takes it on; the same signal does not come back.
    const taken = await t.teams.submit(hera, 'esc-1', actionData(card, 'escalation.take'), hrChannel);
    expect(shown(taken)).toContain('Opgeslagen');
    t.clock.set('2026-03-10T13:00:00Z');
    expect(await tick(t, toHr)).toEqual([]);
  });

  it('a steep drop reaches HR', async () => {
    await answer('2026-03-11', { energy: '5', progress: '5', help: 'nothing' });
    expect(await tick(t, toHr)).toEqual([]);
    await answer('2026-03-12', { energy: '3', progress: '4', help: 'nothing' });
    escalationIn(await tick(t, toHr), 'De laatste check-in van Sanne Jansen ligt duidelijk lager dan de vorige.');
  });

  it('a request for a talk with HR reaches HR only with the employee\'s consent, and never her note', async () => {
    const before = hrCards().length;
    const consent = cardWith(await answer('2026-03-13', { energy: '4', progress: '4', help: 'talk_hr', note: NOTE }), 'checkin.submit');
    expect(cardText(consent)).toContain('Mag HR het weten?');
    const declined = await t.teams.submit(sanne, 'hr-no', actionData(consent, 'checkin.submit', { consentHr: 'no' }));
    expect(shown(declined)).toContain('HR hoort hier niets van');
    expect(await tick(t, toHr)).toEqual([]);
    t.clock.set('2026-03-16T13:00:00Z');
    expect(await tick(t, toHr)).toEqual([]);
    expect(hrCards()).toHaveLength(before);

    const again = cardWith(await answer('2026-03-17', { energy: '4', progress: '4', help: 'talk_hr', note: NOTE }), 'checkin.submit');
    await t.teams.submit(sanne, 'hr-yes', actionData(again, 'checkin.submit', { consentHr: 'yes' }));
    escalationIn(await tick(t, toHr), 'Sanne Jansen vraagt om een gesprek met HR.');
  });

  it('a request for a call with the manager becomes a nudge to the manager; HR hears nothing', async () => {
    const saved = await answer('2026-03-18', { energy: '4', progress: '4', help: 'manager_call' });
    expect(shown(saved)).toContain('Ik laat je leidinggevende weten dat je graag een belafspraak wilt.');
    const sent = await tick(t);
    expect(sent.filter(toHr)).toEqual([]);
    const nudge = shown(sent.filter(toMarleen));
    expect(nudge).toContain('Sanne Jansen wil graag even met je praten');
    expect(nudge).toContain('Sanne Jansen gaf in een check-in aan dat een gesprek met jou nu zou helpen.');
    // Once: the next tick does not repeat it.
    t.clock.set('2026-03-18T14:00:00Z');
    expect(shown((await tick(t)).filter(toMarleen))).not.toContain('wil graag even met je praten');
  });

  it('tells nobody when the employee removes the app: no HR signal, no note, no request to the manager', async () => {
    const tenantCases = await t.app.store.cases.list(tenantId);
    const caseId = tenantCases[0]!.value.id;
    const next = (await t.app.store.reminders.listForCase(tenantId, caseId)).find((r) => r.kind === 'checkin' && r.state === 'pending')!;
    // She removed the app: her chat answers 403 and no new chat can be opened with her.
    t.connector.failAlways(t.teams.personal(sanne).id, { status: 403 });
    t.connector.failCreate({ status: 403 });
    t.clock.set(next.dueAt);
    const sent = [...(await tick(t))];
    t.clock.advanceDays(1);
    sent.push(...(await tick(t)));
    const sanneId = tenantCases[0]!.value.employeeId;
    expect((await t.app.store.refs.get(tenantId, sanneId, 'teams'))!.dead).toBe(true);
    const delivered = sent.filter((c) => c.status === 200);
    expect(delivered.filter(toHr)).toEqual([]);
    expect(shown(delivered)).not.toMatch(/niet meer bereiken|app Herstart te openen/);
    expect((await t.app.store.reminders.listForCase(tenantId, caseId)).filter((r) => r.ruleId === 'dead_reference')).toEqual([]);
  });
});
