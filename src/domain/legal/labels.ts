// What people read about legal events: their names and choices in nl-NL, nl-BE, English and
// French (Belgium). Dutch first; nl-BE only where the words differ. The events are Dutch law, so
// the French names keep the Dutch term in brackets where a French reader would search for it.
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
  wage_sanction: { nl: 'Loonsanctie van UWV', en: 'Wage sanction by UWV', fr: 'Sanction salariale de l’UWV (loonsanctie)' },
  sanction_shortening_request: { nl: 'Bekortingsverzoek ingediend (tekortkomingen hersteld)', en: 'Shortening request sent (shortcomings repaired)', fr: 'Demande pour écourter la sanction envoyée (manquements corrigés)' },
  sanction_shortening_decision: { nl: 'UWV akkoord met bekorting van de loonsanctie', en: 'UWV agreed to shorten the wage sanction', fr: 'L’UWV accepte d’écourter la sanction salariale' },
  wia_postponement: { nl: 'WIA-aanvraag uitgesteld (loondoorbetaling vrijwillig verlengd)', en: 'WIA application postponed (pay extended by agreement)', fr: 'Demande WIA reportée (salaire maintenu plus longtemps, de commun accord)' },
  early_iva: { nl: 'Vervroegde IVA aangevraagd', en: 'Early IVA application made', fr: 'Allocation IVA demandée de manière anticipée' },
  early_iva_outcome: { nl: 'Beslissing van UWV over de vervroegde IVA', en: "UWV's decision on the early IVA application", fr: 'Décision de l’UWV sur la demande anticipée d’IVA' },
  second_track_decision: { nl: 'Besluit over een tweede spoor', en: 'Decision on a second track', fr: 'Décision sur une deuxième voie (tweede spoor)' },
  labour_expert: { nl: 'Arbeidsdeskundig onderzoek gehouden', en: "Labour expert's assessment held", fr: 'Examen par un expert du travail réalisé' },
  second_track_start: { nl: 'Tweede spoor gestart', en: 'Second track started', fr: 'Deuxième voie commencée' },
  expert_opinion: { nl: 'Deskundigenoordeel aangevraagd bij UWV', en: 'Expert opinion requested from UWV', fr: 'Avis d’expert demandé à l’UWV (deskundigenoordeel)' },
  expert_opinion_answer: { nl: 'Deskundigenoordeel van UWV ontvangen', en: 'Expert opinion received from UWV', fr: 'Avis d’expert de l’UWV reçu' },
  safety_net: { nl: 'Vangnet Ziektewet is van toepassing', en: 'Sickness Benefits Act safety net applies', fr: 'Le filet de sécurité de la Ziektewet s’applique' },
  different_illness: {
    nl: 'Opnieuw ziek met een andere ziekte: nieuwe arbeidsongeschiktheid',
    be: 'Herval met een andere ziekte: nieuwe arbeidsongeschiktheid',
    en: 'Sick again with a different illness: a new incapacity',
    fr: 'Rechute avec une autre maladie : nouvelle incapacité de travail',
  },
};

export function legalEventLabel(id: string, locale: Locale): string {
  const t = EVENTS[id as LegalEventId];
  return t ? pick(t, locale) : id;
}

const TOPICS: Record<ExpertOpinionTopic, Text> = {
  own_work: { nl: 'Kan de medewerker het eigen werk doen?', be: 'Kan de werknemer het eigen werk doen?', en: 'Can the employee do their own work?', fr: 'Le travailleur peut-il faire son propre travail ?' },
  efforts: { nl: 'Is er genoeg gedaan aan de re-integratie?', en: 'Were the return-to-work efforts enough?', fr: 'Les efforts de réintégration ont-ils été suffisants ?' },
  suitable_work: { nl: 'Is het aangeboden werk passend?', en: 'Is the work offered suitable?', fr: 'Le travail proposé est-il adapté ?' },
};

export function expertTopicLabel(topic: ExpertOpinionTopic, locale: Locale): string {
  return pick(TOPICS[topic], locale);
}

const PARTIES: Record<RequestingParty, Text> = {
  employer: { nl: 'werkgever', en: 'employer', fr: 'employeur' },
  employee: { nl: 'medewerker', be: 'werknemer', en: 'employee', fr: 'travailleur' },
};

export function requestingPartyLabel(by: RequestingParty, locale: Locale): string {
  return pick(PARTIES[by], locale);
}

const TERMS: Record<SafetyNetTerm, Text> = {
  day_4: { nl: 'uiterlijk de 4e ziektedag', en: 'by the 4th sick day', fr: 'au plus tard le 4e jour de maladie' },
  week_6: { nl: 'binnen 6 weken', en: 'within 6 weeks', fr: 'dans les 6 semaines' },
};

export function safetyNetTermLabel(term: SafetyNetTerm, locale: Locale): string {
  return pick(TERMS[term], locale);
}
