// What people read about legal events: their names and choices in nl-NL, nl-BE and English
// (French comes later: add an `fr` column here). Dutch first; nl-BE only where the words differ.
import { pick, type Locale, type Text } from '../labels';
import type { ExpertOpinionTopic, RequestingParty, SafetyNetTerm } from './types';

export const LEGAL_EVENT_IDS = [
  'wage_sanction',
  'sanction_shortening_request',
  'sanction_shortening_decision',
  'wia_postponement',
  'early_iva',
  'early_iva_outcome',
  'second_track_decision',
  'labour_expert',
  'second_track_start',
  'expert_opinion',
  'expert_opinion_answer',
  'safety_net',
  'different_illness',
] as const;
export type LegalEventId = (typeof LEGAL_EVENT_IDS)[number];

const EVENTS: Record<LegalEventId, Text> = {
  wage_sanction: { nl: 'Loonsanctie van UWV', en: 'Wage sanction by UWV' },
  sanction_shortening_request: { nl: 'Bekortingsverzoek ingediend (tekortkomingen hersteld)', en: 'Shortening request sent (shortcomings repaired)' },
  sanction_shortening_decision: { nl: 'UWV akkoord met bekorting van de loonsanctie', en: 'UWV agreed to shorten the wage sanction' },
  wia_postponement: { nl: 'WIA-aanvraag uitgesteld (loondoorbetaling vrijwillig verlengd)', en: 'WIA application postponed (pay extended by agreement)' },
  early_iva: { nl: 'Vervroegde IVA aangevraagd', en: 'Early IVA application made' },
  early_iva_outcome: { nl: 'Beslissing van UWV over de vervroegde IVA', en: "UWV's decision on the early IVA application" },
  second_track_decision: { nl: 'Besluit over een tweede spoor', en: 'Decision on a second track' },
  labour_expert: { nl: 'Arbeidsdeskundig onderzoek gehouden', en: "Labour expert's assessment held" },
  second_track_start: { nl: 'Tweede spoor gestart', en: 'Second track started' },
  expert_opinion: { nl: 'Deskundigenoordeel aangevraagd bij UWV', en: 'Expert opinion requested from UWV' },
  expert_opinion_answer: { nl: 'Deskundigenoordeel van UWV ontvangen', en: 'Expert opinion received from UWV' },
  safety_net: { nl: 'Vangnet Ziektewet is van toepassing', en: 'Sickness Benefits Act safety net applies' },
  different_illness: {
    nl: 'Opnieuw ziek met een andere ziekte: nieuwe arbeidsongeschiktheid',
    be: 'Herval met een andere ziekte: nieuwe arbeidsongeschiktheid',
    en: 'Sick again with a different illness: a new incapacity',
  },
};

export function legalEventLabel(id: string, locale: Locale): string {
  const t = EVENTS[id as LegalEventId];
  return t ? pick(t, locale) : id;
}

const TOPICS: Record<ExpertOpinionTopic, Text> = {
  own_work: { nl: 'Kan de medewerker het eigen werk doen?', be: 'Kan de werknemer het eigen werk doen?', en: 'Can the employee do their own work?' },
  efforts: { nl: 'Is er genoeg gedaan aan de re-integratie?', en: 'Were the return-to-work efforts enough?' },
  suitable_work: { nl: 'Is het aangeboden werk passend?', en: 'Is the work offered suitable?' },
};

export function expertTopicLabel(topic: ExpertOpinionTopic, locale: Locale): string {
  return pick(TOPICS[topic], locale);
}

const PARTIES: Record<RequestingParty, Text> = {
  employer: { nl: 'werkgever', en: 'employer' },
  employee: { nl: 'medewerker', be: 'werknemer', en: 'employee' },
};

export function requestingPartyLabel(by: RequestingParty, locale: Locale): string {
  return pick(PARTIES[by], locale);
}

const TERMS: Record<SafetyNetTerm, Text> = {
  day_4: { nl: 'uiterlijk de 4e ziektedag', en: 'by the 4th sick day' },
  week_6: { nl: 'binnen 6 weken', en: 'within 6 weeks' },
};

export function safetyNetTermLabel(term: SafetyNetTerm, locale: Locale): string {
  return pick(TERMS[term], locale);
}
