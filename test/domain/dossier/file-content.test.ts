import { recordRitDecision, requestRit } from '../../../src/domain/case-events';
import { recordLegalEvent } from '../../../src/domain/legal/events';
import { buildCaseFile, type CaseFile, type FileBlock } from '../../../src/domain/dossier';
import { screenText } from '../../../src/domain/privacy/medical-screen';
import { addDays, aCase, ANALYSIS, contact, doc, done, evaluation, PLAN, view } from './fixtures';

const START = '2026-01-05';
const day = (n: number) => addDays(START, n - 1);
const names = { employer: 'Bakkerij De Korenaar', employee: 'Sanne Jansen', manager: 'Marleen de Vries', people: { 'p-manager': 'Marleen de Vries', 'p-employee': 'Sanne Jansen' } };

function blockText(b: FileBlock): string {
  switch (b.type) {
    case 'facts':
      return b.rows.map((r) => `${r.label}: ${r.value}`).join('\n');
    case 'list':
      return b.items.map((i) => i.text).join('\n');
    case 'table':
      return [b.head, ...b.rows].map((r) => r.join(' | ')).join('\n');
    default:
      return b.text;
  }
}
const sectionText = (f: CaseFile, id: string) => f.sections.find((s) => s.id === id)!.blocks.map(blockText).join('\n');
const allText = (f: CaseFile) => f.sections.map((s) => `${s.title}\n${s.blocks.map(blockText).join('\n')}`).join('\n');

function dutchCase() {
  const c = done(aCase('NL', START), ['nl.arbo_report', day(3)], ['nl.problem_analysis', day(35)], ['nl.action_plan', day(45)], ['nl.evaluation', day(80)]);
  const analysis = doc('nl.problem_analysis', day(35), ANALYSIS);
  const plan = doc('nl.action_plan', day(45), PLAN);
  const adjusted = doc('nl.action_plan', day(79), { ...PLAN, goal: 'own_work', adjustmentReason: 'Het gaat beter dan verwacht.' });
  const e1 = doc('nl.evaluation', day(80), evaluation('Drie ochtenden per week lukt.'), { docId: 'e1' });
  const draft = doc('nl.evaluation', day(100), evaluation('Half af'), { docId: 'e2', status: 'draft' });
  const records = [
    analysis, plan, view(plan, 'partly', day(46), 'Ik wil liever eerst thuis beginnen.'), adjusted, view(adjusted, 'agree', day(79), null, 'paper'),
    e1, view(e1, 'agree', day(81)), draft,
    contact(day(2), ['contact'], 'We bellen elke dinsdag.'), contact(day(30), ['workplace', 'hours'], null, { buildupHours: 12, nextContact: day(37) }),
    { id: 'ci-1', kind: 'checkin', createdAt: `${day(20)}T10:00:00Z`, createdBy: 'p-employee', data: { on: day(20), energy: 'low', note: 'Privé: mijn eigen aantekening.' } },
  ];
  return { c, records };
}

describe('buildCaseFile', () => {
  it("puts a Dutch file in the order of UWV's re-integratieverslag", () => {
    const { c, records } = dutchCase();
    const f = buildCaseFile({ c, records, names, moment: { today: day(110), generatedAt: 'di 25 apr 2026' }, locale: 'nl-NL' });
    expect(f.sections.map((s) => s.id)).toEqual(['cover', 'completeness', 'timeline', 'problem_analysis', 'action_plan', 'evaluations', 'contacts', 'first_year', 'final', 'views']);
    expect(f.title).toBe('Re-integratieverslag');
    expect(f.subtitle).toBe('Sanne Jansen · eerste ziektedag ma 5 jan 2026');
    expect(sectionText(f, 'cover')).toContain('Casemanager: Petra Visser');
    expect(sectionText(f, 'cover')).toContain('Werkgever: Bakkerij De Korenaar');
  });

  it('shows the plan and every adjustment in full, each with the view and who wrote it', () => {
    const { c, records } = dutchCase();
    const f = buildCaseFile({ c, records, names, moment: { today: day(110), generatedAt: 'x' }, locale: 'nl-NL' });
    const plan = sectionText(f, 'action_plan');
    expect(plan).toContain('Plan van aanpak · Oorspronkelijke versie · wo 18 feb 2026');
    expect(plan).toContain('Plan van aanpak · Bijstelling 1 · di 24 mrt 2026');
    expect(plan).toContain('Waarom het plan wordt bijgesteld: Het gaat beter dan verwacht.');
    expect(plan).toContain('1. Werkplek bij het raam inrichten (Leidinggevende)');
    expect(plan).toContain('Zienswijze medewerker: Gedeeltelijk eens (gegeven op do 19 feb 2026)');
    expect(plan).toContain('In eigen woorden: “Ik wil liever eerst thuis beginnen.”');
    expect(plan).toContain('op papier gegeven op di 24 mrt 2026');
    expect(plan).toContain('Opgesteld door: Marleen de Vries, Teamleider');
  });

  it('lists evaluations, the contact log with every agreement, and the views in one table', () => {
    const { c, records } = dutchCase();
    const f = buildCaseFile({ c, records, names, moment: { today: day(110), generatedAt: 'x' }, locale: 'nl-NL' });
    const evals = sectionText(f, 'evaluations');
    expect(evals).toContain('Evaluatie 1 · wo 25 mrt 2026');
    expect(evals).toContain('Toelichting op de voortgang: Drie ochtenden per week lukt.');
    expect(evals).toContain('Er staat een concept klaar van');
    expect(sectionText(f, 'contacts')).toContain('We bellen elke dinsdag.');
    expect(sectionText(f, 'contacts')).toContain('werkplek aangepast; minder uren of lager tempo; opbouw 12 uur per week; volgend contact');
    const views = sectionText(f, 'views');
    expect(views.split('\n').filter((l) => l.includes(' | '))).toHaveLength(4); // head + plan, adjustment, evaluation
    expect(sectionText(f, 'first_year')).toBe('Nog niet vastgelegd.');
  });

  it('leaves out what is the employee\'s own, and nothing in it reads as medical', () => {
    const { c, records } = dutchCase();
    const text = allText(buildCaseFile({ c, records, names, moment: { today: day(110), generatedAt: 'x' }, locale: 'nl-NL' }));
    expect(text).not.toContain('Privé: mijn eigen aantekening');
    expect(screenText(text).matches).toEqual([]);
  });

  it('shows the timeline from the deadline engine with late and overdue steps, and the completeness check', () => {
    const c = done(aCase('NL', START), ['nl.arbo_report', day(10)]);
    const f = buildCaseFile({ c, records: [], names, moment: { today: day(50), generatedAt: 'x' }, locale: 'en' });
    const timeline = f.sections.find((s) => s.id === 'timeline')!.blocks[0]!;
    expect(timeline.type).toBe('table');
    if (timeline.type !== 'table') return;
    expect(timeline.rows[0]).toEqual(['Report the absence to the occupational health service', 'Sun 11 Jan 2026', 'Wed 14 Jan 2026', '3 days late']);
    expect(timeline.rows[1]).toEqual(['Problem analysis by the occupational doctor', 'Sun 15 Feb 2026', '—', 'open, 8 days overdue']);
    expect(timeline.tones?.slice(0, 2)).toEqual(['risk', 'risk']);
    expect(sectionText(f, 'completeness')).toContain('2 points need attention');
    expect(f.completeness.items.map((i) => i.code)).toEqual(['step_late', 'step_overdue']);
  });

  it('lists the legal events recorded for the case after the steps, with their facts', () => {
    const c0 = done(aCase('NL', START), ['nl.arbo_report', day(3)]);
    const c1 = recordLegalEvent(c0, { event: 'second_track_start', on: day(300), provider: 'Werkfit Advies' });
    const c = recordLegalEvent(c1, { event: 'expert_opinion', on: day(320), by: 'employee', topic: 'suitable_work' });
    const f = buildCaseFile({ c, records: [], names, moment: { today: day(330), generatedAt: 'x' }, locale: 'nl-NL' });
    const timeline = sectionText(f, 'timeline');
    expect(timeline).toContain('Wettelijke gebeurtenissen');
    expect(timeline).toContain('Tweede spoor gestart | Werkfit Advies');
    expect(timeline).toContain('Deskundigenoordeel aangevraagd bij UWV | gevraagd door de medewerker; Is het aangeboden werk passend?');
    expect(sectionText(buildCaseFile({ c: c0, records: [], names, moment: { today: day(330), generatedAt: 'x' }, locale: 'nl-NL' }), 'timeline')).not.toContain('Wettelijke gebeurtenissen');
  });

  it('writes a complete file in English and in Belgian Dutch with the same sections', () => {
    const { c, records } = dutchCase();
    const en = buildCaseFile({ c, records, names, moment: { today: day(110), generatedAt: 'x' }, locale: 'en' });
    expect(en.sections.map((s) => s.title)).toEqual(['Details', 'Completeness', 'Legal steps', 'Problem analysis', 'Plan of action and its adjustments', 'Reviews', 'Contacts', 'First-year review', 'Up-to-date assessment and final review', "The employee's view"]);
    expect(sectionText(en, 'action_plan')).toContain("Employee's view: Agrees in part");
  });

  it("puts a Belgian file in the trajectory's order: request, decision, plan, reply, appeal", () => {
    const c0 = recordRitDecision(requestRit(aCase('BE', '2026-02-02', 60), { on: '2026-03-02' }), { kind: 'B', on: '2026-04-06' });
    const c = done(c0, ['be.rit_plan', '2026-06-01']);
    const plan = doc('be.rit_plan', '2026-06-01', { measures: ['other_work', 'training'], details: 'Administratie op de tweede verdieping.', hours: '4 uur per dag', validFrom: '2026-06-15', validUntil: '2026-12-31' });
    const f = buildCaseFile({ c, records: [plan, view(plan, 'disagree', '2026-06-10', 'Ik wil eerst de opleiding volgen.')], names, moment: { today: '2026-06-20', generatedAt: 'x' }, locale: 'nl-BE' });
    expect(f.sections.map((s) => s.id)).toEqual(['cover', 'completeness', 'timeline', 'rit_request', 'rit_assessment', 'rit_plan', 'rit_reply', 'rit_appeal', 'contacts']);
    expect(f.title).toBe('Re-integratiedossier');
    expect(sectionText(f, 'rit_request')).toBe('Aangevraagd op: ma 2 mrt 2026');
    expect(sectionText(f, 'rit_assessment')).toContain('B: definitief ongeschikt');
    expect(sectionText(f, 'rit_plan')).toContain('Maatregelen: Ander werk, Opleiding of training');
    expect(sectionText(f, 'rit_plan')).toContain('Antwoord werknemer: Niet eens');
    expect(sectionText(f, 'rit_reply')).toContain('Ik wil eerst de opleiding volgen.');
    expect(sectionText(f, 'rit_appeal')).toBe('De beroepstermijn liep af op ma 27 apr 2026.');
    expect(sectionText(f, 'cover')).toContain('Werknemer: Sanne Jansen');
  });
  it('writes a Belgian file in French: the trajectory in Belgian terms, French dates, quotes and colons', () => {
    const c0 = recordRitDecision(requestRit(aCase('BE', '2026-02-02', 60), { on: '2026-03-02' }), { kind: 'A', on: '2026-03-20' });
    const c = done(c0, ['be.rit_plan', '2026-05-11']);
    const plan = doc('be.rit_plan', '2026-05-11', { measures: ['workstation', 'adapted_work'], details: 'Des demi-journées à l’accueil, sans port de charges.', hours: '4 heures par jour', validFrom: '2026-05-18', validUntil: '2026-08-31' });
    const f = buildCaseFile({ c, records: [plan, view(plan, 'partly', '2026-05-15', 'Je préfère commencer le matin.')], names, moment: { today: '2026-05-20', generatedAt: 'x' }, locale: 'fr-BE' });
    expect(f.title).toBe('Dossier de réintégration');
    expect(f.subtitle).toBe('Sanne Jansen · premier jour de maladie lun. 2 févr. 2026');
    expect(f.sections.map((s) => s.title)).toEqual([
      'Données', 'Complétude', 'Étapes légales', 'Demande de trajet de réintégration', 'Évaluation et décision du conseiller en prévention-médecin du travail',
      'Plan de réintégration ou rapport motivé', 'Réponse du travailleur', 'Recours', 'Contacts',
    ]);
    expect(sectionText(f, 'cover')).toContain('Travailleur: Sanne Jansen');
    expect(sectionText(f, 'rit_request')).toBe('Demandé le: lun. 2 mars 2026');
    expect(sectionText(f, 'rit_assessment')).toContain('A : inapte temporairement');
    expect(sectionText(f, 'rit_plan')).toContain('Mesures: Poste de travail adapté, Travail adapté (tâches, volume, horaire, reprise progressive)');
    expect(sectionText(f, 'rit_plan')).toContain('Réponse du travailleur : En partie d’accord (donné le ven. 15 mai 2026)');
    expect(sectionText(f, 'rit_plan')).toContain('Dans ses propres mots : « Je préfère commencer le matin. »');
    expect(sectionText(f, 'rit_appeal')).toBe('Un recours n’est possible que contre la décision B.');
    expect(screenText(allText(f)).matches).toEqual([]);
  });

  it('writes a Dutch file in French for a French reader, with the Dutch document names beside the French', () => {
    const { c, records } = dutchCase();
    const f = buildCaseFile({ c, records, names, moment: { today: day(110), generatedAt: 'x' }, locale: 'fr-BE' });
    expect(f.title).toBe('Rapport de réintégration (re-integratieverslag)');
    expect(f.sections.map((s) => s.title)).toEqual([
      'Données', 'Complétude', 'Étapes légales', 'Analyse du problème', 'Plan d’action et ajustements', 'Évaluations', 'Contacts',
      'Évaluation de la première année', 'Avis actualisé et évaluation finale', 'Point de vue du travailleur',
    ]);
    expect(sectionText(f, 'action_plan')).toContain('Point de vue du travailleur : En partie d’accord');
    expect(sectionText(f, 'contacts')).toContain('poste de travail aménagé ; moins d’heures ou rythme plus calme ; reprise progressive : 12 heures par semaine');
  });
});
