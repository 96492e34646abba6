// Recording legal events in Slack, over signed HTTP requests to the started server: from the case
// card in the DM to the legal-event menu and its form in modals (rendered from the same Adaptive
// Card templates as Teams), stored once; and a Belgian relapse marked "different illness" in the
// status modal, which opens a new case.
import { checkSlackLimits } from '../../../src/cards/slack-limits';
import { startTestApp, type TestApp } from '../../support/app-harness';
import type { SlackCall } from '../../support/fake-slack';
import { buttonFor, buttonsOf, inputBlock, shownText, stateFor, type SlackTurn, type SlackUser } from '../../support/slack-client';

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

async function setUp(t: TestApp, admin: SlackUser, employee: SlackUser, jurisdiction: 'NL' | 'BE', firstSickDay: string) {
  const dm = `D${admin.id}`;
  const first = await t.slack.openApp(admin, 'messages');
  const setup = lastPostWith(first.calls, 'setup.submit');
  const state = stateFor(setup.params.blocks, { jurisdiction, employerSize: '60', locale: jurisdiction === 'NL' ? 'nl-NL' : 'nl-BE' });
  await t.slack.click(admin, buttonFor(setup.params.blocks, 'setup.submit'), { message: { channel: dm, ts: 'ts-setup', state } });
  const opened = await t.slack.command(admin, `ziekmelding <@${employee.id}|x>`);
  const view = { ...modalOf(opened), id: 'V-intake' };
  await t.slack.submitView(admin, view, stateFor(view.blocks, { firstSickDay, expected: 'months' }));
  const tenantId = (await t.app.store.tenants.findByChannelKey(`slack:${t.fakeSlack.teamId}`))!.value.id;
  return { tenantId, caseId: (await t.app.store.cases.list(tenantId))[0]!.value.id, dm };
}

describe('Slack: recording a Dutch legal event in modals', () => {
  const marleen: SlackUser = { id: 'U0MARLEEN', name: 'Marleen de Vries' };
  const sanne: SlackUser = { id: 'U0SANNE', name: 'Sanne Jansen' };
  let t: TestApp;
  let ids: { tenantId: string; caseId: string; dm: string };

  beforeAll(async () => {
    t = await startTestApp({ slack: true, now: '2025-11-20T09:30:00Z' });
    t.fakeSlack.addUser({ id: marleen.id, name: 'marleen', realName: marleen.name, tz: 'Europe/Amsterdam', locale: 'nl-NL' });
    t.fakeSlack.addUser({ id: sanne.id, name: 'sanne', realName: sanne.name });
    ids = await setUp(t, marleen, sanne, 'NL', '2024-01-01');
  });
  afterAll(() => t.stop());

  it('opens the menu from the case card and records an expert opinion request once', async () => {
    const card = lastPostWith(t.fakeSlack.calls, 'legal.open');
    const menuTurn = await t.slack.click(marleen, buttonFor(card.params.blocks, 'legal.open'), { message: { channel: ids.dm, ts: 'ts-case' } });
    // The menu is a message in the DM; each event's form opens in a modal.
    const menu = lastPostWith(menuTurn.calls, 'legal.form');
    expect(shownText([menu])).toContain('Wettelijke gebeurtenis vastleggen voor Sanne Jansen');
    const button = buttonsOf(menu.params.blocks).find((b) => b.data.action === 'legal.form' && b.data.event === 'expert_opinion')!;
    const formTurn = await t.slack.click(marleen, { action_id: button.action_id, value: button.value }, { message: { channel: ids.dm, ts: 'ts-menu' } });
    const form = { ...modalOf(formTurn), id: 'V-legal-form' };
    expect(inputBlock(form.blocks, 'topic')).toBeTruthy();

    const values = stateFor(form.blocks, { on: '2025-11-03', by: 'employer', topic: 'suitable_work' });
    const saved = await t.slack.submitView(marleen, form, values);
    expect(JSON.parse(saved.body)).toEqual({ response_action: 'clear' });
    expect(shownText(only(saved.calls, 'chat.postMessage'))).toMatch(/"Deskundigenoordeel aangevraagd bij UWV" is vastgelegd/);
    const c = (await t.app.store.cases.get(ids.tenantId, ids.caseId))!.value;
    expect(c.legal?.expertOpinions).toEqual([{ requestedOn: '2025-11-03', by: 'employer', topic: 'suitable_work', answeredOn: null }]);

    const twice = await t.slack.submitView(marleen, form, values);
    expect(shownText(twice.calls)).toContain('al opgeslagen');
    expect(await t.app.store.records.list(ids.tenantId, { caseId: ids.caseId, kind: 'legal_event' })).toHaveLength(1);
  });

  it('keeps the modal open with the reason when a postponement is shorter than 13 weeks (uwv.nl)', async () => {
    const card = lastPostWith(t.fakeSlack.calls, 'legal.open');
    const menu = lastPostWith((await t.slack.click(marleen, buttonFor(card.params.blocks, 'legal.open'), { message: { channel: ids.dm, ts: 'ts-case-2' } })).calls, 'legal.form');
    const button = buttonsOf(menu.params.blocks).find((b) => b.data.action === 'legal.form' && b.data.event === 'wia_postponement')!;
    const form = { ...modalOf(await t.slack.click(marleen, { action_id: button.action_id, value: button.value }, { message: { channel: ids.dm, ts: 'ts-menu-2' } })), id: 'V-pp' };
    const short = await t.slack.submitView(marleen, form, stateFor(form.blocks, { on: '2025-11-03', endsOn: '2026-01-31' }));
    const answer = JSON.parse(short.body);
    expect(answer.response_action).toBe('update');
    expect(JSON.stringify(answer.view.blocks)).toMatch(/te vroeg/);
    expect((await t.app.store.cases.get(ids.tenantId, ids.caseId))!.value.legal?.wiaPostponement ?? null).toBeNull();
  });
});

describe('Slack: a Belgian relapse with a different illness', () => {
  const lotte: SlackUser = { id: 'U0LOTTE', name: 'Lotte Peeters' };
  const bram: SlackUser = { id: 'U0BRAM', name: 'Bram Claes' };
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ slack: true, now: '2026-02-02T09:30:00Z' });
    t.fakeSlack.addUser({ id: lotte.id, name: 'lotte', realName: lotte.name, tz: 'Europe/Brussels', locale: 'nl-BE' });
    t.fakeSlack.addUser({ id: bram.id, name: 'bram', realName: bram.name });
  });
  afterAll(() => t.stop());

  it('asks the yes/no in the status modal and opens a new case', async () => {
    const { tenantId, caseId, dm } = await setUp(t, lotte, bram, 'BE', '2026-01-05');
    const recovered = await t.slack.click(lotte, buttonFor(lastPostWith(t.fakeSlack.calls, 'status.open').params.blocks, 'status.open'), { message: { channel: dm, ts: 'ts-1' } });
    const statusView = { ...modalOf(recovered), id: 'V-st-1' };
    await t.slack.submitView(lotte, statusView, stateFor(statusView.blocks, { kind: 'recovered', on: '2026-02-01' }));

    t.clock.set('2026-02-10T09:30:00Z');
    const open = await t.slack.click(lotte, buttonFor(lastPostWith(t.fakeSlack.calls, 'status.open').params.blocks, 'status.open'), { message: { channel: dm, ts: 'ts-2' } });
    const view = { ...modalOf(open), id: 'V-st-2' };
    const toggle = inputBlock(view.blocks, 'differentIllness');
    expect(toggle).toBeTruthy();
    const on = toggle.element.options?.[0]?.value ?? 'true';
    const done = await t.slack.submitView(lotte, view, stateFor(view.blocks, { kind: 'relapse', on: '2026-02-10', differentIllness: [on] }));
    expect(shownText(done.calls)).toMatch(/nieuwe arbeidsongeschiktheid/);
    const cases = (await t.app.store.cases.list(tenantId)).map((c) => c.value);
    expect(cases).toHaveLength(2);
    expect(cases.find((c) => c.id !== caseId)!.sickPeriods[0]).toMatchObject({ start: '2026-02-10', differentIllness: true });
  });
});
