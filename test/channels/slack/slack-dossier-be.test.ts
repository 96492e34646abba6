// A Belgian re-integration trajectory in Slack, over signed HTTP requests: the request and the
// occupational doctor's decision A, the re-integration plan in a modal (with the medical
// hold-back), the employee's reply in his own DM (a refusal needs reasons), then the file through
// its one-time link, read back: the trajectory's own order, the reply, and no unfurled link.
import { VIEW_RECORD } from '../../../src/domain/dossier';
import { screenText } from '../../../src/domain/privacy/medical-screen';
import { startTestApp, type TestApp } from '../../support/app-harness';
import type { SlackCall } from '../../support/fake-slack';
import { pdfText, plain } from '../../support/pdf-text';
import { buttonFor, buttonsOf, shownText, stateFor, type SlackTurn, type SlackUser } from '../../support/slack-client';

jest.setTimeout(120_000);

const lieve: SlackUser = { id: 'U0LIEVE', name: 'Lieve Peeters' };
const jan: SlackUser = { id: 'U0JAN', name: 'Jan Vermeulen' };

const only = (calls: SlackCall[], ...methods: string[]) => calls.filter((c) => methods.includes(c.method));
function lastPostWith(calls: SlackCall[], action: string): SlackCall {
  const found = [...only(calls, 'chat.postMessage')].reverse().find((c) => JSON.stringify(c.params.blocks ?? []).includes(`\\"action\\":\\"${action}\\"`));
  if (!found) throw new Error(`no message with ${action}: ${shownText(calls).slice(0, 500)}`);
  return found;
}
function modalOf(turn: SlackTurn, method = 'views.open'): any {
  const call = only(turn.calls, method).pop();
  if (!call) throw new Error(`no ${method}: ${turn.calls.map((c) => c.method).join(', ')} / ${shownText(turn.calls).slice(0, 400)}`);
  return call.params.view;
}
const ackOf = (turn: SlackTurn) => (turn.body ? JSON.parse(turn.body) : null);

describe('Slack: the re-integration file of a Belgian trajectory', () => {
  let t: TestApp;
  let tenantId = '';
  let caseId = '';
  const dm = `D${lieve.id}`;

  beforeAll(async () => {
    t = await startTestApp({ slack: true, now: '2026-02-02T09:00:00Z' });
    t.fakeSlack.addUser({ id: lieve.id, name: 'lieve', realName: lieve.name, tz: 'Europe/Brussels', locale: 'nl-BE' });
    t.fakeSlack.addUser({ id: jan.id, name: 'jan', realName: jan.name, tz: 'Europe/Brussels', locale: 'nl-BE' });
  });
  afterAll(() => t.stop());

  it('sets up a Belgian organisation and a case, with the trajectory requested and decision A', async () => {
    const first = await t.slack.openApp(lieve, 'messages');
    const setup = lastPostWith(first.calls, 'setup.submit');
    await t.slack.click(lieve, buttonFor(setup.params.blocks, 'setup.submit'), { message: { channel: dm, ts: 'ts-setup', state: stateFor(setup.params.blocks, { jurisdiction: 'BE', employerSize: '60', locale: 'nl-BE' }) } });
    tenantId = (await t.app.store.tenants.findByChannelKey(`slack:${t.fakeSlack.teamId}`))!.value.id;
    await t.slack.dm(jan, 'hulp');

    const intake = { ...modalOf(await t.slack.command(lieve, `ziekmelding <@${jan.id}|jan>`)), id: 'V-intake' };
    await t.slack.submitView(lieve, intake, stateFor(intake.blocks, { firstSickDay: '2026-02-02', expected: 'weeks' }));
    caseId = (await t.app.store.cases.list(tenantId))[0]!.value.id;

    t.clock.set('2026-02-10T10:00:00Z');
    const card = lastPostWith(t.fakeSlack.calls, 'outcome.open');
    const out = { ...modalOf(await t.slack.click(lieve, buttonFor(card.params.blocks, 'outcome.open'), { message: { channel: dm, ts: 'ts-c1' } })), id: 'V-out' };
    await t.slack.submitView(lieve, out, stateFor(out.blocks, { date: '2026-02-09', kind: 'video', mood: 'good', agreements: ['contact'], notes: 'We spreken elke maandag kort af via video.' }));

    for (const [at, values] of [
      ['2026-03-02', { milestoneId: 'be.rit_request', on: '2026-03-02' }],
      ['2026-04-07', { milestoneId: 'be.rit_assessment', on: '2026-04-06', decision: 'A' }],
    ] as const) {
      t.clock.set(`${at}T10:00:00Z`);
      const c = lastPostWith(t.fakeSlack.calls, 'milestone.open');
      const ms = { ...modalOf(await t.slack.click(lieve, buttonFor(c.params.blocks, 'milestone.open'), { message: { channel: dm, ts: `ts-${at}` } })), id: `V-${at}` };
      await t.slack.submitView(lieve, ms, stateFor(ms.blocks, values));
    }
    expect((await t.app.store.cases.get(tenantId, caseId))!.value.rit).toEqual({ requestedOn: '2026-03-02', decision: { kind: 'A', on: '2026-04-06' } });
  });

  let planView: any;

  it('opens the re-integration plan in a modal from the Dossier card, and holds back a medical detail', async () => {
    t.clock.set('2026-05-20T10:00:00Z');
    const caseCard = lastPostWith(t.fakeSlack.calls, 'dossier.open');
    const opened = await t.slack.click(lieve, buttonFor(caseCard.params.blocks, 'dossier.open'), { message: { channel: dm, ts: 'ts-case' } });
    const dossier = lastPostWith(opened.calls, 'document.open');
    expect(shownText([dossier])).toContain('Re-integratiedossier van Jan Vermeulen');
    const state = stateFor(dossier.params.blocks, { docType: 'be.rit_plan' });
    planView = { ...modalOf(await t.slack.click(lieve, buttonFor(dossier.params.blocks, 'document.open'), { message: { channel: dm, ts: 'ts-dossier', state } })), id: 'V-plan' };
    const entries = { on: '2026-05-20', measures: ['adapted_work', 'training'], details: 'Jan werkt halve dagen na zijn burn-out.', validFrom: '2026-06-01' };
    const held = ackOf(await t.slack.submitView(lieve, planView, stateFor(planView.blocks, entries)));
    expect(held.response_action).toBe('update');
    expect(JSON.stringify(held.view.blocks)).toMatch(/leek medische informatie te bevatten/);
    // The held-back text leaves the form and is not quoted in the notice.
    expect(JSON.stringify(held.view)).not.toContain('burn-out');
    expect(await t.app.store.records.list(tenantId, { caseId, kind: 'document' })).toHaveLength(0);
  });

  it('saves the plan, marks the step done and asks Jan for his reply in his own DM; a refusal needs reasons', async () => {
    const entries = { on: '2026-05-20', measures: ['adapted_work', 'training'], details: 'Halve dagen op de administratie, met een vaste collega als aanspreekpunt.', hours: '4 uur per dag, na zes weken 6 uur.', validFrom: '2026-06-01', validUntil: '2026-12-31' };
    const saved = await t.slack.submitView(lieve, planView, stateFor(planView.blocks, entries));
    expect(ackOf(saved)).toEqual({ response_action: 'clear' });
    expect(shownText(saved.calls)).toMatch(/Jan Vermeulen krijgt het plan in de chat/);
    expect((await t.app.store.cases.get(tenantId, caseId))!.value.milestonesDone).toContainEqual({ id: 'be.rit_plan', on: '2026-05-20' });

    const before = t.fakeSlack.calls.length;
    await t.app.scheduling.scheduler.tick();
    const toJan = lastPostWith(t.fakeSlack.calls.slice(before), 'view.submit');
    expect(toJan.params.channel).toBe(`D${jan.id}`);
    expect(shownText([toJan])).toContain('Halve dagen op de administratie');
    const refuse = await t.slack.click(jan, buttonFor(toJan.params.blocks, 'view.submit'), { message: { channel: `D${jan.id}`, ts: 'ts-view', state: stateFor(toJan.params.blocks, { stance: 'disagree' }) } });
    expect(shownText(refuse.calls)).toMatch(/Schrijf kort waarom/);
    expect(await t.app.store.records.list(tenantId, { caseId, kind: VIEW_RECORD })).toHaveLength(0);
    // The card comes back in place of the one pressed (the message is updated), with the notice on it.
    const again = [...only(refuse.calls, 'chat.update')].reverse().find((c) => JSON.stringify(c.params.blocks ?? []).includes('view.submit'))!;
    expect(again.params.ts).toBe('ts-view');
    const words = 'Ik wil eerst de opleiding volgen en dan pas halve dagen.';
    await t.slack.click(jan, buttonFor(again.params.blocks, 'view.submit'), { message: { channel: `D${jan.id}`, ts: 'ts-view-2', state: stateFor(again.params.blocks, { stance: 'disagree', words }) } });
    const views = await t.app.store.records.list(tenantId, { caseId, kind: VIEW_RECORD });
    expect(views.map((v) => [v.data.stance, v.data.words])).toEqual([['disagree', words]]);
    expect((await t.app.store.cases.get(tenantId, caseId))!.value.milestonesDone).toContainEqual({ id: 'be.rit_plan_reply', on: '2026-05-20' });
  });

  it('answers "dossier" with a one-time link posted without unfurl, and the PDF follows the trajectory', async () => {
    t.clock.set('2026-05-22T10:00:00Z');
    const turn = await t.slack.dm(lieve, 'dossier');
    const post = only(turn.calls, 'chat.postMessage').pop()!;
    // The Web API client sends form fields: the flags arrive as text.
    expect(post.params).toMatchObject({ unfurl_links: 'false', unfurl_media: 'false' });
    const url = (post.params.blocks as any[]).flatMap((b) => b.elements ?? []).find((e: any) => e.url)!.url as string;
    // A link button, nothing that submits to the app.
    expect(buttonsOf(post.params.blocks).map((b) => b.data)).toEqual([{}]);
    const local = `${t.url}/l/${url.split('/l/')[1]}`;
    const res = await fetch(local, { method: 'POST', headers: { Origin: t.url } });
    expect(res.status).toBe(200);
    const text = plain((await pdfText(Buffer.from(await res.arrayBuffer()))).pages.join('\n'));
    let at = 0;
    for (const title of ['Re-integratiedossier', 'Volledigheid', 'Wettelijke stappen', 'Aanvraag re-integratietraject', 'Beoordeling en beslissing van de arbeidsarts', 'Re-integratieplan of gemotiveerd verslag', 'Antwoord van de werknemer', 'Beroep', 'Contactmomenten']) {
      const found = text.indexOf(title, at);
      expect([title, found >= 0]).toEqual([title, true]);
      at = found + title.length;
    }
    expect(text).toContain('Aangevraagd op ma 2 mrt 2026');
    expect(text).toContain('A: tijdelijk ongeschikt');
    expect(text).toContain('Halve dagen op de administratie');
    expect(text).toContain('Antwoord werknemer: Niet eens');
    expect(text).toContain('Ik wil eerst de opleiding volgen en dan pas halve dagen.');
    expect(text).toContain('We spreken elke maandag kort af via video.');
    expect(text).toContain('Beroep is alleen mogelijk tegen beslissing B.');
    expect(screenText(text).matches).toEqual([]);
    expect((await fetch(local, { method: 'POST', headers: { Origin: t.url } })).status).toBe(410);
  });
});
