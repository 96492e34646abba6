// Dutch (Netherlands): the reference catalogue. Other languages must have the same shape.
// Tone: warm, plain, respectful. We speak to managers with "je".
import { addressed, greet } from './greet';

export const nl = {
  common: {
    save: 'Opslaan',
    back: 'Terug',
    today: 'vandaag',
    required: 'Vul dit in.',
    none: 'geen',
    unknown: 'onbekend',
    inDays: (n: number) => (n === 1 ? 'over 1 dag' : `over ${n} dagen`),
    daysAgo: (n: number) => (n === 1 ? '1 dag geleden' : `${n} dagen geleden`),
    overdueBy: (n: number) => (n === 1 ? '1 dag te laat' : `${n} dagen te laat`),
    /** "Label: value"; French puts a space before the colon. */
    labelled: (label: string, value: string) => `${label}: ${value}`,
  },
  errors: {
    generic: 'Sorry, er ging iets mis aan onze kant. Er is niets opgeslagen; probeer het zo opnieuw.',
    notSaved: 'Het opslaan lukte nu niet, dus er is niets bewaard. Probeer het over een paar minuten opnieuw.',
    noAccess: 'Deze casus kun je niet inzien. Je ziet alleen de casussen waarvoor jij leidinggevende bent.',
    caseNotFound: 'Die casus kon ik niet vinden. Misschien is hij al afgesloten of verwijderd.',
    badSubmit: 'Dat formulier kon ik niet goed lezen. Open het opnieuw via "mijn casussen" en probeer het nog eens.',
    missing: (field: string) => `Vul nog in: ${field}.`,
    invalidDate: (field: string) => `"${field}" is geen geldige datum.`,
    futureDate: (field: string) => `"${field}" ligt in de toekomst; kies een datum tot en met vandaag.`,
    unknownCommand: (text: string) =>
      `"${text}" ken ik niet. Typ **hulp** voor wat ik kan, of kies hieronder wat je wilt doen.`,
    notInChannel:
      'Dit werkt alleen in een kanaal. Typ het daar: in Teams met een vermelding van Herstart, in Slack als **/herstart hr hier**.',
    onlyAdmin: 'Alleen de beheerder van Herstart in jullie organisatie kan dit doen.',
    onlyInPersonal: (link: string | null) =>
      link
        ? `Dit doen we liever in je eigen chat met Herstart dan in een kanaal. [Open je chat met Herstart](${link}) en typ het daar.`
        : 'Dit doen we liever in je eigen chat met Herstart dan in een kanaal. Open Herstart onder Apps en typ het daar.',
    unreadablePress: 'Deze knop kon ik niet verwerken; er is niets opgeslagen. Typ "hulp" om opnieuw te beginnen.',
  },
  welcome: {
    personal: (name: string) =>
      `${greet('Hallo', name)}, fijn dat je Herstart gebruikt. Ik help je om contact te houden met een collega die ziek is, ` +
      'om het gesprek over de terugkeer voor te bereiden en om de wettelijke stappen op tijd te zetten.',
    team:
      'Hallo allemaal. Herstart helpt leidinggevenden en HR bij verzuim en terugkeer naar werk. ' +
      'Casussen bespreek ik alleen een-op-een; in dit kanaal kan HR meldingen ontvangen (typ **hr hier**).',
    firstAdmin: (name: string) =>
      addressed(name, 'Jij', ' bent de eerste in jullie organisatie: je bent nu beheerder van Herstart. ') +
      'Stel hieronder in voor welk land we werken; je kunt daarna HR-collega\'s aanwijzen.',
  },
  setup: {
    title: 'Herstart instellen',
    intro: 'Deze instellingen bepalen welke wettelijke termijnen gelden en hoe ik jullie aanspreek.',
    jurisdiction: 'Land',
    nl: 'Nederland (Wet verbetering poortwachter)',
    be: 'België (re-integratieregels)',
    employerSize: 'Aantal medewerkers in de organisatie',
    name: 'Naam van de organisatie (staat op het re-integratiedossier)',
    language: 'Standaardtaal',
    timeZone: 'Tijdzone',
    iAmHr: 'Ik werk zelf bij HR en wil meldingen van HR ontvangen',
    reporting: 'Wie mag een collega ziek melden?',
    reportingChoices: {
      anyone: 'Iedereen in de organisatie',
      named: 'Alleen aangewezen leidinggevenden en HR',
    },
    reportingNamed:
      'Alleen aangewezen leidinggevenden en HR kunnen nu een ziekmelding doen. Wijs leidinggevenden aan met **leidinggevende toevoegen @naam**.',
    submit: 'Instellingen opslaan',
    saved: (jurisdiction: string, size: number) =>
      `Opgeslagen: ${jurisdiction}, ${size} medewerkers. Typ **hr toevoegen** met een vermelding om een HR-collega aan te wijzen.`,
    sizeInvalid: 'Vul het aantal medewerkers in als een heel getal vanaf 1.',
  },
  help: {
    title: 'Wat Herstart voor je doet',
    intro:
      'Ik help je als leidinggevende om goed contact te houden met een zieke collega, ' +
      'het gesprek over de terugkeer voor te bereiden en de wettelijke stappen op tijd te zetten.',
    commands: [
      { name: 'ziekmelding', description: 'Meld dat een collega ziek is; ik zet de termijnen klaar.' },
      { name: 'mijn casussen', description: 'Zie per collega de fase, het volgende contact en de volgende wettelijke stap.' },
      { name: 'dossier', description: 'Download het re-integratiedossier van een collega (PDF), via een link die één keer werkt.' },
      { name: 'hulp', description: 'Dit overzicht.' },
      { name: 'hr hier', description: 'In een kanaal: HR-meldingen komen voortaan hier binnen (in Slack: /herstart hr hier).' },
      { name: 'hr toevoegen @naam', description: 'Beheerder: wijs een HR-collega aan.' },
      { name: 'leidinggevende toevoegen @naam', description: 'Beheerder: wijs een leidinggevende aan die ziekmeldingen mag doen.' },
      { name: 'koppel', description: 'Gebruik Herstart in Teams én in Slack als dezelfde persoon.' },
      { name: 'overzicht', description: 'Een link naar je overzicht in de browser: casussen, termijnen en (voor HR) meldingen en cijfers.' },
    ],
    privacyTitle: 'Privacy',
    privacy:
      'Vraag nooit naar de ziekte, klachten of behandeling en schrijf die ook niet op: dat is privé en mag de werkgever niet ' +
      'vastleggen. Praat over werk, energie, steun en aanpassingen. Je collega beslist zelf wat het team te horen krijgt.',
    // What "mijn casussen" shows depends on the role; help says the same as the list's title.
    whoSees: {
      manager: 'Jij ziet alleen de casussen waarvoor jij leidinggevende bent. HR ziet de casussen van de hele organisatie; elke inzage wordt vastgelegd.',
      hr:
        'Als HR of beheerder zie jij de casussen van de hele organisatie, ook die van andere leidinggevenden. ' +
        'Elke keer dat je de casus van een ander bekijkt, wordt dat vastgelegd.',
    },
    report: 'Ziekmelding doen',
    myCases: 'Mijn casussen',
  },
  intake: {
    title: 'Ziekmelding',
    intro: 'Wie is er ziek? Ik zet de wettelijke termijnen en een contactritme voor je klaar.',
    employee: 'Collega',
    employeePlaceholder: 'Kies een collega',
    employeeFixed: (name: string) => `Collega: ${name}`,
    noPeople:
      'Ik ken nog geen collega\'s van je. Noem iemand in je bericht (bijvoorbeeld: ziekmelding @Sanne), ' +
      'of voeg Herstart toe aan je team zodat ik de teamleden ken.',
    searchNoMatch: (text: string) => `Ik vond niemand met "${text}" in de naam. Noem de collega met @ of kies uit de lijst.`,
    firstSickDay: 'Eerste ziektedag',
    expected: 'Verwachte duur (als je die weet)',
    expectedChoices: {
      unknown: 'Weet ik niet',
      days: 'Enkele dagen',
      weeks: 'Enkele weken',
      months: 'Langer dan een maand',
    },
    expectedReturn: 'Verwachte terugkeerdatum (optioneel)',
    privacyHint:
      'Vraag niet naar de oorzaak of de klachten en noteer ze niet: dat is privé. Vraag wel hoe het gaat en hoe jullie contact houden.',
    submit: 'Ziekmelding opslaan',
    saved: (name: string) => `De ziekmelding van ${name} staat erin. Dit zijn de eerstvolgende stappen:`,
    alreadyOpen: (name: string) =>
      `${name} heeft al een lopende casus. Is je collega na herstel opnieuw ziek geworden? Meld dat dan als terugval in die casus.`,
    notYourself: 'Je eigen ziekmelding doe je bij je leidinggevende, niet hier. Beterschap!',
    ownCaseOpen:
      'Je staat zelf ziek gemeld. Zolang dat zo is, meld je geen collega ziek via Herstart: vraag je leidinggevende of HR om dat te doen. Beterschap!',
    notNamed:
      'In jullie organisatie doen alleen aangewezen leidinggevenden en HR een ziekmelding. Geef de melding aan hen door, ' +
      'of vraag de beheerder van Herstart om je aan te wijzen.',
    submittedTitle: (name: string) => `Ziekmelding van ${name} opgeslagen`,
  },
  workspace: {
    link: (url: string) =>
      `Je overzicht staat klaar: [open Herstart in je browser](${url}). De link werkt 5 minuten en één keer, alleen voor jou; deel hem niet.`,
    unavailable: 'Het overzicht in de browser is in deze installatie niet beschikbaar.',
  },
  link: {
    issued: (code: string) =>
      `Zo gebruik je Herstart ook in je andere chat-app (Teams of Slack) als dezelfde persoon: open Herstart daar en typ **koppel ${code}**. ` +
      'De code werkt 15 minuten en één keer. Deel hem met niemand.',
    unknown: 'Die code ken ik niet, of hij is verlopen of al gebruikt. Typ **koppel** in je andere chat-app voor een nieuwe code.',
    sameApp: 'Typ de code in je andere chat-app, niet in deze.',
    hasCases: 'Je hebt in deze app al casussen, dus koppelen kan hier niet meer. Vraag de beheerder van Herstart om hulp.',
    otherOrganisation:
      'Deze app hoort in Herstart nog bij een aparte organisatie. Samenvoegen kan alleen als de beheerder aan beide kanten de code gebruikt ' +
      'en hier nog niets is vastgelegd.',
    done: (name: string, app?: string) =>
      app ? `Gekoppeld, ${name}: je bent hier dezelfde persoon als in ${app}, met dezelfde casussen.` : `Dat is al gekoppeld, ${name}.`,
    organisationJoined: 'Deze werkruimte hoort nu bij dezelfde organisatie. Had je hier al een HR-kanaal gekozen, kies het dan opnieuw.',
  },
  home: {
    title: 'Herstart',
    intro: "Hier zie je welke collega's ziek zijn en wat er bij ieder als volgende moet gebeuren.",
    help: 'Hulp',
    more: (n: number) => `en nog ${n} ${n === 1 ? 'casus' : 'casussen'}: typ **mijn casussen** voor het hele overzicht.`,
  },
  cases: {
    title: 'Mijn casussen',
    hrTitle: 'Casussen in de organisatie',
    empty: 'Je hebt geen lopende casussen. Typ **ziekmelding** als een collega ziek is.',
    phase: 'Fase',
    nextContact: 'Volgend contact',
    nextMilestone: 'Volgende stap',
    noMilestone: 'Geen open wettelijke stap',
    open: 'Openen',
    sickSince: 'Ziek sinds',
    sickDays: 'Ziektedagen',
    expectedReturn: 'Verwachte terugkeer',
    timeline: 'Wettelijke stappen',
    lastContact: 'Laatste contact',
    noContactYet: 'nog geen contact vastgelegd',
    closed: 'Afgesloten',
    manager: 'Leidinggevende',
    openedBy: 'Gemeld door',
    prepare: 'Gesprek voorbereiden',
    record: 'Gesprek vastleggen',
    milestone: 'Stap afronden',
    status: 'Herstel of terugval melden',
    dossier: 'Dossier',
    moreMilestones: (n: number) => `en nog ${n} latere stappen`,
  },
  prepare: {
    title: (name: string, phase: string) => `Gesprek met ${name} voorbereiden · ${phase}`,
    wishes: 'Wensen die je collega met je deelde',
    record: 'Gesprek vastleggen',
  },
  outcome: {
    title: (name: string) => `Gesprek met ${name} vastleggen`,
    intro: 'Een paar tikken is genoeg. Schrijf niets op over de ziekte, klachten of behandeling.',
    date: 'Datum van het contact',
    kind: 'Soort contact',
    kinds: { call: 'Telefoon', video: 'Videogesprek', in_person: 'Persoonlijk', message: 'Bericht' },
    mood: 'Hoe ging het gesprek?',
    moods: { good: 'Goed', mixed: 'Wisselend', difficult: 'Moeizaam' },
    agreements: 'Afspraken',
    agreementChoices: {
      workplace: 'Aanpassing van de werkplek',
      tasks: 'Aangepaste taken',
      hours: 'Minder uren of een rustiger tempo',
      buildup: 'Opbouwschema',
      contact: 'Afspraken over contact',
      none: 'Nog geen afspraken',
    },
    buildupHours: 'Opbouw: uren per week om mee te starten (optioneel)',
    wishes: 'Wensen van je collega',
    wishChoices: {
      more_contact: 'Vaker contact',
      less_contact: 'Minder vaak contact',
      team_informed: 'Team mag op de hoogte zijn (in eigen woorden van je collega)',
      team_not_informed: 'Team niets vertellen',
      talk_hr: 'Gesprek met HR',
      talk_doctor: 'Gesprek met de bedrijfsarts',
      remote: 'Deels thuiswerken',
    },
    nextContact: 'Volgend contact',
    flagHr: 'Ik maak me zorgen en wil dat HR meekijkt',
    concern: 'Waarover maak je je zorgen?',
    concernChoices: {
      wellbeing: 'Hoe het met mijn collega gaat',
      progress: 'De terugkeer loopt vast',
      workload: 'Werkdruk of werkverdeling',
      relationship: 'De samenwerking of het contact',
      other: 'Iets anders',
    },
    notes: 'Notitie (optioneel)',
    notesWarning: 'Geen medische informatie: geen ziekte, klachten, behandeling of medicijnen.',
    submit: 'Opslaan',
    saved: (name: string, date: string) => `Het gesprek met ${name} van ${date} is vastgelegd.`,
    nextContactSet: (date: string) => `Volgend contact: ${date}.`,
    flagged: 'HR kijkt mee; ze krijgen een melding zonder je notitie.',
    // Never quotes the note: the words would sit in the chat history, which is what we avoid.
    heldBack:
      'Je notitie leek medische informatie te bevatten. Die mag een werkgever niet vastleggen, dus ik heb niets opgeslagen ' +
      'en de notitie uit het formulier gehaald. Schrijf hem opnieuw in termen van werk, energie en afspraken, of laat hem leeg.',
    submittedTitle: (name: string, date: string) => `Gesprek met ${name} van ${date} opgeslagen`,
    nextContactBeforeDate: 'Het volgende contact moet na de datum van dit gesprek liggen.',
  },
  milestone: {
    title: (name: string) => `Stap afronden voor ${name}`,
    choose: 'Welke stap is afgerond?',
    date: 'Datum',
    decision: 'Beslissing van de arbeidsarts',
    decisions: {
      A: 'A: tijdelijk ongeschikt, aangepast werk in de tussentijd',
      B: 'B: definitief ongeschikt voor het eigen werk, ander of aangepast werk mogelijk',
      C: 'C: nu niet te beoordelen',
    },
    decisionNeeded: 'Kies de beslissing van de arbeidsarts.',
    nothingOpen: 'Er staan geen open stappen meer voor deze casus.',
    ritRequest: 'Re-integratietraject aangevraagd',
    saved: (label: string, date: string) => `"${label}" staat op afgerond (${date}).`,
    submittedTitle: (label: string) => `Afgerond: ${label}`,
    upcoming: 'De volgende stappen:',
  },
  status: {
    title: (name: string) => `Wat is er veranderd voor ${name}?`,
    kind: 'Wat wil je melden?',
    kinds: {
      recovered: 'Volledig hersteld en weer aan het werk',
      partial: 'Gedeeltelijk weer aan het werk',
      relapse: 'Opnieuw ziek gemeld',
      pre_return: 'We bereiden de terugkeer voor',
      closed: 'De re-integratie is afgerond: casus sluiten',
    },
    date: 'Vanaf welke datum?',
    percentage: 'Voor hoeveel procent van de uren nog niet aan het werk? (bij gedeeltelijk)',
    percentageInvalid: 'Vul bij gedeeltelijke hervatting een percentage tussen 1 en 99 in.',
    differentIllness: 'Bij opnieuw ziek: het nieuwe attest vermeldt een andere ziekte (alleen ja of nee; de ziekte zelf schrijf je niet op)',
    saved: {
      recovered: (name: string) =>
        `Fijn dat ${name} weer aan het werk is. De casus blijft nog vier weken open: wordt je collega binnen 28 dagen opnieuw ziek, dan telt dat mee in dezelfde casus.`,
      recoveredBE: (name: string) =>
        `Fijn dat ${name} weer aan het werk is. Wordt je collega kort daarna opnieuw ziek, meld het dan als terugval in deze casus.`,
      partial: (name: string, pct: number) =>
        `${name} werkt weer gedeeltelijk (nog ${pct}% niet). De wettelijke termijnen lopen door.`,
      relapse: (name: string) => `De nieuwe ziekmelding van ${name} staat in de lopende casus; de termijnen zijn bijgewerkt.`,
      relapseNewCase: (name: string) =>
        `${name} was langer dan vier weken hersteld: dit is een nieuwe casus met nieuwe termijnen.`,
      relapseOtherIllness: (name: string) =>
        `Het nieuwe attest van ${name} vermeldt een andere ziekte: dat is een nieuwe arbeidsongeschiktheid, met een nieuwe casus en nieuwe termijnen.`,
      pre_return: (name: string) => `De casus van ${name} staat nu in de fase "voorbereiding terugkeer".`,
      closed: (name: string) =>
        `De casus van ${name} is gesloten. Herstart stuurt er geen herinneringen meer over. Twee jaar na de sluitingsdatum worden de casus en alles wat erbij is vastgelegd verwijderd.`,
    },
    closeOffer: (name: string) =>
      `Is de re-integratie van ${name} hiermee afgerond? Dan kun je de casus hier sluiten. Herstart stuurt er daarna geen herinneringen meer over.`,
    closeTooEarly: (name: string, date: string) =>
      `Wordt ${name} vóór ${date} opnieuw ziek, dan telt dat nog mee in deze casus. Sluit de casus daarom op ${date} of later.`,
    submittedTitle: (name: string) => `Wijziging voor ${name} opgeslagen`,
  },
  hr: {
    hereSaved: 'HR-meldingen van Herstart komen voortaan in dit kanaal binnen.',
    addUsage: 'Noem de collega die HR-rechten krijgt, bijvoorbeeld: hr toevoegen @Sanne',
    added: (names: string) => `${names} ontvangt voortaan HR-meldingen en kan de casussen van de organisatie inzien.`,
    removed: (names: string) => `${names} heeft geen HR-rechten meer.`,
    ambiguous: (names: string) => `Bedoel je een van deze collega's? ${names}. Typ de naam wat vollediger.`,
    reportersUsage: 'Noem de leidinggevende die ziekmeldingen mag doen, bijvoorbeeld: leidinggevende toevoegen @Sanne',
    reportersAdded: (names: string) => `${names} kan voortaan een collega ziek melden.`,
    reportersRemoved: (names: string) => `${names} is geen aangewezen leidinggevende meer en kan geen nieuwe ziekmeldingen doen als dat beperkt is.`,
    deadReference: (name: string, role: string) =>
      `Ik kan ${name} (${role}) niet meer bereiken in de chat: de app is geblokkeerd of verwijderd. Wil je contact opnemen?`,
  },
  roles: {
    manager: 'leidinggevende',
    employee: 'medewerker',
    hr: 'HR',
  },
  submitted: {
    duplicate: 'Dit was al opgeslagen; er is niets dubbel bewaard.',
  },
};

export type Texts = typeof nl;
