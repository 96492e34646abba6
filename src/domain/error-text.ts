// Domain errors in words for the person who made the mistake, in their language. One sentence,
// naming what was wrong; never a stack trace, never medical.
import type { DomainError, DomainErrorCode, DomainErrorParams } from './errors';
import type { Locale } from './labels';
import { legalEventLabel } from './legal/labels';

type Template = (p: DomainErrorParams) => string;

const NL: Record<DomainErrorCode, Template> = {
  missing_field: (p) => `${p.field} ontbreekt`,
  invalid_date: (p) => `${p.value} is geen bestaande datum (JJJJ-MM-DD)`,
  end_before_start: (p) => `de periode ${p.start} tot ${p.end} eindigt vóór ze begint`,
  overlapping_periods: (p) => `de periodes vanaf ${p.start} en vanaf ${p.next} overlappen`,
  open_period_not_last: (p) => `de periode vanaf ${p.start} heeft geen einddatum, maar er volgt nog een periode vanaf ${p.next}`,
  no_sick_period: () => 'er is minstens één ziekteperiode nodig',
  invalid_percentage: (p) => `het percentage moet een heel getal van 1 tot 99 zijn, niet ${p.value}`,
  invalid_employer_size: (p) => `het aantal werknemers moet een heel getal vanaf 1 zijn, niet ${p.value}`,
  unknown_jurisdiction: (p) => `onbekend land ${p.value}: kies NL of BE`,
  unknown_phase: (p) => `onbekende fase ${p.value}`,
  unknown_milestone: (p) => `${p.id} is geen bekende mijlpaal voor dit land`,
  milestone_already_done: (p) => `${p.id} is al afgerond op ${p.on}`,
  date_before_case: (p) => `${p.date} ligt vóór de eerste ziektedag (${p.caseStart})`,
  date_before_previous: (p) => `${p.date} ligt te vroeg: het moet na ${p.previous} zijn`,
  period_running: (p) => `de ziekteperiode vanaf ${p.start} loopt nog`,
  no_running_period: (p) => `op ${p.date} loopt er geen ziekteperiode`,
  case_closed: () => 'dit dossier is afgesloten',
  rit_not_applicable: () => 'een re-integratietraject bestaat alleen in België',
  rit_already_requested: (p) => `er is al een re-integratietraject aangevraagd op ${p.on}`,
  rit_not_requested: () => 'er is nog geen re-integratietraject aangevraagd',
  rit_already_decided: (p) => `de arbeidsarts besliste al (${p.kind}) op ${p.on}`,
  invalid_rit_decision: (p) => `de beslissing moet A, B of C zijn, niet ${p.value}`,
  invalid_choice: (p) => `${p.value} is geen geldige keuze voor ${p.field}`,
  nl_only: (p) => `"${legalEventLabel(String(p.what), 'nl-NL')}" bestaat alleen in Nederland`,
  already_recorded: (p) => `"${legalEventLabel(String(p.what), 'nl-NL')}" is al vastgelegd op ${p.on}`,
  not_recorded: (p) => `leg eerst "${legalEventLabel(String(p.what), 'nl-NL')}" vast`,
  date_too_early: (p) => `${p.date} ligt te vroeg: het moet ${p.earliest} of later zijn`,
  date_out_of_range: (p) => `${p.date} valt buiten de termijn: het moet tussen ${p.from} en ${p.to} liggen`,
};

const EN: Record<DomainErrorCode, Template> = {
  missing_field: (p) => `${p.field} is missing`,
  invalid_date: (p) => `${p.value} is not an existing date (YYYY-MM-DD)`,
  end_before_start: (p) => `the period ${p.start} to ${p.end} ends before it starts`,
  overlapping_periods: (p) => `the periods from ${p.start} and from ${p.next} overlap`,
  open_period_not_last: (p) => `the period from ${p.start} has no end, but another period follows from ${p.next}`,
  no_sick_period: () => 'at least one sick period is needed',
  invalid_percentage: (p) => `the percentage must be a whole number from 1 to 99, not ${p.value}`,
  invalid_employer_size: (p) => `the number of employees must be a whole number from 1, not ${p.value}`,
  unknown_jurisdiction: (p) => `unknown country ${p.value}: choose NL or BE`,
  unknown_phase: (p) => `unknown phase ${p.value}`,
  unknown_milestone: (p) => `${p.id} is not a known milestone for this country`,
  milestone_already_done: (p) => `${p.id} was already done on ${p.on}`,
  date_before_case: (p) => `${p.date} is before the first sick day (${p.caseStart})`,
  date_before_previous: (p) => `${p.date} is too early: it must come after ${p.previous}`,
  period_running: (p) => `the sick period from ${p.start} is still running`,
  no_running_period: (p) => `no sick period is running on ${p.date}`,
  case_closed: () => 'this case is closed',
  rit_not_applicable: () => 'a re-integration trajectory exists only in Belgium',
  rit_already_requested: (p) => `a re-integration trajectory was already requested on ${p.on}`,
  rit_not_requested: () => 'no re-integration trajectory has been requested yet',
  rit_already_decided: (p) => `the occupational doctor already decided (${p.kind}) on ${p.on}`,
  invalid_rit_decision: (p) => `the decision must be A, B or C, not ${p.value}`,
  invalid_choice: (p) => `${p.value} is not a valid choice for ${p.field}`,
  nl_only: (p) => `"${legalEventLabel(String(p.what), 'en')}" exists in the Netherlands only`,
  already_recorded: (p) => `"${legalEventLabel(String(p.what), 'en')}" was already recorded on ${p.on}`,
  not_recorded: (p) => `record "${legalEventLabel(String(p.what), 'en')}" first`,
  date_too_early: (p) => `${p.date} is too early: it must be ${p.earliest} or later`,
  date_out_of_range: (p) => `${p.date} is outside the term: it must be between ${p.from} and ${p.to}`,
};

const FR: Record<DomainErrorCode, Template> = {
  missing_field: (p) => `${p.field} manque`,
  invalid_date: (p) => `${p.value} n’est pas une date qui existe (AAAA-MM-JJ)`,
  end_before_start: (p) => `la période du ${p.start} au ${p.end} se termine avant de commencer`,
  overlapping_periods: (p) => `les périodes à partir du ${p.start} et du ${p.next} se chevauchent`,
  open_period_not_last: (p) => `la période à partir du ${p.start} n’a pas de date de fin, mais une autre période suit à partir du ${p.next}`,
  no_sick_period: () => 'il faut au moins une période de maladie',
  invalid_percentage: (p) => `le pourcentage doit être un nombre entier de 1 à 99, pas ${p.value}`,
  invalid_employer_size: (p) => `le nombre de travailleurs doit être un nombre entier à partir de 1, pas ${p.value}`,
  unknown_jurisdiction: (p) => `pays inconnu ${p.value} : choisissez NL ou BE`,
  unknown_phase: (p) => `phase inconnue ${p.value}`,
  unknown_milestone: (p) => `${p.id} n’est pas une étape connue pour ce pays`,
  milestone_already_done: (p) => `${p.id} a déjà été fait le ${p.on}`,
  date_before_case: (p) => `${p.date} tombe avant le premier jour de maladie (${p.caseStart})`,
  date_before_previous: (p) => `${p.date} est trop tôt : la date doit suivre le ${p.previous}`,
  period_running: (p) => `la période de maladie à partir du ${p.start} est toujours en cours`,
  no_running_period: (p) => `aucune période de maladie n’est en cours le ${p.date}`,
  case_closed: () => 'ce dossier est clôturé',
  rit_not_applicable: () => 'le trajet de réintégration n’existe qu’en Belgique',
  rit_already_requested: (p) => `un trajet de réintégration a déjà été demandé le ${p.on}`,
  rit_not_requested: () => 'aucun trajet de réintégration n’a encore été demandé',
  rit_already_decided: (p) => `le conseiller en prévention-médecin du travail a déjà décidé (${p.kind}) le ${p.on}`,
  invalid_rit_decision: (p) => `la décision doit être A, B ou C, pas ${p.value}`,
  invalid_choice: (p) => `${p.value} n’est pas un choix possible pour ${p.field}`,
  nl_only: (p) => `« ${legalEventLabel(String(p.what), 'fr-BE')} » n’existe qu’aux Pays-Bas`,
  already_recorded: (p) => `« ${legalEventLabel(String(p.what), 'fr-BE')} » a déjà été enregistré le ${p.on}`,
  not_recorded: (p) => `enregistrez d’abord « ${legalEventLabel(String(p.what), 'fr-BE')} »`,
  date_too_early: (p) => `${p.date} est trop tôt : la date doit être le ${p.earliest} ou plus tard`,
  date_out_of_range: (p) => `${p.date} sort du délai : la date doit se situer entre le ${p.from} et le ${p.to}`,
};

const TABLES: Record<Locale, Record<DomainErrorCode, Template>> = { 'nl-NL': NL, 'nl-BE': NL, en: EN, 'fr-BE': FR };

export function domainErrorText(error: DomainError, locale: Locale): string {
  return TABLES[locale][error.code](error.params);
}
