// The HR workspace in Belgian Dutch: only what differs from nl-NL.
import { nl, type WebTexts } from './nl';

export const nlBE: WebTexts = {
  ...nl,
  case: { ...nl.case, expectedReturn: 'Verwachte werkhervatting' },
  helps: {
    ...nl.helps,
    intro: 'Wat ging vooraf aan een blijvende werkhervatting, en wat aan een herval? Over alle collega\'s die het werk hervatten samen, zonder namen.',
    definition: 'Blijvend: geen nieuwe ziekmelding binnen 6 maanden na de eerste werkdag. Een werkhervatting van minder dan 6 maanden geleden tellen we nog niet mee.',
    lasting: 'Blijvende werkhervatting',
    relapse: 'Herval binnen 6 maanden',
    agreements: 'Afspraken vóór de werkhervatting',
    lookbacksHelp: 'Wat leidinggevenden zes maanden na de werkhervatting aankruisten. Toelichtingen tonen we niet: die kunnen naar iemand wijzen.',
  },
  figures: {
    ...nl.figures,
    reportFrequencyHelp: 'Ziekmeldingen per werknemer, omgerekend naar een jaar.',
    noSize: 'Vul het aantal werknemers in bij de instellingen van Herstart (in de chat: instellingen) om het verzuimpercentage en de meldingsfrequentie te zien.',
    sizeUsed: (n: number, fte: boolean) => `Berekend met ${n} ${fte ? 'VTE' : 'werknemers'} (uit de instellingen).`,
  },
  cases: { ...nl.cases, columns: { ...nl.cases.columns, employee: 'Werknemer' } },
};
