// What people read: milestone, phase, status and role names in nl-NL, nl-BE, English and French
// (Belgium). Dutch first; `nl-BE` only lists the words that differ from `nl-NL` (arbeidsarts,
// werkhervatting). French is required: every label exists in the four languages.
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { fr } from 'date-fns/locale/fr';
import { nl } from 'date-fns/locale/nl';
import { nlBE } from 'date-fns/locale/nl-BE';
import type { IsoDate, Jurisdiction, Phase } from './case';
import type { MilestoneStatus } from './deadlines';
import type { ExternalParty, MilestoneKind, RegimeId, Responsible } from './rules/types';

export type Locale = 'nl-NL' | 'nl-BE' | 'en' | 'fr-BE';
export const LOCALES: readonly Locale[] = ['nl-NL', 'nl-BE', 'en', 'fr-BE'];

/** A text in our languages: Dutch, Belgian Dutch where it differs, English, French (Belgium). */
export interface Text {
  nl: string;
  be?: string;
  en: string;
  fr: string;
}

export function pick(t: Text, locale: Locale): string {
  if (locale === 'en') return t.en;
  if (locale === 'fr-BE') return t.fr;
  return locale === 'nl-BE' ? (t.be ?? t.nl) : t.nl;
}

/**
 * Maps a channel or user locale tag (`nl`, `nl-BE`, `en-US`, `fr-BE`...) to one we write in.
 * Unknown tags fall back to Dutch as spoken in the case's jurisdiction.
 */
export function resolveLocale(tag: string | null | undefined, jurisdiction: Jurisdiction = 'NL'): Locale {
  const t = (tag ?? '').toLowerCase().replace('_', '-');
  if (t.startsWith('en')) return 'en';
  if (t.startsWith('fr')) return 'fr-BE';
  if (t === 'nl-be') return 'nl-BE';
  if (t === 'nl-nl') return 'nl-NL';
  return jurisdiction === 'BE' ? 'nl-BE' : 'nl-NL';
}

const MILESTONES: Record<string, Text> = {
  'nl.arbo_report': { nl: 'Ziekmelding bij de arbodienst', en: 'Report the absence to the occupational health service', fr: 'Déclarer l’absence au service de santé au travail (arbodienst)' },
  'nl.problem_analysis': { nl: 'Probleemanalyse door de bedrijfsarts', en: 'Problem analysis by the occupational doctor', fr: 'Analyse du problème par le médecin du travail (bedrijfsarts)' },
  'nl.action_plan': { nl: 'Plan van aanpak, met een casemanager', en: 'Plan of action, naming a case manager', fr: 'Plan d’action, avec un gestionnaire de dossier (casemanager)' },
  'nl.evaluation': { nl: 'Evaluatie van het plan van aanpak', en: 'Review of the plan of action', fr: 'Évaluation du plan d’action' },
  'nl.uwv_42_week': { nl: 'Ziekmelding bij UWV (42e week)', en: 'Report to UWV (week 42)', fr: 'Déclaration à l’UWV (42e semaine)' },
  'nl.first_year_evaluation': { nl: 'Eerstejaarsevaluatie', en: 'First-year review', fr: 'Évaluation de la première année' },
  'nl.uwv_wia_letter': { nl: 'Brief van UWV over de WIA-aanvraag', en: 'Letter from UWV about applying for WIA', fr: 'Lettre de l’UWV sur la demande WIA' },
  'nl.current_assessment': {
    nl: 'Actueel oordeel van de bedrijfsarts en eindevaluatie',
    en: "Occupational doctor's up-to-date assessment and final review",
    fr: 'Avis actualisé du médecin du travail et évaluation finale',
  },
  'nl.wia_application': { nl: 'WIA-aanvraag met re-integratieverslag', en: 'WIA application with the re-integration report', fr: 'Demande WIA avec le rapport de réintégration' },
  'nl.waiting_period_end': { nl: 'Einde van de loondoorbetaling bij ziekte', en: 'End of continued pay during sickness', fr: 'Fin du maintien du salaire pendant la maladie' },
  'nl.safety_net_report': { nl: 'Ziekmelding bij UWV (vangnet Ziektewet)', en: 'Report to UWV (Sickness Benefits Act safety net)', fr: 'Déclaration à l’UWV (filet de sécurité de la Ziektewet)' },
  'nl.early_iva_application': { nl: 'Vervroegde IVA-aanvraag', en: 'Early IVA application', fr: 'Demande anticipée d’allocation IVA' },
  'nl.iva_start': { nl: 'Start van de IVA-uitkering (als UWV die toekent)', en: 'IVA benefit starts (if UWV grants it)', fr: 'Début de l’allocation IVA (si l’UWV l’accorde)' },
  'nl.labour_expert_assessment': { nl: 'Arbeidsdeskundig onderzoek', en: "Labour expert's assessment", fr: 'Examen par un expert du travail (arbeidsdeskundige)' },
  'nl.second_track_start': { nl: 'Start tweede spoor (werk bij een andere werkgever)', en: 'Start the second track (work with another employer)', fr: 'Début de la deuxième voie (travail chez un autre employeur)' },
  'nl.expert_opinion': { nl: 'Deskundigenoordeel van UWV', en: 'Expert opinion from UWV', fr: 'Avis d’expert de l’UWV (deskundigenoordeel)' },
  'nl.sanction_shortening_decision': { nl: 'Beslissing van UWV op het bekortingsverzoek', en: "UWV's decision on the shortening request", fr: 'Décision de l’UWV sur la demande d’écourter la sanction salariale' },
  'be.medical_certificate': { nl: 'Medisch attest bezorgen aan de werkgever', en: 'Send the medical certificate to the employer', fr: 'Remettre le certificat médical à l’employeur' },
  'be.reintegration_info': {
    nl: 'Arbeidsarts informeert over re-integratie',
    en: 'Occupational doctor explains the re-integration options',
    fr: 'Le conseiller en prévention-médecin du travail explique les possibilités de réintégration',
  },
  'be.work_potential_request': {
    nl: 'Arbeidsarts vragen de arbeidsmogelijkheden te bekijken',
    en: 'Ask the occupational doctor to assess what work is possible',
    fr: 'Demander au conseiller en prévention-médecin du travail d’évaluer le potentiel de travail',
  },
  'be.quick_scan': {
    nl: 'Vragenlijst (quick scan) van het ziekenfonds terugsturen',
    en: "Return the health insurer's quick-scan questionnaire",
    fr: 'Renvoyer le questionnaire (quick scan) du médecin-conseil de la mutualité',
  },
  'be.rit_request': { nl: 'Re-integratietraject aanvragen', en: 'Request a re-integration trajectory', fr: 'Demander un trajet de réintégration' },
  'be.rit_assessment': { nl: 'Beslissing van de arbeidsarts (A, B of C)', en: "Occupational doctor's decision (A, B or C)", fr: 'Décision du conseiller en prévention-médecin du travail (A, B ou C)' },
  'be.rit_plan': { nl: 'Re-integratieplan of gemotiveerd verslag', en: 'Re-integration plan, or a reasoned report', fr: 'Plan de réintégration ou rapport motivé' },
  'be.rit_plan_reply': { nl: 'Antwoord van de werknemer op het plan', en: "Employee's reply to the plan", fr: 'Réponse du travailleur au plan' },
  'be.rit_appeal': { nl: 'Beroep tegen beslissing B', en: 'Appeal against decision B', fr: 'Recours contre la décision B' },
};

export function milestoneLabel(id: string, locale: Locale): string {
  const t = MILESTONES[id];
  return t ? pick(t, locale) : id;
}

/** Ids that have a label; a test keeps this in step with the rule packs. */
export const LABELLED_MILESTONES: readonly string[] = Object.keys(MILESTONES);

const PHASES: Record<Phase, Text> = {
  dropout: { nl: 'Uitval', en: 'Off sick', fr: 'Début de l’absence' },
  recovery: { nl: 'Herstel', en: 'Recovery', fr: 'Rétablissement' },
  pre_return: { nl: 'Voorbereiding op de terugkeer', be: 'Voorbereiding op de werkhervatting', en: 'Preparing the return', fr: 'Préparation de la reprise' },
  return: { nl: 'Terugkeer', be: 'Werkhervatting', en: 'Back at work', fr: 'Reprise du travail' },
  post_return: { nl: 'Na de terugkeer', be: 'Na de werkhervatting', en: 'After the return', fr: 'Après la reprise' },
};

export function phaseLabel(phase: Phase, locale: Locale): string {
  return pick(PHASES[phase], locale);
}

const STATUSES: Record<MilestoneStatus, Text> = {
  done: { nl: 'gedaan', en: 'done', fr: 'fait' },
  open: { nl: 'gepland', en: 'planned', fr: 'prévu' },
  due_soon: { nl: 'binnenkort', en: 'due soon', fr: 'bientôt' },
  overdue: { nl: 'te laat', en: 'overdue', fr: 'en retard' },
};

/** The status in words; `kind` makes a passed event read "voorbij" and a lapsed right "verlopen". */
export function statusLabel(status: MilestoneStatus, locale: Locale, kind: MilestoneKind = 'duty'): string {
  if (kind === 'event' && status === 'done') return pick({ nl: 'voorbij', en: 'passed', fr: 'passé' }, locale);
  if (kind === 'right' && status === 'overdue') return pick({ nl: 'verlopen', en: 'lapsed', fr: 'expiré' }, locale);
  return pick(STATUSES[status], locale);
}

const RESPONSIBLE: Record<Exclude<Responsible, 'external'>, Text> = {
  manager: { nl: 'leidinggevende', en: 'manager', fr: 'responsable' },
  hr: { nl: 'HR', en: 'HR', fr: 'RH' },
  employee: { nl: 'medewerker', be: 'werknemer', en: 'employee', fr: 'travailleur' },
};

const PARTIES: Record<ExternalParty, Text> = {
  occupational_doctor: { nl: 'bedrijfsarts', be: 'arbeidsarts', en: 'occupational doctor', fr: 'médecin du travail' },
  uwv: { nl: 'UWV', en: 'UWV', fr: 'UWV' },
  health_insurer: { nl: 'ziekenfonds', en: 'health insurer', fr: 'mutualité' },
};

/** Who acts, in words: the role, or for `external` the outside party. */
export function responsibleLabel(responsible: Responsible, locale: Locale, party?: ExternalParty | null): string {
  if (responsible === 'external') return party ? pick(PARTIES[party], locale) : pick({ nl: 'extern', en: 'external', fr: 'externe' }, locale);
  return pick(RESPONSIBLE[responsible], locale);
}

const REGIMES: Record<RegimeId, Text> = {
  'nl.poortwachter': { nl: 'Wet verbetering poortwachter', en: 'Dutch Gatekeeper Act (Wet verbetering poortwachter)', fr: 'Loi néerlandaise Wet verbetering poortwachter' },
  'be.pre2026': {
    nl: 'Belgische regels voor arbeidsongeschiktheid vóór 2026',
    en: 'Belgian rules for incapacity that began before 2026',
    fr: 'Règles belges pour une incapacité de travail commencée avant 2026',
  },
  'be.2026': {
    nl: 'Belgische regels voor arbeidsongeschiktheid vanaf 2026',
    en: 'Belgian rules for incapacity from 2026',
    fr: 'Règles belges pour une incapacité de travail à partir de 2026',
  },
};

export function regimeLabel(regime: RegimeId, locale: Locale): string {
  return pick(REGIMES[regime], locale);
}

export const DATE_LOCALES = { 'nl-NL': nl, 'nl-BE': nlBE, en: enGB, 'fr-BE': fr } as const;

/** A day as people read it, with the weekday: "ma 10 jan 2022", "Mon 10 Jan 2022", "lun. 10 janv. 2022". */
export function formatDay(date: IsoDate, locale: Locale): string {
  const local = new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  // French abbreviations keep their full stop ("lun.", "janv."), as Belgian French writes them.
  if (locale === 'fr-BE') return format(local, 'EEE d MMM yyyy', { locale: fr });
  const pattern = locale === 'en' ? 'EEE d MMM yyyy' : 'EEEEEE d MMM yyyy';
  return format(local, pattern, { locale: DATE_LOCALES[locale] }).replace('.', '');
}
