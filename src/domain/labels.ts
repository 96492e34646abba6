// What people read: milestone, phase, status and role names in nl-NL, nl-BE and English.
// Dutch first; `nl-BE` only lists the words that differ from `nl-NL` (arbeidsarts, werkhervatting).
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import { nlBE } from 'date-fns/locale/nl-BE';
import type { IsoDate, Jurisdiction, Phase } from './case';
import type { MilestoneStatus } from './deadlines';
import type { ExternalParty, MilestoneKind, RegimeId, Responsible } from './rules/types';

export type Locale = 'nl-NL' | 'nl-BE' | 'en';
export const LOCALES: readonly Locale[] = ['nl-NL', 'nl-BE', 'en'];

/** A text in our languages: Dutch, Belgian Dutch where it differs, English (French comes later). */
export interface Text {
  nl: string;
  be?: string;
  en: string;
}

export function pick(t: Text, locale: Locale): string {
  if (locale === 'en') return t.en;
  return locale === 'nl-BE' ? (t.be ?? t.nl) : t.nl;
}

/**
 * Maps a channel or user locale tag (`nl`, `nl-BE`, `en-US`, `fr-BE`...) to one we write in.
 * Unknown tags fall back to Dutch as spoken in the case's jurisdiction.
 */
export function resolveLocale(tag: string | null | undefined, jurisdiction: Jurisdiction = 'NL'): Locale {
  const t = (tag ?? '').toLowerCase().replace('_', '-');
  if (t.startsWith('en')) return 'en';
  if (t === 'nl-be') return 'nl-BE';
  if (t === 'nl-nl') return 'nl-NL';
  return jurisdiction === 'BE' ? 'nl-BE' : 'nl-NL';
}

const MILESTONES: Record<string, Text> = {
  'nl.arbo_report': { nl: 'Ziekmelding bij de arbodienst', en: 'Report the absence to the occupational health service' },
  'nl.problem_analysis': { nl: 'Probleemanalyse door de bedrijfsarts', en: 'Problem analysis by the occupational doctor' },
  'nl.action_plan': { nl: 'Plan van aanpak, met een casemanager', en: 'Plan of action, naming a case manager' },
  'nl.evaluation': { nl: 'Evaluatie van het plan van aanpak', en: 'Review of the plan of action' },
  'nl.uwv_42_week': { nl: 'Ziekmelding bij UWV (42e week)', en: 'Report to UWV (week 42)' },
  'nl.first_year_evaluation': { nl: 'Eerstejaarsevaluatie', en: 'First-year review' },
  'nl.uwv_wia_letter': { nl: 'Brief van UWV over de WIA-aanvraag', en: 'Letter from UWV about applying for WIA' },
  'nl.current_assessment': {
    nl: 'Actueel oordeel van de bedrijfsarts en eindevaluatie',
    en: "Occupational doctor's up-to-date assessment and final review",
  },
  'nl.wia_application': { nl: 'WIA-aanvraag met re-integratieverslag', en: 'WIA application with the re-integration report' },
  'nl.waiting_period_end': { nl: 'Einde van de loondoorbetaling bij ziekte', en: 'End of continued pay during sickness' },
  'nl.safety_net_report': { nl: 'Ziekmelding bij UWV (vangnet Ziektewet)', en: 'Report to UWV (Sickness Benefits Act safety net)' },
  'nl.early_iva_application': { nl: 'Vervroegde IVA-aanvraag', en: 'Early IVA application' },
  'nl.iva_start': { nl: 'Start van de IVA-uitkering (als UWV die toekent)', en: 'IVA benefit starts (if UWV grants it)' },
  'nl.labour_expert_assessment': { nl: 'Arbeidsdeskundig onderzoek', en: "Labour expert's assessment" },
  'nl.second_track_start': { nl: 'Start tweede spoor (werk bij een andere werkgever)', en: 'Start the second track (work with another employer)' },
  'nl.expert_opinion': { nl: 'Deskundigenoordeel van UWV', en: 'Expert opinion from UWV' },
  'nl.sanction_shortening_decision': { nl: 'Beslissing van UWV op het bekortingsverzoek', en: "UWV's decision on the shortening request" },
  'be.medical_certificate': { nl: 'Medisch attest bezorgen aan de werkgever', en: 'Send the medical certificate to the employer' },
  'be.reintegration_info': {
    nl: 'Arbeidsarts informeert over re-integratie',
    en: 'Occupational doctor explains the re-integration options',
  },
  'be.work_potential_request': {
    nl: 'Arbeidsarts vragen de arbeidsmogelijkheden te bekijken',
    en: 'Ask the occupational doctor to assess what work is possible',
  },
  'be.quick_scan': {
    nl: 'Vragenlijst (quick scan) van het ziekenfonds terugsturen',
    en: "Return the health insurer's quick-scan questionnaire",
  },
  'be.rit_request': { nl: 'Re-integratietraject aanvragen', en: 'Request a re-integration trajectory' },
  'be.rit_assessment': { nl: 'Beslissing van de arbeidsarts (A, B of C)', en: "Occupational doctor's decision (A, B or C)" },
  'be.rit_plan': { nl: 'Re-integratieplan of gemotiveerd verslag', en: 'Re-integration plan, or a reasoned report' },
  'be.rit_plan_reply': { nl: 'Antwoord van de werknemer op het plan', en: "Employee's reply to the plan" },
  'be.rit_appeal': { nl: 'Beroep tegen beslissing B', en: 'Appeal against decision B' },
};

export function milestoneLabel(id: string, locale: Locale): string {
  const t = MILESTONES[id];
  return t ? pick(t, locale) : id;
}

/** Ids that have a label; a test keeps this in step with the rule packs. */
export const LABELLED_MILESTONES: readonly string[] = Object.keys(MILESTONES);

const PHASES: Record<Phase, Text> = {
  dropout: { nl: 'Uitval', en: 'Off sick' },
  recovery: { nl: 'Herstel', en: 'Recovery' },
  pre_return: { nl: 'Voorbereiding op de terugkeer', be: 'Voorbereiding op de werkhervatting', en: 'Preparing the return' },
  return: { nl: 'Terugkeer', be: 'Werkhervatting', en: 'Back at work' },
  post_return: { nl: 'Na de terugkeer', be: 'Na de werkhervatting', en: 'After the return' },
};

export function phaseLabel(phase: Phase, locale: Locale): string {
  return pick(PHASES[phase], locale);
}

const STATUSES: Record<MilestoneStatus, Text> = {
  done: { nl: 'gedaan', en: 'done' },
  open: { nl: 'gepland', en: 'planned' },
  due_soon: { nl: 'binnenkort', en: 'due soon' },
  overdue: { nl: 'te laat', en: 'overdue' },
};

/** The status in words; `kind` makes a passed event read "voorbij" and a lapsed right "verlopen". */
export function statusLabel(status: MilestoneStatus, locale: Locale, kind: MilestoneKind = 'duty'): string {
  if (kind === 'event' && status === 'done') return pick({ nl: 'voorbij', en: 'passed' }, locale);
  if (kind === 'right' && status === 'overdue') return pick({ nl: 'verlopen', en: 'lapsed' }, locale);
  return pick(STATUSES[status], locale);
}

const RESPONSIBLE: Record<Exclude<Responsible, 'external'>, Text> = {
  manager: { nl: 'leidinggevende', en: 'manager' },
  hr: { nl: 'HR', en: 'HR' },
  employee: { nl: 'medewerker', be: 'werknemer', en: 'employee' },
};

const PARTIES: Record<ExternalParty, Text> = {
  occupational_doctor: { nl: 'bedrijfsarts', be: 'arbeidsarts', en: 'occupational doctor' },
  uwv: { nl: 'UWV', en: 'UWV' },
  health_insurer: { nl: 'ziekenfonds', en: 'health insurer' },
};

/** Who acts, in words: the role, or for `external` the outside party. */
export function responsibleLabel(responsible: Responsible, locale: Locale, party?: ExternalParty | null): string {
  if (responsible === 'external') return party ? pick(PARTIES[party], locale) : pick({ nl: 'extern', en: 'external' }, locale);
  return pick(RESPONSIBLE[responsible], locale);
}

const REGIMES: Record<RegimeId, Text> = {
  'nl.poortwachter': { nl: 'Wet verbetering poortwachter', en: 'Dutch Gatekeeper Act (Wet verbetering poortwachter)' },
  'be.pre2026': {
    nl: 'Belgische regels voor arbeidsongeschiktheid vóór 2026',
    en: 'Belgian rules for incapacity that began before 2026',
  },
  'be.2026': {
    nl: 'Belgische regels voor arbeidsongeschiktheid vanaf 2026',
    en: 'Belgian rules for incapacity from 2026',
  },
};

export function regimeLabel(regime: RegimeId, locale: Locale): string {
  return pick(REGIMES[regime], locale);
}

const DATE_LOCALES = { 'nl-NL': nl, 'nl-BE': nlBE, en: enGB } as const;

/** A day as people read it, with the weekday: "ma 10 jan 2022", "Mon 10 Jan 2022". */
export function formatDay(date: IsoDate, locale: Locale): string {
  const local = new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const pattern = locale === 'en' ? 'EEE d MMM yyyy' : 'EEEEEE d MMM yyyy';
  return format(local, pattern, { locale: DATE_LOCALES[locale] }).replace('.', '');
}
