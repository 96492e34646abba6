// The manager's walk in Slack, over signed HTTP requests to the started server: first visit and
// set-up, help, intake in a modal, the Home tab, prepare, record an outcome (with the medical
// hold-back), milestone done, recovery. What Herstart does comes back through the fake Web API.
import { checkSlackLimits } from '../../../src/cards/slack-limits';
import { startTestApp, type TestApp } from '../../support/app-harness';
import type { SlackCall } from '../../support/fake-slack';
import { buttonFor, inputBlock, shownText, stateFor, type SlackTurn, type SlackUser } from '../../support/slack-client';

const marleen: SlackUser = { id: 'U0MARLEEN', name: 'Marleen de Vries' };
const sanne: SlackUser = { id: 'U0SANNE', name: 'Sanne Jansen' };

function only(calls: SlackCall[], ...methods: string[]): SlackCall[] {
  return calls.filter((c) => methods.includes(c.method));
}

function lastPostWith(calls: SlackCall[], action: string): SlackCall {
  const found = [...only(calls, 'chat.postMessage')].reverse().find((c) => JSON.stringify(c.params.blocks ?? []).includes(`\\"action\\":\\"${action}\\"`));
  if (!found) throw new Error(`no message with ${action}: ${shownText(calls)}`);
  return found;
}

function modalOf(turn: SlackTurn, method = 'views.open'): any {
  const call = only(turn.calls, method).pop();
  if (!call) throw new Error(`no ${method}: ${turn.calls.map((c) => c.method).join(', ')} / ${shownText(turn.calls)}`);
  expect(checkSlackLimits(call.params.view)).toEqual([]);
  return call.params.view;
}

function ackOf(turn: SlackTurn): any {
  return turn.body ? JSON.parse(turn.body) : null;
}

describe('Slack: the manager walk', () => {
  let t: TestApp;
  let tenantId = '';
  let caseId = '';
  const dm = `D${marleen.id}`;

  beforeAll(async () => {
    t = await startTestApp({ slack: true, now: '2026-03-05T09:30:00Z' });
    t.fakeSlack.addUser({ id: marleen.id, name: 'marleen', realName: marleen.name, tz: 'Europe/Amsterdam', locale: 'nl-NL' });
    t.fakeSlack.addUser({ id: sanne.id, name: 'sanne', realName: sanne.name });
  });
  afterAll(() => t.stop());

  it('greets on the first visit, once, and sets up the organisation from a form in the DM', async () => {
    const first = await t.slack.openApp(marleen, 'messages');
    const shown = shownText(first.calls);
    expect(shown).toContain('Hallo Marleen de Vries');
    expect(shown).toContain('beheerder van Herstart');
    expect(only(first.calls, 'chat.postMessage').every((c) => c.params.channel === dm)).toBe(true);
    expect(only(await t.slack.openApp(marleen, 'messages').then((r) => r.calls), 'chat.postMessage')).toHaveLength(0);

    // No trigger on a first visit: the set-up form is a message with inputs, answered with its button.
    const setup = lastPostWith(first.calls, 'setup.submit');
    const ts = `ts-setup`;
    const state = stateFor(setup.params.blocks, { jurisdiction: 'NL', employerSize: '120', locale: 'nl-NL' });
    const saved = await t.slack.click(marleen, buttonFor(setup.params.blocks, 'setup.submit'), { message: { channel: dm, ts, state } });
    expect(saved.status).toBe(200);
    expect(shownText(only(saved.calls, 'chat.postMessage'))).toContain('Nederland');
    // The form was replaced so it cannot be sent twice.
    const update = only(saved.calls, 'chat.update')[0]!;
    expect(update.params).toMatchObject({ channel: dm, ts });
    expect(JSON.stringify(update.params.blocks)).not.toContain('"type":"input"');
    const tenant = (await t.app.store.tenants.findByChannelKey(`slack:${t.fakeSlack.teamId}`))!.value;
    tenantId = tenant.id;
    expect(tenant.settings.employerSize).toBe(120);
    const person = (await t.app.store.people.findByIdentity(tenantId, `slack:${t.fakeSlack.teamId}:${marleen.id}`))!.value;
    expect(person).toMatchObject({ displayName: marleen.name, timeZone: 'Europe/Amsterdam', locale: 'nl-NL' });
    expect((await t.app.store.refs.get(tenantId, person.id, 'slack'))!.ref).toMatchObject({ kind: 'dm', channelId: dm, userId: marleen.id });
  });

  it('answers help typed in the DM and as /herstart help', async () => {
    for (const turn of [await t.slack.dm(marleen, 'hulp'), await t.slack.command(marleen, 'help')]) {
      const shown = shownText(turn.calls);
      expect(shown).toContain('ziekmelding');
      expect(shown).toContain('mijn casussen');
      expect(shown).toMatch(/Vraag nooit naar de ziekte/);
      expect(only(turn.calls, 'chat.postMessage')[0]!.params.channel).toBe(dm);
    }
  });

  it('takes a sickness report in a modal, without any diagnosis field, and stores it once', async () => {
    const opened = await t.slack.command(marleen, `ziekmelding <@${sanne.id}|sanne>`);
    const view = { ...modalOf(opened), id: 'V-intake' };
    expect(view.callback_id).toBe('herstart.form');
    expect(shownText([{ method: 'x', params: { view }, token: null, at: 0 }])).toContain('Collega: Sanne Jansen');
    expect(inputBlock(view.blocks, 'employeeId')).toBeNull(); // fixed by the mention
    for (const word of ['diagnos', 'oorzaak"', 'klacht"', 'symptom']) expect(JSON.stringify(view.blocks).toLowerCase()).not.toContain(word);

    // A date in the future: the same modal stays open with the answer on top and the entries kept.
    const future = await t.slack.submitView(marleen, view, stateFor(view.blocks, { firstSickDay: '2026-04-01', expected: 'weeks' }));
    const again = ackOf(future);
    expect(again.response_action).toBe('update');
    expect(JSON.stringify(again.view.blocks)).toMatch(/ligt in de toekomst/);
    expect(again.view.blocks.filter((b: any) => b.type === 'input').map((b: any) => b.block_id)).toEqual(
      view.blocks.filter((b: any) => b.type === 'input').map((b: any) => b.block_id),
    );
    expect(await t.app.store.cases.list(tenantId)).toHaveLength(0);

    const values = stateFor(view.blocks, { firstSickDay: '2026-03-02', expected: 'weeks' });
    const submitted = await t.slack.submitView(marleen, view, values);
    expect(ackOf(submitted)).toEqual({ response_action: 'clear' });
    const shown = shownText(only(submitted.calls, 'chat.postMessage'));
    expect(shown).toContain('De ziekmelding van Sanne Jansen staat erin');
    expect(shown).toContain('Probleemanalyse');
    const cases = await t.app.store.cases.list(tenantId);
    expect(cases).toHaveLength(1);
    caseId = cases[0]!.value.id;
    expect(cases[0]!.value.sickPeriods).toEqual([{ start: '2026-03-02', end: null, kind: 'full' }]);

    // The same modal submitted again (a double click) is stored once.
    const twice = await t.slack.submitView(marleen, view, values);
    expect(shownText(twice.calls)).toContain('al opgeslagen');
    expect(await t.app.store.cases.list(tenantId)).toHaveLength(1);
  });

  let homeView: any;

  it('shows my cases in the Home tab with the next contact and the next legal step', async () => {
    const turn = await t.slack.openApp(marleen, 'home');
    const publish = only(turn.calls, 'views.publish')[0]!;
    expect(publish.params.user_id).toBe(marleen.id);
    expect(publish.params.view.type).toBe('home');
    expect(checkSlackLimits(publish.params.view)).toEqual([]);
    const shown = shownText([publish]);
    expect(shown).toContain('Sanne Jansen');
    expect(shown).toContain('Uitval');
    expect(shown).toMatch(/Volgend contact/);
    expect(shown).toMatch(/Volgende stap/);
    expect(shown).toMatch(/over \d+ dagen/);
    homeView = { ...publish.params.view, id: 'V-home' };
  });

  let caseModal: any;
  let prepareModal: any;

  it('opens a case from the Home tab in a modal, and prepares the conversation on top of it', async () => {
    const open = await t.slack.click(marleen, buttonFor(homeView.blocks, 'case.open'), { view: homeView });
    caseModal = { ...modalOf(open), id: 'V-case' };
    expect(shownText([{ method: 'x', params: { view: caseModal }, token: null, at: 0 }])).toContain('Wettelijke stappen');

    const prep = await t.slack.click(marleen, buttonFor(caseModal.blocks, 'prepare.open'), { view: caseModal });
    prepareModal = { ...modalOf(prep, 'views.push'), id: 'V-prep' };
    const shown = shownText([{ method: 'x', params: { view: prepareModal }, token: null, at: 0 }]);
    expect(shown).toContain('Gesprek met Sanne');
    expect(shown).toMatch(/bedrijfsarts/);
  });

  it('holds back a note that looks medical, keeps the form open, and saves nothing', async () => {
    const form = await t.slack.click(marleen, buttonFor(prepareModal.blocks, 'outcome.open'), { view: prepareModal });
    const view = { ...modalOf(form, 'views.push'), id: 'V-out-1' };
    expect(inputBlock(view.blocks, 'notes')).toBeTruthy();
    const entries = {
      date: '2026-03-04', kind: 'call', mood: 'mixed', agreements: ['contact'], wishes: ['team_not_informed'],
      nextContact: '2026-03-11', notes: 'Ze heeft last van haar rug en gaat naar de fysiotherapeut.',
    };
    const held = await t.slack.submitView(marleen, view, stateFor(view.blocks, entries));
    const answer = ackOf(held);
    expect(answer.response_action).toBe('update');
    expect(JSON.stringify(answer.view.blocks)).toMatch(/leek medische informatie te bevatten/);
    // The other answers stay; the note leaves the form and is not quoted either.
    expect(inputBlock(answer.view.blocks, 'notes').element.initial_value ?? '').toBe('');
    expect(JSON.stringify(answer.view)).not.toContain('fysiotherapeut');
    expect(JSON.stringify(answer.view)).toContain('2026-03-11');
    expect(await t.app.store.records.list(tenantId, { caseId, kind: 'outcome' })).toHaveLength(0);
  });

  it('records an outcome once, closes the modals and refreshes the Home tab', async () => {
    const form = await t.slack.click(marleen, buttonFor(prepareModal.blocks, 'outcome.open'), { view: prepareModal });
    const view = { ...modalOf(form, 'views.push'), id: 'V-out-2' };
    const values = stateFor(view.blocks, {
      date: '2026-03-04', kind: 'call', mood: 'mixed', agreements: ['contact', 'hours'], wishes: ['team_not_informed'],
      nextContact: '2026-03-11', notes: 'We bellen volgende week weer, ze wil het team zelf informeren.',
    });
    const first = await t.slack.submitView(marleen, view, values);
    expect(ackOf(first)).toEqual({ response_action: 'clear' });
    expect(shownText(only(first.calls, 'chat.postMessage'))).toContain('is vastgelegd');
    expect(only(first.calls, 'views.publish')).toHaveLength(1);
    const second = await t.slack.submitView(marleen, view, values);
    expect(shownText(second.calls)).toContain('al opgeslagen');
    const outcomes = await t.app.store.records.list(tenantId, { caseId, kind: 'outcome' });
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.data).toMatchObject({ agreements: ['contact', 'hours'], nextContact: '2026-03-11', flagHr: false });
  });

  it('marks a milestone done from the case card in the DM; the timeline follows', async () => {
    const card = lastPostWith(t.fakeSlack.calls, 'milestone.open');
    const open = await t.slack.click(marleen, buttonFor(card.params.blocks, 'milestone.open'), { message: { channel: dm, ts: 'ts-case' } });
    const view = { ...modalOf(open), id: 'V-ms' };
    const options = inputBlock(view.blocks, 'milestoneId').element.options.map((o: any) => o.value);
    expect(options).toContain('nl.arbo_report');
    const done = await t.slack.submitView(marleen, view, stateFor(view.blocks, { milestoneId: 'nl.arbo_report', on: '2026-03-04' }));
    expect(shownText(done.calls)).toMatch(/staat op afgerond/);
    const c = (await t.app.store.cases.get(tenantId, caseId))!.value;
    expect(c.milestonesDone).toEqual([{ id: 'nl.arbo_report', on: '2026-03-04' }]);
  });

  it('reports recovery; phase and deadlines follow', async () => {
    t.clock.set('2026-03-20T10:00:00Z');
    const card = lastPostWith(t.fakeSlack.calls, 'status.open');
    const open = await t.slack.click(marleen, buttonFor(card.params.blocks, 'status.open'), { message: { channel: dm, ts: 'ts-case-2' } });
    const view = { ...modalOf(open), id: 'V-status' };
    const done = await t.slack.submitView(marleen, view, stateFor(view.blocks, { kind: 'recovered', on: '2026-03-19' }));
    expect(shownText(done.calls)).toMatch(/weer aan het werk/);
    const c = (await t.app.store.cases.get(tenantId, caseId))!.value;
    expect(c.sickPeriods[0]!.end).toBe('2026-03-18');
    expect(c.phase).toBe('return');
  });
});
