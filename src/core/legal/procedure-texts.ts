// Words for the Belgian contact procedure (from the work rules): the administrator's form, the
// answers, and the line the manager reads in the conversation guide. Dutch (as in Belgium: the
// rule is Belgian, so nl-NL and nl-BE read the same) and English. French comes later.
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

export type ProcedureTexts = typeof nl;

export function procedureTexts(lang: Lang): ProcedureTexts {
  return lang === 'en' ? en : nl;
}
