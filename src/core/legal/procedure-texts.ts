// Words for the Belgian contact procedure (from the work rules): the administrator's form, the
// answers, and the line the manager reads in the conversation guide. Dutch (as in Belgium: the
// rule is Belgian, so nl-NL and nl-BE read the same), English and French (Belgium).
import type { Lang } from '../i18n';

const nl = {
  title: 'Contactprocedure uit het arbeidsreglement',
  intro:
    'Sinds 2026 zegt het arbeidsreglement wie contact houdt met een arbeidsongeschikte werknemer en hoe vaak. ' +
    'Neem hier over wat in jullie arbeidsreglement staat: Herstart stemt het contactritme en de herinneringen erop af en toont het de leidinggevende. ' +
    'Het contact is er om te steunen, niet om te controleren.',
  who: 'Wie neemt contact op?',
  whoChoices: { manager: 'De leidinggevende', hr: 'HR (de personeelsdienst)', role: 'Een andere rol (vul hieronder in)' },
  role: 'Welke rol? (bijvoorbeeld: vertrouwenspersoon, casemanager)',
  how: 'Hoe?',
  first: 'Eerste contact binnen hoeveel werkdagen na de ziekmelding?',
  recovery: 'Daarna om de hoeveel dagen tijdens de afwezigheid?',
  preReturn: 'Om de hoeveel dagen tijdens de voorbereiding op de werkhervatting?',
  submit: 'Opslaan',
  numbersInvalid: 'Vul de termijnen in als hele getallen: eerste contact 1 tot 10 werkdagen, daarna 1 tot 90 dagen.',
  roleMissing: 'Vul de rol in die het arbeidsreglement noemt.',
  roleHeld: 'De rol leek medische informatie te bevatten, dus ik heb hem uit het formulier gehaald; er is niets opgeslagen. Noteer alleen de functie.',
  onlyBe: 'De contactprocedure uit het arbeidsreglement is een Belgische regel. Voor een Nederlandse organisatie stel je het contactritme niet hier in.',
  onlyAdminOrHr: 'Alleen de beheerder of HR kan de contactprocedure vastleggen.',
  saved: (summary: string) => `Opgeslagen. ${summary} Het contactritme en de herinneringen volgen dit voortaan.`,
  setupHint: 'Typ **arbeidsreglement** om de contactprocedure uit jullie arbeidsreglement vast te leggen.',
  /** The guide's line: who, how, how often. */
  summary: (who: string, how: string, first: number, every: number, preReturn: number) =>
    `Volgens het arbeidsreglement neemt ${who} contact op${how ? ` (${how})` : ''}: de eerste keer binnen ${first} ${first === 1 ? 'werkdag' : 'werkdagen'}, ` +
    `daarna om de ${every} dagen, en om de ${preReturn} dagen tijdens de voorbereiding op de werkhervatting.`,
  guideTitle: 'Contact volgens het arbeidsreglement',
};

const en: typeof nl = {
  title: 'Contact procedure from the work rules',
  intro:
    'Since 2026 the work rules must say who keeps in touch with an employee who is unfit for work, and how often. ' +
    'Copy what your work rules say: Herstart sets the contact rhythm and reminders to match and shows it to the manager. ' +
    'The contact is there to support, not to check up.',
  who: 'Who makes contact?',
  whoChoices: { manager: 'The manager', hr: 'HR', role: 'Another role (fill in below)' },
  role: 'Which role? (for example: confidential adviser, case manager)',
  how: 'How?',
  first: 'First contact within how many working days of the sick report?',
  recovery: 'Then every how many days during the absence?',
  preReturn: 'Every how many days while the return is being prepared?',
  submit: 'Save',
  numbersInvalid: 'Enter the terms as whole numbers: first contact within 1 to 10 working days, then 1 to 90 days.',
  roleMissing: 'Fill in the role the work rules name.',
  roleHeld: 'The role seemed to contain medical information, so I took it out of the form; nothing has been saved. Note the job title only.',
  onlyBe: 'The contact procedure from the work rules is a Belgian rule. A Dutch organisation does not set its contact rhythm here.',
  onlyAdminOrHr: 'Only the administrator or HR can record the contact procedure.',
  saved: (summary) => `Saved. ${summary} The contact rhythm and reminders follow it from now on.`,
  setupHint: 'Type **work rules** to record the contact procedure from your work rules.',
  summary: (who, how, first, every, preReturn) =>
    `Under the work rules ${who} makes contact${how ? ` (${how})` : ''}: first within ${first} working ${first === 1 ? 'day' : 'days'}, ` +
    `then every ${every} days, and every ${preReturn} days while the return is being prepared.`,
  guideTitle: 'Contact under the work rules',
};

const fr: typeof nl = {
  title: 'Procédure de contact prévue par le règlement de travail',
  intro:
    'Depuis 2026, le règlement de travail précise qui garde le contact avec un travailleur en incapacité de travail, et à quelle fréquence. ' +
    'Reprenez ici ce que prévoit votre règlement de travail : Herstart y adapte le rythme de contact et les rappels, et le montre au responsable. ' +
    'Le contact est là pour soutenir, pas pour contrôler.',
  who: 'Qui prend contact ?',
  whoChoices: { manager: 'Le ou la responsable', hr: 'Les RH (le service du personnel)', role: 'Un autre rôle (à compléter ci-dessous)' },
  role: 'Quel rôle ? (par exemple : personne de confiance, gestionnaire de dossier)',
  how: 'Comment ?',
  first: 'Premier contact dans combien de jours ouvrables après l’annonce de l’absence ?',
  recovery: 'Ensuite, tous les combien de jours pendant l’absence ?',
  preReturn: 'Tous les combien de jours pendant la préparation de la reprise du travail ?',
  submit: 'Enregistrer',
  numbersInvalid: 'Indiquez les délais en nombres entiers : premier contact de 1 à 10 jours ouvrables, ensuite de 1 à 90 jours.',
  roleMissing: 'Indiquez le rôle que mentionne le règlement de travail.',
  roleHeld: 'Le rôle semblait contenir des informations médicales : je l’ai donc retiré du formulaire ; rien n’a été enregistré. Notez uniquement la fonction.',
  onlyBe:
    'La procédure de contact du règlement de travail est une règle belge. Pour une organisation néerlandaise, le rythme de contact ne se règle pas ici.',
  onlyAdminOrHr: 'Seuls l’administration de Herstart ou les RH peuvent enregistrer la procédure de contact.',
  saved: (summary) => `Enregistré. ${summary} Le rythme de contact et les rappels en tiennent compte désormais.`,
  setupHint: 'Tapez **règlement de travail** pour enregistrer la procédure de contact prévue par votre règlement de travail.',
  summary: (who, how, first, every, preReturn) =>
    `Selon le règlement de travail, ${who} prend contact${how ? ` (${how})` : ''} : la première fois ${first === 1 ? 'au plus tard le jour ouvrable suivant' : `dans les ${first} jours ouvrables`}, ` +
    `ensuite tous les ${every} jours, et tous les ${preReturn} jours pendant la préparation de la reprise du travail.`,
  guideTitle: 'Contact selon le règlement de travail',
};

export type ProcedureTexts = typeof nl;

const CATALOGUES: Record<Lang, ProcedureTexts> = { 'nl-NL': nl, 'nl-BE': nl, en, 'fr-BE': fr };

export function procedureTexts(lang: Lang): ProcedureTexts {
  return CATALOGUES[lang] ?? nl;
}
