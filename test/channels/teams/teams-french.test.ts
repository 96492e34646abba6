// A Belgian case walked in French in Teams, over HTTP against the started server: the set-up by a
// French-speaking administrator, a sick report, the conversation guide, a conversation recorded
// (a French medical note held back first), a step of the re-integration trajectory, and the
// employee's check-in; the plan de réintégration in the case file, Sophie's reply and the PDF in
// French; the HR workspace opened from the chat, in French. Then the language a person chooses
// wins over the Teams client's.
import { VIEW_RECORD } from '../../../src/domain/dossier';
import { screenText } from '../../../src/domain/privacy/medical-screen';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { pdfText, plain } from '../../support/pdf-text';
import { actionData as action, cardWith, notTo, shown as texts, tick } from '../../support/checkin-helpers';
import { cardOf, cardText, inputOf, type TeamsUser } from '../../support/teams-client';
import { Browser, signIn } from '../../support/web-world';

const claire: TeamsUser = { id: 'claire', aadObjectId: 'aad-claire', name: 'Claire Dubois' };
const sophie: TeamsUser = { id: 'sophie', aadObjectId: 'aad-sophie', name: 'Sophie Lambert' };
const jan: TeamsUser = { id: 'jan', aadObjectId: 'aad-jan', name: 'Jan Peeters' };
const team = { id: '19:team-namur@thread.tacv2', conversationType: 'channel' as const };

describe('Teams: a Belgian case in French', () => {
  let t: TestApp;
  let tenantId = '';
  let caseId = '';
  const sophieChat = () => t.teams.personal(sophie);

  beforeAll(async () => {
    // The Teams client of everyone here reports French (Belgium).
    t = await startTestApp({ now: '2026-03-05T09:30:00Z', locale: 'fr-BE' });
  });
  afterAll(() => t.stop());

  it('greets the first person in French and takes the set-up: Belgium, French by default', async () => {
    const hello = await t.teams.install(claire);
    const said = texts(hello);
    expect(said).toContain('Bonjour Claire Dubois, bienvenue dans Herstart');
    expect(said).toContain('c’est donc vous qui l’administrez');
    const setup = hello.map(cardOf).find((c) => c && inputOf(c, 'jurisdiction'));
    expect(cardText(setup)).toContain('Paramétrer Herstart');
    expect(inputOf(setup, 'locale').value).toBe('fr-BE');
    expect(inputOf(setup, 'locale').choices.map((c: any) => c.title)).toContain('Français (Belgique)');
    const saved = await t.teams.submit(claire, 'setup', { ...action(setup, 'setup.submit'), jurisdiction: 'BE', employerSize: '60', locale: 'fr-BE', iAmHr: 'true' });
    expect(texts(saved)).toContain('Enregistré : Belgique (règles de réintégration), 60 travailleurs.');
    expect(texts(saved)).toContain('Tapez **règlement de travail**');
    tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
    expect((await t.app.store.tenants.get(tenantId))!.value.settings).toMatchObject({ jurisdiction: 'BE', locale: 'fr-BE', timeZone: 'Europe/Brussels' });

    t.connector.setRoster(team.id, [
      { id: '29:claire', name: claire.name, aadObjectId: claire.aadObjectId },
      { id: '29:sophie', name: sophie.name, aadObjectId: sophie.aadObjectId },
    ]);
    expect(texts(await t.teams.install(claire, team))).toContain('Je ne parle des dossiers qu’en privé');
  });

  it('answers aide with the French commands and the privacy note', async () => {
    const help = cardText(cardOf((await t.teams.say(claire, 'aide')).at(-1)!));
    expect(help).toContain('Ce que Herstart fait pour vous');
    for (const word of ['absence', 'mes dossiers', 'règlement de travail', 'langue fr']) expect(help).toContain(word);
    expect(help).toContain('Ne posez jamais de questions sur la maladie');
  });

  it('takes a sick report and shows the Belgian steps in French, with French dates', async () => {
    const intake = cardWith(await t.teams.say(claire, 'absence'), 'intake.submit');
    expect(cardText(intake)).toContain('Premier jour de maladie');
    const sophieId = inputOf(intake, 'employeeId').choices.find((c: any) => c.title === sophie.name).value;
    const saved = texts(await t.teams.submit(claire, 'intake', { ...action(intake, 'intake.submit'), employeeId: sophieId, firstSickDay: '2026-03-02', expected: 'weeks', expectedReturn: '' }));
    expect(saved).toContain('L’absence de Sophie Lambert est enregistrée. Voici les prochaines étapes :');
    expect(saved).toContain('Remettre le certificat médical à l’employeur');
    expect(saved).toContain('Malade depuis le\nlun. 2 mars 2026');
    expect(saved).toContain('Premier jour de maladie : lundi 2 mars 2026');
    caseId = (await t.app.store.cases.list(tenantId))[0]!.value.id;

    const list = cardText(cardWith(await t.teams.say(claire, 'mes dossiers'), 'case.open'));
    // Claire works at HR: she sees the organisation's cases.
    expect(list).toContain('Dossiers de l’organisation');
    expect(list).toContain('Début de l’absence');
    expect(list).toContain('Remettre le certificat médical à l’employeur · mar. 3 mars 2026 (2 jours de retard)');
  });

  it('prepares the conversation with the French guide: IGLOO levels, CARE, do’s and don’ts in Belgian terms', async () => {
    const guide = cardWith(await t.teams.submit(claire, 'x', { action: 'prepare.open', cardId: 'p-1', caseId }), 'outcome.open');
    const text = cardText(guide);
    expect(text).toContain('Préparer l’entretien avec Sophie Lambert · Début de l’absence');
    expect(text).toContain('Comment allez-vous, et est-ce que je peux faire quelque chose pour vous maintenant ?');
    expect(text).toContain('Le règlement de travail prévoit comment nous restons en contact');
    expect(text).toContain('CARE : quatre points d’attention');
    expect(text).toContain('Ne mettez pas la pression pour une date de reprise : elle découle de ce que conseille le conseiller en prévention-médecin du travail');
    // A Belgian case: no Dutch procedure in the guide.
    expect(text).not.toMatch(/arbodienst|UWV|bedrijfsarts/);
  });

  it('holds back a French medical note, then records the conversation in work terms', async () => {
    const form = cardWith(await t.teams.submit(claire, 'x', { action: 'outcome.open', cardId: 'o-1', caseId }), 'outcome.submit');
    expect(cardText(form)).toContain('Pas d’informations médicales');
    const answer = { ...action(form, 'outcome.submit'), date: '2026-03-04', kind: 'call', mood: 'mixed', agreements: 'contact', wishes: 'team_not_informed', nextContact: '2026-03-11', flagHr: 'false', concern: '' };
    const held = await t.teams.submit(claire, 'o-1', { ...answer, notes: 'Elle a mal au dos et va chez le kiné deux fois par semaine.' });
    expect(texts(held)).toContain('Votre note semblait contenir des informations médicales');
    expect(await t.app.store.records.list(tenantId, { caseId, kind: 'outcome' })).toHaveLength(0);

    const again = cardWith(held, 'outcome.submit');
    const note = 'Le médecin du travail conseille une reprise progressive, sans port de charges lourdes ni horaires de nuit.';
    const saved = await t.teams.submit(claire, 'o-2', { ...action(again, 'outcome.submit'), ...answer, notes: note });
    expect(texts(saved)).toContain('L’entretien avec Sophie Lambert du mercredi 4 mars 2026 est noté.');
    const outcomes = await t.app.store.records.list(tenantId, { caseId, kind: 'outcome' });
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.data).toMatchObject({ notes: note, nextContact: '2026-03-11' });
  });

  it('records a step of the re-integration trajectory: requested, then the decision A', async () => {
    const form = cardWith(await t.teams.submit(claire, 'x', { action: 'milestone.open', cardId: 'm-1', caseId }), 'milestone.submit');
    const steps = inputOf(form, 'milestoneId').choices;
    expect(steps).toContainEqual({ title: 'Demander un trajet de réintégration (mer. 2 sept. 2026)', value: 'be.rit_request' });
    const requested = texts(await t.teams.submit(claire, 'm-1', { ...action(form, 'milestone.submit'), milestoneId: 'be.rit_request', on: '2026-03-05' }));
    expect(requested).toContain('« Trajet de réintégration demandé » est marqué comme fait (jeudi 5 mars 2026).');
    expect(requested).toContain('Décision du conseiller en prévention-médecin du travail (A, B ou C)');

    t.clock.set('2026-03-20T10:00:00Z');
    const next = cardWith(await t.teams.submit(claire, 'x', { action: 'milestone.open', cardId: 'm-2', caseId }), 'milestone.submit');
    expect(inputOf(next, 'decision').choices.map((c: any) => c.title)).toEqual([
      'A : inapte temporairement, travail adapté ou autre travail entre-temps',
      'B : inapte définitivement au travail convenu, travail adapté ou autre travail possible',
      'C : impossible d’évaluer pour l’instant',
    ]);
    const missing = texts(await t.teams.submit(claire, 'm-2', { ...action(next, 'milestone.submit'), milestoneId: 'be.rit_assessment', on: '2026-03-19', decision: '' }));
    expect(missing).toContain('Choisissez la décision du conseiller en prévention-médecin du travail.');
    const decided = texts(await t.teams.submit(claire, 'm-3', { ...action(next, 'milestone.submit'), milestoneId: 'be.rit_assessment', on: '2026-03-19', decision: 'A' }));
    expect(decided).toContain('Plan de réintégration ou rapport motivé');
    const c = (await t.app.store.cases.get(tenantId, caseId))!.value;
    expect(c.rit).toMatchObject({ requestedOn: '2026-03-05', decision: { kind: 'A', on: '2026-03-19' } });
  });

  it('invites the employee in French, holds back a French medical note, and saves the check-in', async () => {
    // The invitation went out a week after the first sick day; Sophie never wrote to Herstart, so
    // she reads the organisation's language.
    t.clock.set('2026-03-09T08:30:00Z');
    const sent = await tick(t, notTo(t.teams.personal(claire).id));
    const invite = cardWith(sent, 'checkin.consent');
    const text = cardText(invite);
    expect(text).toContain('De courts check-ins, si vous le souhaitez');
    expect(text).toContain('Les RH ne voient pas vos réponses.');
    expect(text).toContain('Toutes les 2 semaines pendant votre rétablissement');

    const yes = await t.teams.submit(sophie, 'inv', action(invite, 'checkin.consent', { choice: 'yes' }), sophieChat());
    expect(texts(yes)).toContain('Voici votre premier check-in');
    const form = cardWith(yes, 'checkin.submit');
    expect(cardText(form)).toContain('Combien d’énergie avez-vous cette semaine ?');
    expect(inputOf(form, 'help').choices.map((c: any) => c.title)).toContain('Un entretien avec le médecin du travail');

    const answer = { ...action(form, 'checkin.submit'), energy: '3', progress: '3', help: 'adjusted_tasks', shareWithManager: 'true' };
    const held = await t.teams.submit(sophie, 'f-1', { ...answer, note: 'Mes migraines reviennent depuis le nouveau traitement contre la douleur.' }, sophieChat());
    expect(cardText(cardWith(held, 'checkin.submit'))).toContain('Votre commentaire semblait contenir quelque chose de médical');
    const sophieId = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-sophie'))!.value.id;
    expect(await t.app.store.records.list(tenantId, { personId: sophieId, kind: 'checkin' })).toHaveLength(0);

    const again = cardWith(held, 'checkin.submit');
    const saved = await t.teams.submit(sophie, 'f-2', { ...action(again, 'checkin.submit'), energy: '3', progress: '3', help: 'adjusted_tasks', shareWithManager: 'true', note: 'J’aimerais reprendre avec des tâches plus calmes.' }, sophieChat());
    expect(texts(saved)).toContain('Votre responsable voit que vous le demandez et peut en parler avec vous.');
    const stored = await t.app.store.records.list(tenantId, { personId: sophieId, kind: 'checkin' });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.data).toMatchObject({ energy: 3, help: 'adjusted_tasks', note: 'J’aimerais reprendre avec des tâches plus calmes.' });
  });

  it('records the plan de réintégration in the case file (a medical detail held back), takes Sophie’s reply and prints the file in French', async () => {
    t.clock.set('2026-03-23T10:00:00Z');
    const dossier = cardWith(await t.teams.submit(claire, 'x', { action: 'dossier.open', cardId: 'd-1', caseId }), 'document.open');
    expect(cardText(dossier)).toContain('Dossier de réintégration de Sophie Lambert');
    expect(inputOf(dossier, 'docType').choices.map((c: any) => c.title)).toContain('Plan de réintégration');
    const form = cardWith(await t.teams.submit(claire, 'x', { ...action(dossier, 'document.open'), docType: 'be.rit_plan' }), 'document.submit');
    expect(cardText(form)).toContain('Les mesures concrètement');
    const plan = { on: '2026-03-23', measures: 'adapted_work,training', validFrom: '2026-04-01', validUntil: '2026-09-30', authorTitle: 'Responsable RH' };
    const held = await t.teams.submit(claire, 'x', { ...action(form, 'document.submit'), ...plan, details: 'Des demi-journées, vu sa hernie discale.' });
    expect(texts(held)).toContain('Cela semblait contenir des informations médicales');
    expect(await t.app.store.records.list(tenantId, { caseId, kind: 'document' })).toHaveLength(0);
    const details = 'Des demi-journées à l’accueil, sans port de charges, avec une collègue de référence.';
    const saved = await t.teams.submit(claire, 'x', { ...action(cardWith(held, 'document.submit'), 'document.submit'), ...plan, details, hours: '4 heures par jour, 6 heures après six semaines.' });
    expect(texts(saved)).toContain('« Plan de réintégration » du lundi 23 mars 2026 est enregistré.');
    expect(texts(saved)).toContain('Sophie Lambert reçoit le plan dans le chat et dispose de 14 jours pour y répondre : d’accord, ou pas d’accord en disant pourquoi.');

    const toSophie = await tick(t, (c) => c.conversationId === sophieChat().id);
    const reply = cardWith(toSophie, 'view.submit');
    expect(cardText(reply)).toContain('Votre point de vue : Plan de réintégration');
    expect(cardText(reply)).toContain(details);
    const refused = await t.teams.submit(sophie, 'x', { ...action(reply, 'view.submit'), stance: 'disagree', words: '' }, sophieChat());
    expect(texts(refused)).toContain('Écrivez en quelques mots pourquoi vous n’êtes pas d’accord.');
    const why = 'Je préfère d’abord suivre la formation.';
    const answered = await t.teams.submit(sophie, 'x', { ...action(reply, 'view.submit'), stance: 'disagree', words: why }, sophieChat());
    expect(texts(answered)).toContain('Réponse donnée');
    expect((await t.app.store.records.list(tenantId, { caseId, kind: VIEW_RECORD })).map((v) => v.data.words)).toEqual([why]);

    const answer = await t.teams.say(claire, 'dossier Sophie');
    const linkCard = answer.map(cardOf).find((c) => c && (c.actions ?? []).some((x: any) => x.type === 'Action.OpenUrl'));
    expect(cardText(linkCard)).toContain('Le lien fonctionne une seule fois');
    const url = linkCard.actions.find((x: any) => x.type === 'Action.OpenUrl').url as string;
    const local = `${t.url}/l/${url.split('/l/')[1]}`;
    const page = await (await fetch(local)).text();
    expect(page).toContain('<html lang="fr-BE"');
    expect(page).toContain('Votre lien est prêt');
    const res = await fetch(local, { method: 'POST', headers: { Origin: t.url } });
    expect(res.status).toBe(200);
    const text = plain((await pdfText(Buffer.from(await res.arrayBuffer()))).pages.join('\n'));
    let at = 0;
    for (const title of ['Dossier de réintégration', 'Données', 'Complétude', 'Étapes légales', 'Demande de trajet de réintégration', 'Évaluation et décision du conseiller en prévention-médecin du travail', 'Plan de réintégration ou rapport motivé', 'Réponse du travailleur', 'Recours', 'Contacts']) {
      const found = text.indexOf(title, at);
      expect([title, found >= 0]).toEqual([title, true]);
      at = found + title.length;
    }
    expect(text).toContain('Demandé le jeu. 5 mars 2026');
    expect(text).toContain('A : inapte temporairement');
    expect(text).toContain(details);
    expect(text).toContain(why);
    expect(text).toContain('Réponse du travailleur : Pas d’accord');
    expect(text).toContain(`Dans ses propres mots : « ${why} »`);
    expect(text).toContain('Rédigé par : Claire Dubois, Responsable RH');
    expect(text).toContain('Un recours n’est possible que contre la décision B.');
    expect(screenText(text).matches).toEqual([]);
    // Used once: a spent link knows nothing any more, so the page speaks the browser's language.
    const spent = await fetch(local, { method: 'POST', headers: { Origin: t.url, 'Accept-Language': 'fr-BE,fr;q=0.9' } });
    expect(spent.status).toBe(410);
    expect(await spent.text()).toContain('Ce lien ne fonctionne plus');
  });

  it('opens the HR workspace in French from « aperçu »: the case list and the case page', async () => {
    const said = texts(await t.teams.say(claire, 'aperçu'));
    expect(said).toContain('Votre aperçu est prêt');
    const link = new URL(/\((https?:\/\/[^)\s]+\/l\/[A-Za-z0-9_-]+)\)/.exec(said)![1]!).pathname;
    const browser = new Browser(t.url);
    expect((await signIn(browser, link)).status).toBeLessThan(400);
    const list = await (await browser.get('/')).text();
    expect(list).toContain('<html lang="fr-BE"');
    expect(list).toContain('Tous les dossiers en cours');
    expect(list).toContain('Sophie Lambert');
    expect(list).toContain('Prochaine étape légale');
    const page = await (await browser.get(`/cases/${caseId}`)).text();
    expect(page).toContain('Retour aux dossiers');
    expect(page).toContain('Malade depuis le');
    expect(page).toContain('lun. 2 mars 2026');
    // The case file as a task list: the plan recorded above and Sophie's reply to it.
    expect(page).toContain('Documents et points de vue');
    expect(page).toContain('Plan de réintégration');
    expect(page).toContain('Télécharger le dossier (pdf)');
    expect(page).not.toMatch(/Ziek sinds|Terug naar|Volgende wettelijke stap/);
  });

  it('lets a person choose their language: langue fr, taal nl, language en', async () => {
    // Jan's Teams client is French too, but he reads Dutch.
    await t.teams.say(jan, 'bonjour');
    expect(texts(await t.teams.say(jan, 'taal nl'))).toBe('Ik schrijf je voortaan in het Nederlands.');
    expect(cardText(cardOf((await t.teams.say(jan, 'aide')).at(-1)!))).toContain('Wat Herstart voor je doet');
    expect(texts(await t.teams.say(jan, 'language en'))).toBe('I will write to you in English.');
    expect(texts(await t.teams.say(jan, 'langue français'))).toBe('Je vous écrirai désormais en français.');
    expect(cardText(cardOf((await t.teams.say(jan, 'help')).at(-1)!))).toContain('Ce que Herstart fait pour vous');
    expect(texts(await t.teams.say(jan, 'langue klingon'))).toContain('langue fr');
  });
});
