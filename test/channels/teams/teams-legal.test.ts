// Recording the Dutch legal events in Teams, over HTTP against the started server: the case
// card's "legal event" button, the menu, one form per event, a bad date kept in the form, a
// double press stored once, and the timeline that follows (wage sanction, expert opinion, safety
// net, second track).
import { computeDeadlines } from '../../../src/domain/deadlines';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { actionData as action, shown as texts } from '../../support/checkin-helpers';
import type { RecordedCall } from '../../support/fake-connector';
import { cardOf, cardText, inputOf, submitActions, type TeamsUser } from '../../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
const team = { id: '19:team-legal@thread.tacv2', conversationType: 'channel' as const };

function lastCard(calls: RecordedCall[]): { card: any; call: RecordedCall } {
  const call = [...calls].reverse().find((c) => cardOf(c) && c.method === 'POST');
  if (!call) throw new Error(`no card in: ${texts(calls)}`);
  return { card: cardOf(call), call };
}

describe('Teams: recording Dutch legal events', () => {
  let t: TestApp;
  let tenantId = '';
  let caseId = '';

  beforeAll(async () => {
    t = await startTestApp({ now: '2025-11-20T09:30:00Z' });
    const hello = await t.teams.install(marleen);
    const setup = hello.map(cardOf).find((c) => c && inputOf(c, 'jurisdiction'));
    await t.teams.submit(marleen, 'setup', { ...action(setup, 'setup.submit'), jurisdiction: 'NL', employerSize: '80', locale: 'nl-NL', iAmHr: 'false' });
    t.connector.setRoster(team.id, [
      { id: '29:marleen', name: marleen.name, aadObjectId: marleen.aadObjectId },
      { id: '29:sanne', name: sanne.name, aadObjectId: sanne.aadObjectId },
    ]);
    await t.teams.install(marleen, team);
    const { card, call } = lastCard(await t.teams.say(marleen, 'ziekmelding'));
    const sanneId = inputOf(card, 'employeeId').choices.find((c: any) => c.title === sanne.name).value;
    await t.teams.submit(marleen, call.body.id ?? 'intake', { ...action(card, 'intake.submit'), employeeId: sanneId, firstSickDay: '2024-01-01', expected: 'months', expectedReturn: '' });
    tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
    caseId = (await t.app.store.cases.list(tenantId))[0]!.value.id;
  });
  afterAll(() => t.stop());

  const stored = async () => (await t.app.store.cases.get(tenantId, caseId))!.value;
  const dueOf = async (id: string) => computeDeadlines(await stored(), '2025-11-20').milestones.filter((m) => m.id === id).map((m) => m.due);

  async function openForm(event: string): Promise<{ card: any; call: RecordedCall }> {
    const caseCard = lastCard(await t.teams.submit(marleen, 'x', { action: 'case.open', cardId: 'c-case', caseId })).card;
    const menu = lastCard(await t.teams.submit(marleen, 'x', action(caseCard, 'legal.open'))).card;
    return lastCard(await t.teams.submit(marleen, 'x', action(menu, 'legal.form', { event })));
  }

  it('offers the legal events from the case card, Dutch cases only', async () => {
    const caseCard = lastCard(await t.teams.submit(marleen, 'x', { action: 'case.open', cardId: 'c-case-0', caseId })).card;
    const menu = lastCard(await t.teams.submit(marleen, 'x', action(caseCard, 'legal.open'))).card;
    const events = submitActions(menu).filter((a) => a.data.action === 'legal.form').map((a) => a.data.event);
    expect(events).toEqual(expect.arrayContaining(['safety_net', 'expert_opinion', 'early_iva', 'second_track_decision', 'wia_postponement', 'wage_sanction']));
    expect(events).not.toContain('sanction_shortening_request');
    expect(cardText(menu)).toContain('Schrijf nooit iets op over de ziekte zelf');
  });

  it('keeps the form when a wage sanction would last more than 52 weeks (art. 25 lid 9 WIA), and saves nothing', async () => {
    const { card, call } = await openForm('wage_sanction');
    expect(inputOf(card, 'endsOn')).toBeTruthy();
    const replies = await t.teams.submit(marleen, call.body.id ?? 'ws-bad', { ...action(card, 'legal.submit'), on: '2025-11-10', endsOn: '2027-12-27' });
    // The form comes back in place of the submitted one (the answer to the press), with what was entered.
    const again = cardOf(replies.at(-1)!);
    expect(cardText(again)).toMatch(/valt buiten de termijn/);
    expect(inputOf(again, 'endsOn').value).toBe('2027-12-27');
    expect((await stored()).legal ?? null).toBeNull();
    expect(await t.app.store.records.list(tenantId, { caseId, kind: 'legal_event' })).toHaveLength(0);
  });

  it('records a wage sanction once; the end of pay moves and the case card says until when', async () => {
    const { card, call } = await openForm('wage_sanction');
    const submit = { ...action(card, 'legal.submit'), on: '2025-11-10', endsOn: '2026-12-27' };
    const replies = await t.teams.submit(marleen, call.body.id ?? 'ws', submit);
    expect(texts(replies)).toMatch(/"Loonsanctie van UWV" is vastgelegd/);
    expect(texts(replies)).toMatch(/Loonsanctie tot/);
    expect(replies.at(-1)!.method).toBe('INVOKE');
    expect(cardText(cardOf(replies.at(-1)!))).toContain('Vastgelegd: Loonsanctie van UWV');
    expect((await stored()).legal?.wageSanction).toEqual({ decidedOn: '2025-11-10', endsOn: '2026-12-27', shortening: null });
    expect(await dueOf('nl.waiting_period_end')).toEqual(['2026-12-27']);

    const twice = await t.teams.submit(marleen, call.body.id ?? 'ws', submit);
    expect(texts(twice)).toContain('al opgeslagen');
    expect(await t.app.store.records.list(tenantId, { caseId, kind: 'legal_event' })).toHaveLength(1);
  });

  it('records an expert opinion request by the employee; UWV\'s answer is expected 4 weeks later', async () => {
    const { card, call } = await openForm('expert_opinion');
    expect(inputOf(card, 'topic').choices.map((c: any) => c.value)).toEqual(['own_work', 'efforts', 'suitable_work']);
    const missing = await t.teams.submit(marleen, call.body.id ?? 'eo-0', { ...action(card, 'legal.submit'), on: '2025-11-03', by: 'employee', topic: '' });
    expect(texts(missing)).toContain('Maak een keuze');
    await t.teams.submit(marleen, call.body.id ?? 'eo', { ...action(card, 'legal.submit'), on: '2025-11-03', by: 'employee', topic: 'efforts' });
    expect((await stored()).legal?.expertOpinions).toEqual([{ requestedOn: '2025-11-03', by: 'employee', topic: 'efforts', answeredOn: null }]);
    expect(await dueOf('nl.expert_opinion')).toEqual(['2025-12-01']);
  });

  it('records the safety net as a yes with its reporting term, never which rule', async () => {
    const { card, call } = await openForm('safety_net');
    const inputs = JSON.stringify(card).toLowerCase();
    for (const word of ['zwanger', 'no-risk', 'orgaan', 'diagnos']) expect(inputs).not.toContain(word);
    await t.teams.submit(marleen, call.body.id ?? 'sn', { ...action(card, 'legal.submit'), on: '2025-11-20', reportTerm: 'week_6' });
    expect((await stored()).legal?.safetyNet).toEqual({ recordedOn: '2025-11-20', reportTerm: 'week_6' });
    expect(await dueOf('nl.uwv_42_week')).toEqual([]);
    expect(await dueOf('nl.safety_net_report')).toEqual(['2024-02-11']);
  });

  it('holds back a provider name that looks medical, then starts the second track with the provider', async () => {
    const decide = await openForm('second_track_decision');
    await t.teams.submit(marleen, decide.call.body.id ?? 'st-d', { ...action(decide.card, 'legal.submit'), on: '2025-11-14', answer: 'yes' });
    expect(await dueOf('nl.second_track_start')).toEqual(['2025-12-26']);

    const { card, call } = await openForm('second_track_start');
    const held = await t.teams.submit(marleen, call.body.id ?? 'st-1', { ...action(card, 'legal.submit'), on: '2025-11-19', provider: 'Fysiotherapie voor haar rug' });
    // The form comes back in place of the submitted one, without the name and without quoting it.
    expect(texts(held)).toMatch(/leek medische informatie te bevatten/);
    expect(JSON.stringify(held.map((c) => c.body))).not.toContain('Fysiotherapie');
    expect((await stored()).legal?.secondTrack?.startedOn ?? null).toBeNull();
    await t.teams.submit(marleen, call.body.id ?? 'st-2', { ...action(card, 'legal.submit'), on: '2025-11-19', provider: 'Werkpad BV' });
    expect((await stored()).legal?.secondTrack).toMatchObject({ startedOn: '2025-11-19', provider: 'Werkpad BV', decision: { needed: true, on: '2025-11-14' } });
    const caseCard = lastCard(await t.teams.submit(marleen, 'x', { action: 'case.open', cardId: 'c-case-end', caseId })).card;
    expect(cardText(caseCard)).toContain('gestart');
    expect(cardText(caseCard)).toContain('Werkpad BV');
  });

  it('does not offer the events of a step done through them in the generic "step done" form', async () => {
    const form = lastCard(await t.teams.submit(marleen, 'x', { action: 'milestone.open', cardId: 'c-ms', caseId })).card;
    const ids = inputOf(form, 'milestoneId').choices.map((c: any) => c.value);
    expect(ids).not.toContain('nl.expert_opinion');
    expect(ids).toContain('nl.safety_net_report');
  });
});
