// Asking the employee for their view, over HTTP with the real scheduler: the request goes to their
// own chat, a reminder follows a week later while no view is in, none after one is given; an
// employee Herstart cannot reach makes the manager hear it, once.
import { DOCUMENT_RECORD } from '../../src/domain/dossier';
import { markerId, REPLAN_KIND } from '../../src/scheduler/plan-queue';
import type { Reminder } from '../../src/store/types';
import { startTestApp, type TestApp } from '../support/app-harness';
import type { RecordedCall } from '../support/fake-connector';
import { cardOf, cardText, inputOf, submitActions, type TeamsUser } from '../support/teams-client';

jest.setTimeout(120_000);

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
const bram: TeamsUser = { id: 'bram', aadObjectId: 'aad-bram', name: 'Bram Smit' };
const team = { id: '19:team@thread.tacv2', conversationType: 'channel' as const };

const texts = (calls: RecordedCall[]) => calls.map((c) => c.body?.text ?? cardText(cardOf(c))).join('\n');
const action = (card: any, name: string) => submitActions(card).find((s) => s.data.action === name)!.data;

describe('asking the employee for their view', () => {
  let t: TestApp;
  let tenantId = '';

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T08:00:00Z' });
    const hello = await t.teams.install(marleen);
    const setup = hello.map(cardOf).find((c) => c && inputOf(c, 'jurisdiction'));
    await t.teams.submit(marleen, 'x', { ...action(setup, 'setup.submit'), jurisdiction: 'NL', employerSize: '40', locale: 'nl-NL', iAmHr: 'false' });
    tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
  });
  afterAll(() => t.stop());

  async function caseWithPlan(who: TeamsUser): Promise<string> {
    const intake = cardOf([...(await t.teams.say(marleen, `ziekmelding ${who.name.split(' ')[0]}`))].reverse().find((c) => cardOf(c))!);
    const picker = inputOf(intake, 'employeeId');
    const employeeId = picker ? picker.choices.find((c: any) => c.title === who.name).value : undefined;
    await t.teams.submit(marleen, 'x', { ...action(intake, 'intake.submit'), ...(employeeId ? { employeeId } : {}), firstSickDay: '2026-03-02', expected: 'weeks', expectedReturn: '' });
    const all = await t.app.store.cases.list(tenantId);
    const caseId = all[all.length - 1]!.value.id;
    await t.teams.submit(marleen, 'x', {
      action: 'document.submit', cardId: `plan-${caseId}`, caseId, docType: 'nl.action_plan', docId: 'nl.action_plan',
      on: '2026-03-02', goal: 'own_work', activity1: 'Werkplek inrichten', who1: 'manager', caseManager: 'Petra Visser', contactRhythm: 'weekly', employerView: 'Rustig opbouwen.',
    });
    expect(await t.app.store.records.list(tenantId, { caseId, kind: DOCUMENT_RECORD })).toHaveLength(1);
    return caseId;
  }

  it('sends the request, a reminder a week later, and nothing once the view is in', async () => {
    t.connector.setRoster(team.id, [
      { id: '29:marleen', name: marleen.name, aadObjectId: marleen.aadObjectId },
      { id: '29:sanne', name: sanne.name, aadObjectId: sanne.aadObjectId },
      { id: '29:bram', name: bram.name, aadObjectId: bram.aadObjectId },
    ]);
    await t.teams.install(marleen, team);
    await t.teams.say(sanne, 'hulp');
    const caseId = await caseWithPlan(sanne);
    const toSanne = (from: number) => t.connector.calls.slice(from).filter((c) => c.conversationId === 'a:personal-aad-sanne' && c.method === 'POST');

    let from = t.connector.calls.length;
    await t.app.scheduling.scheduler.tick();
    expect(texts(toSanne(from))).toContain('er staat een stuk van je re-integratie voor je klaar');
    expect(texts(toSanne(from))).toContain('Jouw zienswijze: Plan van aanpak');

    t.clock.set('2026-03-09T09:30:00Z');
    from = t.connector.calls.length;
    await t.app.scheduling.scheduler.tick();
    const reminder = toSanne(from);
    expect(texts(reminder)).toContain('je leidinggevende wacht nog op je zienswijze');
    const card = cardOf(reminder.find((c) => cardOf(c) && JSON.stringify(cardOf(c)).includes('view.submit'))!);
    await t.teams.submit(sanne, 'x', { ...action(card, 'view.submit'), stance: 'agree', words: '' });

    t.clock.set('2026-03-16T09:30:00Z');
    from = t.connector.calls.length;
    await t.app.scheduling.scheduler.tick();
    expect(texts(toSanne(from))).not.toContain('zienswijze');
    const pending = (await t.app.store.reminders.listForCase(tenantId, caseId)).filter((r) => r.kind === 'document_view' && r.state === 'pending');
    expect(pending).toHaveLength(0);
  });

  it('tells the manager, once, when the employee cannot be reached in chat', async () => {
    // Bram never wrote to Herstart and the fake connector cannot open a chat with him.
    t.connector.failCreate({ status: 403 });
    t.clock.set('2026-03-17T09:30:00Z');
    await caseWithPlan(bram);
    const from = t.connector.calls.length;
    await t.app.scheduling.scheduler.tick();
    await t.app.scheduling.scheduler.tick();
    const toMarleen = t.connector.calls.slice(from).filter((c) => c.conversationId === 'a:personal-aad-marleen');
    expect(texts(toMarleen).match(/Ik kan Bram Smit niet in de chat bereiken/g)).toHaveLength(1);
  });

  it('asks once however often the case is planned, and a request lost to a crash comes back through the tick', async () => {
    const eva: TeamsUser = { id: 'eva', aadObjectId: 'aad-eva', name: 'Eva Bakker' };
    t.connector.failCreate(null);
    t.connector.setRoster(team.id, [
      { id: '29:marleen', name: marleen.name, aadObjectId: marleen.aadObjectId },
      { id: '29:eva', name: eva.name, aadObjectId: eva.aadObjectId },
    ]);
    await t.teams.install(marleen, team);
    await t.teams.say(eva, 'hulp');
    t.clock.set('2026-03-18T09:30:00Z');
    const caseId = await caseWithPlan(eva);
    const requests = async () => (await t.app.store.reminders.listForCase(tenantId, caseId)).filter((r) => r.kind === 'document_view');
    const [asked] = await requests();
    expect(asked).toMatchObject({ state: 'pending', recipientRole: 'employee' });
    // The process died after the save, before the request was stored: only the re-plan marker is left.
    const stored = (await t.app.store.reminders.get(tenantId, asked!.id))!;
    expect(await t.app.store.reminders.deleteIfUnchanged(tenantId, asked!.id, stored.etag)).toBe(true);
    const replanMarker = (): Reminder => ({
      id: markerId(caseId), tenantId, caseId, recipientId: '', recipientRole: 'manager', kind: REPLAN_KIND, milestoneId: null, ruleId: null,
      dueAt: t.clock.now().toISOString(), state: 'pending', claimedUntil: null, claimedBy: null, sentAt: null, attempts: 0, lastError: null, payload: null,
    });
    await t.app.store.reminders.putPending(replanMarker());
    const from = t.connector.calls.length;
    await t.app.scheduling.scheduler.tick();
    await t.app.scheduling.scheduler.tick();
    const toEva = t.connector.calls.slice(from).filter((c) => c.conversationId === 'a:personal-aad-eva' && c.method === 'POST');
    expect(texts(toEva).match(/er staat een stuk van je re-integratie voor je klaar/g)).toHaveLength(1);
    // Planned again (the next change, another tick): the version was asked about, nothing new.
    await t.app.store.reminders.putPending(replanMarker());
    await t.app.scheduling.scheduler.tick();
    const again = await requests();
    expect(again.filter((r) => r.payload?.step === 0)).toHaveLength(1);
    expect(again.filter((r) => r.state === 'pending' && r.payload?.step === 0)).toHaveLength(0);
  });
});
