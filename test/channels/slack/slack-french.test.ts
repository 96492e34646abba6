// A Belgian case walked in French in Slack, over signed HTTP requests to the started server: the
// set-up by an administrator whose Slack speaks French, a sick report in a modal, the Home tab and
// the guide, a conversation recorded (a French medical note held back first), a step of the
// re-integration trajectory, and the employee's check-in. What Herstart says comes back through
// the fake Web API. Last, decision A and the plan de réintégration in a French modal, and the
// employee's reply in French in her DM.
import { checkSlackLimits } from '../../../src/cards/slack-limits';
import { VIEW_RECORD } from '../../../src/domain/dossier';
import { startTestApp, type TestApp } from '../../support/app-harness';
import type { SlackCall } from '../../support/fake-slack';
import { buttonFor, inputBlock, shownText, stateFor, type SlackTurn, type SlackUser } from '../../support/slack-client';

const claire: SlackUser = { id: 'U0CLAIRE', name: 'Claire Dubois' };
const sophie: SlackUser = { id: 'U0SOPHIE', name: 'Sophie Lambert' };
const claireDm = `D${claire.id}`;
const sophieDm = `D${sophie.id}`;

const posts = (calls: SlackCall[], channel?: string) => calls.filter((c) => c.method === 'chat.postMessage' && (!channel || c.params.channel === channel));

function lastPostWith(calls: SlackCall[], action: string): SlackCall {
  const found = [...posts(calls)].reverse().find((c) => JSON.stringify(c.params.blocks ?? []).includes(`\\"action\\":\\"${action}\\"`));
  if (!found) throw new Error(`no message with ${action}: ${shownText(calls)}`);
  return found;
}

function modalOf(turn: SlackTurn, method = 'views.open'): any {
  const call = turn.calls.filter((c) => c.method === method).pop();
  if (!call) throw new Error(`no ${method}: ${turn.calls.map((c) => c.method).join(', ')} / ${shownText(turn.calls)}`);
  expect(checkSlackLimits(call.params.view)).toEqual([]);
  return { ...call.params.view, id: `V-${Math.random().toString(36).slice(2, 8)}` };
}

const viewText = (view: any) => shownText([{ method: 'x', params: { view }, token: null, at: 0 }]);
const ackOf = (turn: SlackTurn) => (turn.body ? JSON.parse(turn.body) : null);

describe('Slack: a Belgian case in French', () => {
  let t: TestApp;
  let tenantId = '';
  let caseId = '';
  let homeView: any;
  let prepareModal: any;

  beforeAll(async () => {
    t = await startTestApp({ slack: true, now: '2026-03-05T09:30:00Z' });
    t.fakeSlack.addUser({ id: claire.id, name: 'claire', realName: claire.name, tz: 'Europe/Brussels', locale: 'fr-FR' });
    t.fakeSlack.addUser({ id: sophie.id, name: 'sophie', realName: sophie.name, tz: 'Europe/Brussels', locale: 'fr-FR' });
  });
  afterAll(() => t.stop());

  it('greets in French on the first visit and sets up a Belgian organisation in French', async () => {
    const first = await t.slack.openApp(claire, 'messages');
    expect(shownText(first.calls)).toContain('Bonjour Claire Dubois, bienvenue dans Herstart');
    const setup = lastPostWith(first.calls, 'setup.submit');
    expect(shownText([setup])).toContain('Paramétrer Herstart');
    const state = stateFor(setup.params.blocks, { jurisdiction: 'BE', employerSize: '35', locale: 'fr-BE', iAmHr: 'true' });
    const saved = await t.slack.click(claire, buttonFor(setup.params.blocks, 'setup.submit'), { message: { channel: claireDm, ts: 'ts-setup', state } });
    expect(shownText(posts(saved.calls))).toContain('Enregistré : Belgique (règles de réintégration), 35 travailleurs.');
    tenantId = (await t.app.store.tenants.findByChannelKey(`slack:${t.fakeSlack.teamId}`))!.value.id;
    expect((await t.app.store.tenants.get(tenantId))!.value.settings).toMatchObject({ jurisdiction: 'BE', locale: 'fr-BE' });
  });

  it('answers /herstart aide in French, in the DM', async () => {
    const turn = await t.slack.command(claire, 'aide');
    const shown = shownText(turn.calls);
    expect(shown).toContain('Ce que Herstart fait pour vous');
    expect(shown).toContain('mes dossiers');
    expect(posts(turn.calls)[0]!.params.channel).toBe(claireDm);
  });

  it('takes a sick report in a French modal and answers with the Belgian steps', async () => {
    const view = modalOf(await t.slack.command(claire, `absence <@${sophie.id}|sophie>`));
    expect(view.title.text).toBe('Signaler une absence');
    expect(viewText(view)).toContain('Collègue : Sophie Lambert');
    const future = ackOf(await t.slack.submitView(claire, view, stateFor(view.blocks, { firstSickDay: '2026-04-01', expected: 'weeks' })));
    expect(JSON.stringify(future.view.blocks)).toContain('est dans le futur');
    const submitted = await t.slack.submitView(claire, view, stateFor(view.blocks, { firstSickDay: '2026-03-02', expected: 'weeks' }));
    expect(ackOf(submitted)).toEqual({ response_action: 'clear' });
    const shown = shownText(posts(submitted.calls));
    expect(shown).toContain('L’absence de Sophie Lambert est enregistrée.');
    expect(shown).toContain('Demander un trajet de réintégration');
    caseId = (await t.app.store.cases.list(tenantId))[0]!.value.id;
  });

  it('shows the case in the Home tab and the French guide on top of the case', async () => {
    const publish = (await t.slack.openApp(claire, 'home')).calls.find((c) => c.method === 'views.publish')!;
    expect(checkSlackLimits(publish.params.view)).toEqual([]);
    const home = shownText([publish]);
    expect(home).toContain('Dossiers de l’organisation');
    expect(home).toContain('Début de l’absence');
    homeView = { ...publish.params.view, id: 'V-home' };

    const caseModal = modalOf(await t.slack.click(claire, buttonFor(homeView.blocks, 'case.open'), { view: homeView }));
    expect(viewText(caseModal)).toContain('Étapes légales');
    prepareModal = modalOf(await t.slack.click(claire, buttonFor(caseModal.blocks, 'prepare.open'), { view: caseModal }), 'views.push');
    const guide = viewText(prepareModal);
    expect(guide).toContain('Comment allez-vous');
    expect(guide).toContain('CARE : quatre points d’attention');
    expect(guide).toContain('le conseiller en prévention-médecin du travail');
  });

  it('holds back a French medical note in the modal, then records the conversation', async () => {
    const view = modalOf(await t.slack.click(claire, buttonFor(prepareModal.blocks, 'outcome.open'), { view: prepareModal }), 'views.push');
    const entries = { date: '2026-03-04', kind: 'call', mood: 'good', agreements: ['contact'], wishes: ['team_not_informed'], nextContact: '2026-03-11' };
    const held = ackOf(await t.slack.submitView(claire, view, stateFor(view.blocks, { ...entries, notes: 'Elle s’est foulé la cheville et prend des antidouleurs.' })));
    expect(held.response_action).toBe('update');
    expect(JSON.stringify(held.view.blocks)).toContain('Votre note semblait contenir des informations médicales');
    expect(await t.app.store.records.list(tenantId, { caseId, kind: 'outcome' })).toHaveLength(0);

    const again = { ...held.view, id: 'V-out-again' };
    const note = 'Travail sur écran limité à quatre heures par jour ; nous reparlons de la reprise progressive dans une semaine.';
    const saved = await t.slack.submitView(claire, again, stateFor(again.blocks, { ...entries, notes: note }));
    expect(ackOf(saved)).toEqual({ response_action: 'clear' });
    expect(shownText(posts(saved.calls))).toContain('L’entretien avec Sophie Lambert du mercredi 4 mars 2026 est noté.');
    const outcomes = await t.app.store.records.list(tenantId, { caseId, kind: 'outcome' });
    expect(outcomes.map((o) => o.data.notes)).toEqual([note]);
  });

  it('records the request for a re-integration trajectory', async () => {
    const card = lastPostWith(t.fakeSlack.calls, 'milestone.open');
    const view = modalOf(await t.slack.click(claire, buttonFor(card.params.blocks, 'milestone.open'), { message: { channel: claireDm, ts: 'ts-case' } }));
    const options = inputBlock(view.blocks, 'milestoneId').element.options.map((o: any) => o.text.text);
    expect(options).toContain('Demander un trajet de réintégration (mer. 2 sept. 2026)');
    const done = await t.slack.submitView(claire, view, stateFor(view.blocks, { milestoneId: 'be.rit_request', on: '2026-03-05' }));
    expect(shownText(done.calls)).toContain('« Trajet de réintégration demandé » est marqué comme fait (jeudi 5 mars 2026).');
    expect((await t.app.store.cases.get(tenantId, caseId))!.value.rit).toMatchObject({ requestedOn: '2026-03-05' });
  });

  it('invites the employee in French and takes her check-in, holding back a French medical note', async () => {
    t.clock.set('2026-03-09T08:30:00Z');
    const before = t.fakeSlack.calls.length;
    await t.app.scheduling.scheduler.tick();
    const invite = posts(t.fakeSlack.calls.slice(before), sophieDm);
    expect(invite).toHaveLength(1);
    expect(shownText(invite)).toContain('De courts check-ins, si vous le souhaitez');
    expect(shownText(invite)).toMatch(/\*pause\*, \*stop\* ou \*oubliez-moi\*/);

    const yes = buttonFor(invite[0]!.params.blocks.filter((b: any) => JSON.stringify(b).includes('\\"choice\\":\\"yes\\"')), 'checkin.consent');
    const form = modalOf(await t.slack.click(sophie, yes, { message: { channel: sophieDm, ts: 'ts-invite' } }));
    expect(viewText(form)).toContain('Combien d’énergie avez-vous cette semaine ?');

    const entries = { energy: '4', progress: '3', help: 'fewer_hours', shareWithManager: ['true'] };
    const held = ackOf(await t.slack.submitView(sophie, form, stateFor(form.blocks, { ...entries, note: 'Le kiné dit que mon genou ira mieux dans un mois.' })));
    expect(viewText(held.view)).toContain('Votre commentaire semblait contenir quelque chose de médical');
    const sophieId = (await t.app.store.people.findByIdentity(tenantId, `slack:${t.fakeSlack.teamId}:${sophie.id}`))!.value.id;
    expect(await t.app.store.records.list(tenantId, { personId: sophieId, kind: 'checkin' })).toEqual([]);

    const again = { ...held.view, id: 'V-checkin-again' };
    const saved = await t.slack.submitView(sophie, again, stateFor(again.blocks, { ...entries, note: 'Je préfère commencer le matin.' }));
    expect(shownText(posts(saved.calls, sophieDm))).toContain('Merci pour votre check-in.');
    const stored = await t.app.store.records.list(tenantId, { personId: sophieId, kind: 'checkin' });
    expect(stored.map((r) => r.data)).toEqual([
      { on: '2026-03-09', energy: 4, progress: 3, help: 'fewer_hours', note: 'Je préfère commencer le matin.', shareWithManager: true, shareWithHr: false },
    ]);
  });

  it('lets the employee switch to Dutch with taal nl, and back with langue fr', async () => {
    expect(shownText((await t.slack.dm(sophie, 'taal nl')).calls)).toContain('Ik schrijf je voortaan in het Nederlands.');
    expect(shownText((await t.slack.dm(sophie, 'mijn gegevens')).calls)).toContain('Mijn gegevens');
    expect(shownText((await t.slack.dm(sophie, 'langue fr')).calls)).toContain('Je vous écrirai désormais en français.');
    expect(shownText((await t.slack.dm(sophie, 'mes données')).calls)).toContain('Tout ce que vous avez rempli dans vos check-ins.');
  });
  it('records decision A and the plan de réintégration in a French modal; Sophie replies in French in her DM', async () => {
    t.clock.set('2026-03-20T10:00:00Z');
    const card = lastPostWith(t.fakeSlack.calls, 'milestone.open');
    const decision = modalOf(await t.slack.click(claire, buttonFor(card.params.blocks, 'milestone.open'), { message: { channel: claireDm, ts: 'ts-case-2' } }));
    await t.slack.submitView(claire, decision, stateFor(decision.blocks, { milestoneId: 'be.rit_assessment', on: '2026-03-19', decision: 'A' }));
    expect((await t.app.store.cases.get(tenantId, caseId))!.value.rit).toEqual({ requestedOn: '2026-03-05', decision: { kind: 'A', on: '2026-03-19' } });

    t.clock.set('2026-03-23T10:00:00Z');
    const caseCard = lastPostWith(t.fakeSlack.calls, 'dossier.open');
    const opened = await t.slack.click(claire, buttonFor(caseCard.params.blocks, 'dossier.open'), { message: { channel: claireDm, ts: 'ts-case-3' } });
    const dossier = lastPostWith(opened.calls, 'document.open');
    expect(shownText([dossier])).toContain('Dossier de réintégration de Sophie Lambert');
    const state = stateFor(dossier.params.blocks, { docType: 'be.rit_plan' });
    const planView = modalOf(await t.slack.click(claire, buttonFor(dossier.params.blocks, 'document.open'), { message: { channel: claireDm, ts: 'ts-dossier', state } }));
    expect(viewText(planView)).toContain('Plan de réintégration · Sophie Lambert');
    expect(viewText(planView)).toContain('Travail adapté (tâches, volume, horaire, reprise progressive)');
    const entries = { on: '2026-03-23', measures: ['adapted_work'], hours: '4 heures par jour', validFrom: '2026-03-30', validUntil: '2026-07-31', authorTitle: 'Responsable RH' };
    const held = ackOf(await t.slack.submitView(claire, planView, stateFor(planView.blocks, { ...entries, details: 'Mi-temps, le temps que sa tendinite guérisse.' })));
    expect(viewText(held.view)).toContain('Cela semblait contenir des informations médicales');
    expect(await t.app.store.records.list(tenantId, { caseId, kind: 'document' })).toHaveLength(0);
    const again = { ...held.view, id: 'V-plan-again' };
    const saved = await t.slack.submitView(claire, again, stateFor(again.blocks, { ...entries, details: 'Le matin à l’accueil, sans port de charges.' }));
    expect(ackOf(saved)).toEqual({ response_action: 'clear' });
    expect(shownText(saved.calls)).toContain('Sophie Lambert reçoit le plan dans le chat');

    const before = t.fakeSlack.calls.length;
    await t.app.scheduling.scheduler.tick();
    const toSophie = lastPostWith(t.fakeSlack.calls.slice(before), 'view.submit');
    expect(toSophie.params.channel).toBe(sophieDm);
    expect(shownText([toSophie])).toContain('Votre point de vue : Plan de réintégration');
    expect(shownText([toSophie])).toContain('Faites savoir dans les 14 jours si vous êtes d’accord');
    const answer = await t.slack.click(sophie, buttonFor(toSophie.params.blocks, 'view.submit'), { message: { channel: sophieDm, ts: 'ts-view', state: stateFor(toSophie.params.blocks, { stance: 'agree' }) } });
    expect(shownText(answer.calls)).toContain('Merci. Votre réponse est dans le dossier.');
    expect((await t.app.store.records.list(tenantId, { caseId, kind: VIEW_RECORD })).map((v) => v.data.stance)).toEqual(['agree']);
  });
});
