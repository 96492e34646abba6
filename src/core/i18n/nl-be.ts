// Belgian Dutch: the Dutch catalogue with the words that differ in Flanders. In Belgium the
// occupational doctor is the arbeidsarts and a case is usually called a dossier.
import { nl, type Texts } from './nl';

export const nlBE: Texts = {
  ...nl,
  errors: {
    ...nl.errors,
    noAccess: 'Dit dossier kun je niet inkijken. Je ziet alleen de dossiers waarvoor jij leidinggevende bent.',
    caseNotFound: 'Dat dossier kon ik niet vinden. Misschien is het al afgesloten of verwijderd.',
    badSubmit: 'Dat formulier kon ik niet goed lezen. Open het opnieuw via "mijn dossiers" en probeer het nog eens.',
  },
  help: {
    ...nl.help,
    commands: [
      { name: 'ziekmelding', description: 'Meld dat een collega ziek is; ik zet de termijnen klaar.' },
      { name: 'mijn dossiers', description: 'Zie per collega de fase, het volgende contact en de volgende wettelijke stap.' },
      { name: 'dossier', description: 'Download het re-integratiedossier van een collega (PDF), via een link die één keer werkt.' },
      { name: 'hulp', description: 'Dit overzicht.' },
      { name: 'hr hier', description: 'In een kanaal: HR-meldingen komen voortaan hier binnen (in Slack: /herstart hr hier).' },
      { name: 'hr toevoegen @naam', description: 'Beheerder: wijs een HR-collega aan.' },
      { name: 'leidinggevende toevoegen @naam', description: 'Beheerder: wijs een leidinggevende aan die ziekmeldingen mag doen.' },
      { name: 'koppel', description: 'Gebruik Herstart in Teams én in Slack als dezelfde persoon.' },
      { name: 'arbeidsreglement', description: 'Beheerder of HR: leg de contactprocedure uit het arbeidsreglement vast.' },
      { name: 'overzicht', description: 'Een link naar je overzicht in de browser: dossiers, termijnen en (voor HR) meldingen en cijfers.' },
    ],
    privacy:
      'Vraag nooit naar de ziekte, klachten of behandeling en schrijf die ook niet op: dat is privé; de arbeidsarts deelt ' +
      'alleen of iemand geschikt is. Praat over werk, energie, steun en aanpassingen. Je collega beslist zelf wat het team ' +
      'te horen krijgt.',
    whoSees: {
      manager: 'Jij ziet alleen de dossiers waarvoor jij leidinggevende bent. HR ziet de dossiers van de hele organisatie; elke inzage wordt vastgelegd.',
      hr:
        'Als HR of beheerder zie jij de dossiers van de hele organisatie, ook die van andere leidinggevenden. ' +
        'Elke keer dat je het dossier van een ander bekijkt, wordt dat vastgelegd.',
    },
    myCases: 'Mijn dossiers',
  },
  intake: {
    ...nl.intake,
    ownCaseOpen:
      'Je bent zelf ziek gemeld. Zolang dat zo is, meld je geen collega ziek via Herstart: vraag je leidinggevende of HR om dat te doen. Beterschap!',
    alreadyOpen: (name: string) =>
      `${name} heeft al een lopend dossier. Is je collega na herstel opnieuw ziek geworden? Meld dat dan als herval in dat dossier.`,
  },
  home: {
    ...nl.home,
    more: (n: number) => `en nog ${n} ${n === 1 ? 'dossier' : 'dossiers'}: typ **mijn dossiers** voor het hele overzicht.`,
  },
  cases: {
    ...nl.cases,
    title: 'Mijn dossiers',
    hrTitle: 'Dossiers in de organisatie',
    empty: 'Je hebt geen lopende dossiers. Typ **ziekmelding** als een collega ziek is.',
    status: 'Herstel of herval melden',
  },
  outcome: {
    ...nl.outcome,
    wishChoices: { ...nl.outcome.wishChoices, talk_doctor: 'Gesprek met de arbeidsarts' },
  },
  status: {
    ...nl.status,
    kinds: { ...nl.status.kinds, relapse: 'Opnieuw ziek gemeld (herval)', closed: 'De re-integratie is afgerond: dossier sluiten' },
    differentIllness: 'Bij herval: het nieuwe attest vermeldt een andere ziekte (alleen ja of nee; de ziekte zelf schrijf je niet op)',
    closeOffer: (name: string) =>
      `Is de re-integratie van ${name} hiermee afgerond? Dan kun je het dossier hier sluiten. Herstart stuurt er daarna geen herinneringen meer over.`,
    closeTooEarly: (name: string, date: string) =>
      `Wordt ${name} vóór ${date} opnieuw ziek, dan telt dat nog mee in dit dossier. Sluit het dossier daarom op ${date} of later.`,
    saved: {
      ...nl.status.saved,
      recovered: (name: string) =>
        `Fijn dat ${name} weer aan het werk is. Wordt je collega binnenkort opnieuw ziek, meld het dan als herval in dit dossier.`,
      recoveredBE: (name: string) =>
        `Fijn dat ${name} weer aan het werk is. Wordt je collega binnenkort opnieuw ziek, meld het dan als herval in dit dossier.`,
      relapse: (name: string) => `De nieuwe ziekmelding van ${name} staat in het lopende dossier; de termijnen zijn bijgewerkt.`,
      relapseNewCase: (name: string) => `Dit is een nieuw dossier voor ${name}, met nieuwe termijnen.`,
      relapseOtherIllness: (name: string) =>
        `Het nieuwe attest van ${name} vermeldt een andere ziekte: dat is geen herval maar een nieuwe arbeidsongeschiktheid, met een nieuw dossier en nieuwe termijnen.`,
      pre_return: (name: string) => `Het dossier van ${name} staat nu in de fase "voorbereiding terugkeer".`,
      closed: (name: string) =>
        `Het dossier van ${name} is gesloten. Herstart stuurt er geen herinneringen meer over. Twee jaar na de sluitingsdatum worden het dossier en alles wat erbij is vastgelegd verwijderd.`,
    },
  },
};
