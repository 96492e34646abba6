// A Dutch case's file in Slack, over signed HTTP requests: the problem analysis and the plan of
// action in modals, the employee's view in her own DM, the file through its one-time link.
import { startTestApp, type TestApp } from '../../support/app-harness';
import type { SlackCall } from '../../support/fake-slack';
import { pdfText, plain } from '../../support/pdf-text';
import { buttonFor, shownText, stateFor, type SlackTurn, type SlackUser } from '../../support/slack-client';

jest.setTimeout(120_000);

const marleen: SlackUser = { id: 'U0MARLEEN', name: 'Marleen de Vries' };
const sanne: SlackUser = { id: 'U0SANNE', name: 'Sanne Jansen' };

const only = (calls: SlackCall[], ...methods: string[]) => calls.filter((c) => methods.includes(c.method));
function lastPostWith(calls: SlackCall[], action: string): SlackCall {
  const found = [...only(calls, 'chat.postMessage')].reverse().find((c) => JSON.stringify(c.params.blocks ?? []).includes(`\\"action\\":\\"${action}\\"`));
  if (!found) throw new Error(`no message with ${action}: ${shownText(calls).slice(0, 500)}`);
  return found;
}
function modalOf(turn: SlackTurn): any {
  const call = only(turn.calls, 'views.open').pop();
  if (!call) throw new Error(`no modal: ${shownText(turn.calls).slice(0, 400)}`);
  return call.params.view;
}

describe('Slack: the re-integration file of a Dutch case', () => {
  let t: TestApp;
  const dm = `D${marleen.id}`;

  beforeAll(async () => {
    t = await startTestApp({ slack: true, now: '2026-01-05T09:00:00Z' });
    t.fakeSlack.addUser({ id: marleen.id, name: 'marleen', realName: marleen.name, tz: 'Europe/Amsterdam', locale: 'nl-NL' });
    t.fakeSlack.addUser({ id: sanne.id, name: 'sanne', realName: sanne.name, tz: 'Europe/Amsterdam', locale: 'nl-NL' });
    const first = await t.slack.openApp(marleen, 'messages');
    const setup = lastPostWith(first.calls, 'setup.submit');
    await t.slack.click(marleen, buttonFor(setup.params.blocks, 'setup.submit'), { message: { channel: dm, ts: 'ts-setup', state: stateFor(setup.params.blocks, { jurisdiction: 'NL', employerSize: '80', locale: 'nl-NL' }) } });
    await t.slack.dm(sanne, 'hulp');
    const intake = { ...modalOf(await t.slack.command(marleen, `ziekmelding <@${sanne.id}|sanne>`)), id: 'V-intake' };
    await t.slack.submitView(marleen, intake, stateFor(intake.blocks, { firstSickDay: '2026-01-05', expected: 'weeks' }));
  });
  afterAll(() => t.stop());

  async function documentModal(docType: string, ts: string): Promise<any> {
    const caseCard = lastPostWith(t.fakeSlack.calls, 'dossier.open');
    const opened = await t.slack.click(marleen, buttonFor(caseCard.params.blocks, 'dossier.open'), { message: { channel: dm, ts } });
    const dossier = lastPostWith(opened.calls, 'document.open');
    const state = stateFor(dossier.params.blocks, { docType });
    return { ...modalOf(await t.slack.click(marleen, buttonFor(dossier.params.blocks, 'document.open'), { message: { channel: dm, ts: `${ts}-d`, state } })), id: `V-${docType}` };
  }

  it('records the analysis and the plan in modals; Sanne gives her view in her DM; the PDF has them', async () => {
    t.clock.set('2026-02-09T10:00:00Z');
    const analysis = await documentModal('nl.problem_analysis', 'ts-1');
    await t.slack.submitView(marleen, analysis, stateFor(analysis.blocks, { on: '2026-02-09', canDo: 'Halve dagen administratief werk.', cannotDo: 'Geen baliewerk.', duration: 'months' }));
    t.clock.set('2026-02-16T10:00:00Z');
    const plan = await documentModal('nl.action_plan', 'ts-2');
    const entries = { on: '2026-02-16', goal: 'adapted_own_work', activity1: 'Rooster voor halve dagen maken', who1: 'manager', by1: '2026-02-20', caseManager: 'Petra Visser', contactRhythm: 'weekly', employerView: 'Rustig opbouwen.' };
    const saved = await t.slack.submitView(marleen, plan, stateFor(plan.blocks, entries));
    expect(shownText(saved.calls)).toMatch(/Sanne Jansen krijgt het stuk in de chat/);

    const before = t.fakeSlack.calls.length;
    await t.app.scheduling.scheduler.tick();
    const ask = lastPostWith(t.fakeSlack.calls.slice(before), 'view.submit');
    expect(ask.params.channel).toBe(`D${sanne.id}`);
    expect(shownText([ask])).toContain('Rooster voor halve dagen maken');
    await t.slack.click(sanne, buttonFor(ask.params.blocks, 'view.submit'), { message: { channel: `D${sanne.id}`, ts: 'ts-v', state: stateFor(ask.params.blocks, { stance: 'agree', words: 'Goed plan, ik begin graag maandag.' }) } });

    const turn = await t.slack.command(marleen, 'dossier');
    const post = only(turn.calls, 'chat.postMessage').pop()!;
    const url = (post.params.blocks as any[]).flatMap((b) => b.elements ?? []).find((e: any) => e.url)!.url as string;
    const res = await fetch(`${t.url}/l/${url.split('/l/')[1]}`, { method: 'POST', headers: { Origin: t.url } });
    const text = plain((await pdfText(Buffer.from(await res.arrayBuffer()))).pages.join('\n'));
    expect(text).toContain('Re-integratieverslag');
    expect(text).toContain('Rooster voor halve dagen maken');
    expect(text).toContain('Zienswijze medewerker: Eens');
    expect(text).toContain('Goed plan, ik begin graag maandag.');
  });
});
