// Employee check-ins in Slack, over signed HTTP requests to the started server and the app's own
// scheduler tick: the DM opened for an employee who never wrote to Herstart, nothing asked before
// a yes, a check-in in a modal with the medical hold-back, a signal in HR's channel, "my data"
// with erasing one answer, "forget me", and the employee's own welcome and Home tab.
import { startTestApp, type TestApp } from '../../support/app-harness';
import type { SlackCall } from '../../support/fake-slack';
import { buttonFor, shownText, stateFor, type SlackTurn, type SlackUser } from '../../support/slack-client';

const marleen: SlackUser = { id: 'U0MARLEEN', name: 'Marleen de Vries' };
const sanne: SlackUser = { id: 'U0SANNE', name: 'Sanne Jansen' };
const hera: SlackUser = { id: 'U0HERA', name: 'Hera Bakker' };
const HR = 'C0HRTEAM';
const sanneDm = `D${sanne.id}`;

const posts = (calls: SlackCall[], channel?: string) => calls.filter((c) => c.method === 'chat.postMessage' && (!channel || c.params.channel === channel));

function lastPostWith(calls: SlackCall[], action: string): SlackCall {
  const found = [...posts(calls)].reverse().find((c) => JSON.stringify(c.params.blocks ?? []).includes(`\\"action\\":\\"${action}\\"`));
  if (!found) throw new Error(`no message with ${action}: ${shownText(calls)}`);
  return found;
}

function modalOf(turn: SlackTurn): any {
  const call = turn.calls.filter((c) => c.method === 'views.open').pop();
  if (!call) throw new Error(`no modal: ${turn.calls.map((c) => c.method).join(', ')} / ${shownText(turn.calls)}`);
  return { ...call.params.view, id: `V-${Math.random().toString(36).slice(2, 8)}` };
}

const viewText = (view: any) => shownText([{ method: 'x', params: { view }, token: null, at: 0 }]);

describe('Slack: employee check-ins', () => {
  let t: TestApp;
  let tenantId = '';
  let sanneId = '';

  const answers = () => t.app.store.records.list(tenantId, { personId: sanneId, kind: 'checkin' });
  async function tick(): Promise<SlackCall[]> {
    const before = t.fakeSlack.calls.length;
    await t.app.scheduling.scheduler.tick();
    return t.fakeSlack.calls.slice(before);
  }

  beforeAll(async () => {
    t = await startTestApp({ slack: true, now: '2026-03-05T09:30:00Z' });
    t.fakeSlack.addUser({ id: marleen.id, name: 'marleen', realName: marleen.name });
    t.fakeSlack.addUser({ id: sanne.id, name: 'sanne', realName: sanne.name });
    t.fakeSlack.addUser({ id: hera.id, name: 'hera', realName: hera.name });
    await t.slack.openApp(marleen, 'messages');
    tenantId = (await t.app.store.tenants.findByChannelKey(`slack:${t.fakeSlack.teamId}`))!.value.id;
    // Hera works at HR, and escalations come to HR's channel.
    await t.slack.dm(hera, 'hallo');
    const heraP = (await t.app.store.people.findByIdentity(tenantId, `slack:${t.fakeSlack.teamId}:${hera.id}`))!;
    await t.app.store.people.update({ ...heraP.value, roles: ['hr'] }, heraP.etag);
    await t.slack.command(hera, 'hr-here', HR);
    // Marleen reports Sanne sick; Sanne has never written to Herstart.
    const view = modalOf(await t.slack.command(marleen, `ziekmelding <@${sanne.id}|sanne>`));
    await t.slack.submitView(marleen, view, stateFor(view.blocks, { firstSickDay: '2026-03-02', expected: 'weeks' }));
    sanneId = (await t.app.store.people.findByIdentity(tenantId, `slack:${t.fakeSlack.teamId}:${sanne.id}`))!.value.id;
    t.fakeSlack.clear();
  });
  afterAll(() => t.stop());

  it('opens a DM with an employee who never wrote, and invites her: what, who sees what, how often, how to stop', async () => {
    t.clock.set('2026-03-08T09:30:00Z');
    expect(posts(await tick(), sanneDm)).toEqual([]);
    t.clock.set('2026-03-09T08:30:00Z');
    const sent = await tick();
    expect(sent.filter((c) => c.method === 'conversations.open').map((c) => c.params.users)).toEqual([sanne.id]);
    const invite = posts(sent, sanneDm);
    expect(invite).toHaveLength(1);
    const text = shownText(invite);
    expect(text).toContain('Korte check-ins, als jij dat wilt');
    expect(text).toContain('Jij ziet al je antwoorden en kunt ze altijd verwijderen.');
    expect(text).toMatch(/HR ziet je antwoorden niet/);
    expect(text).toContain('Om de 2 weken zolang je herstelt');
    expect(text).toMatch(/\*pauze\*, \*stop\* of \*vergeet mij\*/);
    // Nothing asked yet: no check-in form before a yes.
    expect(JSON.stringify(invite[0]!.params.blocks)).not.toContain('checkin.submit');
    const ref = await t.app.store.refs.get(tenantId, sanneId, 'slack');
    expect(ref).toMatchObject({ dead: false, ref: { kind: 'dm', channelId: sanneDm, userId: sanne.id, teamId: t.fakeSlack.teamId } });
  });

  let form: any;
  it('on yes, opens the first check-in as a modal', async () => {
    const invite = lastPostWith(t.fakeSlack.calls, 'checkin.consent');
    const yes = buttonFor(invite.params.blocks.filter((b: any) => JSON.stringify(b).includes('\\"choice\\":\\"yes\\"')), 'checkin.consent');
    const turn = await t.slack.click(sanne, yes, { message: { channel: sanneDm, ts: 'ts-invite' } });
    form = modalOf(turn);
    expect(viewText(form)).toContain('Hoeveel energie heb je deze week?');
    expect(shownText(turn.calls.filter((c) => c.method === 'chat.update'))).toContain('Ja, doe maar');
  });

  it('holds back a note that looks medical, stores nothing, and takes the rephrased one', async () => {
    const entries = { energy: '2', progress: '2', help: 'adjusted_tasks', note: 'Mijn migraine is erg', shareWithManager: ['true'] };
    const held = await t.slack.submitView(sanne, form, stateFor(form.blocks, entries));
    const answer = JSON.parse(held.body);
    expect(answer.response_action).toBe('update');
    expect(viewText(answer.view)).toMatch(/leek iets medisch te bevatten/);
    // The note is neither kept in the form nor quoted back.
    expect(JSON.stringify(answer.view)).not.toContain('migraine');
    expect(await answers()).toEqual([]);

    const again = { ...answer.view, id: 'V-again' };
    const saved = await t.slack.submitView(sanne, again, stateFor(again.blocks, { ...entries, note: 'Ik wil graag rustig opbouwen' }));
    expect(JSON.parse(saved.body)).toEqual({ response_action: 'clear' });
    expect(shownText(posts(saved.calls, sanneDm))).toContain('Dank je wel voor je check-in');
    const stored = await answers();
    expect(stored.map((r) => r.data)).toEqual([
      { on: '2026-03-09', energy: 2, progress: 2, help: 'adjusted_tasks', note: 'Ik wil graag rustig opbouwen', shareWithManager: true, shareWithHr: false },
    ]);
    expect(JSON.stringify(stored)).not.toContain('migraine');
  });

  it('a second low check-in reaches HR in its Slack channel, with the reason only', async () => {
    t.clock.set('2026-03-10T09:00:00Z');
    const view = modalOf(await t.slack.command(sanne, 'check-in'));
    await t.slack.submitView(sanne, view, stateFor(view.blocks, { energy: '1', progress: '2', help: 'nothing', note: 'Zwaar weekje' }));
    const toHr = posts(await tick(), HR).filter((c) => JSON.stringify(c.params.blocks ?? []).includes('escalation.take'));
    expect(toHr).toHaveLength(1);
    const text = shownText(toHr);
    expect(text).toContain('Aandacht nodig: Sanne Jansen');
    expect(text).toContain('De laatste check-ins van Sanne Jansen waren twee keer op rij laag.');
    expect(text).not.toMatch(/rustig opbouwen|Zwaar weekje|Energie|Aangepaste taken/);
  });

  it('shows the employee her own answers under "my data" and erases one on request', async () => {
    const turn = await t.slack.dm(sanne, 'mijn gegevens');
    const mine = lastPostWith(turn.calls, 'checkin.delete');
    const text = shownText([mine]);
    expect(text).toContain('Mijn gegevens');
    expect(text).toContain('Ik wil graag rustig opbouwen');
    expect(text).toContain('Zwaar weekje');
    const first = (await answers()).find((r) => r.data.note === 'Ik wil graag rustig opbouwen')!;
    const del = buttonFor(mine.params.blocks.filter((b: any) => JSON.stringify(b).includes(first.id)), 'checkin.delete');
    const erased = await t.slack.click(sanne, del, { message: { channel: sanneDm, ts: 'ts-mine' } });
    expect(shownText(erased.calls)).toContain('Dat antwoord is gewist.');
    expect((await answers()).map((r) => r.id)).not.toContain(first.id);
    expect(await answers()).toHaveLength(1);
  });

  it('forgets everything on request; the case stays, and no check-in comes any more', async () => {
    const caseId = (await t.app.store.cases.list(tenantId, { employeeId: sanneId }))[0]!.value.id;
    const pending = async () => (await t.app.store.reminders.listForCase(tenantId, caseId)).filter((r) => r.kind === 'checkin' && r.state === 'pending');
    expect(await pending()).toHaveLength(1);
    const turn = await t.slack.dm(sanne, 'vergeet mij');
    const confirm = lastPostWith(turn.calls, 'checkin.forget.confirm');
    expect(shownText([confirm])).toContain('Het verzuimdossier zelf (data en wettelijke stappen) blijft');
    const done = await t.slack.click(sanne, buttonFor(confirm.params.blocks, 'checkin.forget.confirm'), { message: { channel: sanneDm, ts: 'ts-forget' } });
    expect(shownText(done.calls)).toContain('Gewist: 1 check-in en 0 wensenlijsten');
    expect(await answers()).toEqual([]);
    expect(await t.app.store.cases.list(tenantId, { employeeId: sanneId, status: 'open' })).toHaveLength(1);
    expect(await pending()).toEqual([]);
  });

  it('greets the employee with her own help when she opens the app, and her Home tab is about check-ins', async () => {
    const welcome = await t.slack.openApp(sanne, 'messages');
    const said = shownText(posts(welcome.calls, sanneDm));
    expect(said).toContain('Hoi Sanne Jansen, ik ben Herstart.');
    expect(said).toContain('Herstart en jij');
    expect(said).not.toMatch(/ziekmelding/i);
    const home = (await t.slack.openApp(sanne, 'home')).calls.find((c) => c.method === 'views.publish')!;
    const page = shownText([home]);
    expect(page).toContain('Herstart en jij');
    expect(page).toContain('HR ziet je antwoorden niet.');
    expect(page).not.toMatch(/Ziekmelding doen|Mijn casussen/);
  });
});
