// Check-in words for employees and managers, Dutch (Netherlands): the reference catalogue.
// We speak to the employee with "je"; the employee decides, we say so, and we keep it short.
import type { Direction, Level } from '../../domain/checkins/trend';
import type { HelpChoice, WishHelp, WishHinder } from '../../domain/checkins/answers';
import { greet } from '../i18n/greet';

export interface RhythmWords {
  recoveryDays: number;
  aroundReturnDays: number;
  afterReturnDays: number;
  afterReturnUntilDays: number;
}

const every = (days: number) => (days === 7 ? 'elke week' : days % 7 === 0 ? `om de ${days / 7} weken` : `om de ${days} dagen`);
const months = (days: number) => (Math.round(days / 30) === 1 ? 'een maand' : `${Math.round(days / 30)} maanden`);

export const checkinNl = {
  invite: {
    title: 'Korte check-ins, als jij dat wilt',
    hello: (name: string) =>
      `${greet('Hoi', name)}, ik ben Herstart. Je leidinggevende gebruikt mij om goed contact met je te houden zolang je ziek bent en als je weer aan het werk gaat. ` +
      'Ik kan je af en toe een korte check-in sturen: hoeveel energie je hebt, hoe het gaat en wat je nu zou helpen. Het duurt minder dan een minuut en je beslist zelf of je meedoet.',
    afterWelcome:
      'Doe je mee met de korte check-ins? Wie wat ziet, staat in het overzicht hierboven. Hieronder lees je hoe vaak ze komen en hoe je stopt.',
    whoTitle: 'Wie ziet wat',
    who: [
      'Jij ziet al je antwoorden en kunt ze altijd verwijderen.',
      'Je leidinggevende ziet alleen hoe het over de tijd gaat (beter, gelijk of minder), wat je aan hem of haar vraagt (een belafspraak, aangepaste taken, minder uren, een gesprek met de bedrijfsarts) ' +
        'en je toelichting alleen als je aanvinkt dat je die met je leidinggevende deelt.',
      'HR ziet je antwoorden niet. HR krijgt alleen een seintje als je twee keer op rij laag scoort, als het duidelijk minder gaat dan de vorige keer, ' +
        'of als je om een gesprek met HR vraagt en ermee instemt dat HR dat hoort. Dat seintje noemt je naam en de reden, niet je antwoorden.',
      'Schrijf nooit iets over je ziekte, klachten of behandeling op: dat hoort niet bij je werkgever. Een toelichting die medisch lijkt, bewaar ik niet.',
    ],
    howOftenTitle: 'Hoe vaak',
    howOften: (r: RhythmWords) =>
      `${cap(every(r.recoveryDays))} zolang je herstelt, ${every(r.aroundReturnDays)} in de weken rond je terugkeer en daarna nog ${months(r.afterReturnUntilDays)} ${every(r.afterReturnDays)}. ` +
      'Antwoord je niet, dan herinner ik je één keer; na drie onbeantwoorde check-ins op rij stop ik met vragen tot jij weer begint.',
    stopTitle: 'Stoppen',
    stop: 'Typ wanneer je wilt **pauze**, **stop** of **vergeet mij**. Met **mijn gegevens** zie je alles wat je hebt ingevuld. Met **taal en** schrijf ik je in het Engels.',
    yes: 'Ja, doe maar',
    later: 'Later misschien',
    no: 'Nee, liever niet',
    accepted: 'Fijn. Hier is je eerste check-in; je mag hem ook overslaan.',
    declined: 'Helemaal goed. Ik vraag je niets. Wil je later toch meedoen, typ dan **check-in**.',
    postponed: 'Prima. Typ **check-in** wanneer het je uitkomt.',
    doneTitle: (choice: string) => `Je keuze: ${choice}`,
  },
  form: {
    title: 'Je check-in',
    intro: 'Minder dan een minuut. Alles is vrijwillig; sla over wat je niet wilt invullen.',
    energy: 'Hoeveel energie heb je deze week?',
    energyChoices: ['1 · leeg', '2', '3', '4', '5 · vol energie'],
    progress: 'Hoe gaat je herstel of je werk?',
    progressChoices: ['1 · moeizaam', '2', '3', '4', '5 · goed'],
    unreadable: 'Dat kon ik niet goed lezen. Kies wat past of laat het leeg, en verstuur het opnieuw.',
    help: 'Wat zou je nu helpen?',
    helpChoices: {
      manager_call: 'Een belafspraak met mijn leidinggevende',
      adjusted_tasks: 'Aangepaste taken',
      fewer_hours: 'Minder uren',
      talk_hr: 'Een gesprek met HR',
      talk_doctor: 'Een gesprek met de bedrijfsarts',
      nothing: 'Nu niets',
    } satisfies Record<HelpChoice, string>,
    note: 'Wil je nog iets kwijt? (mag leeg blijven)',
    noteWarning: 'Schrijf niets over je ziekte, klachten of behandeling.',
    shareWithManager: 'Deel deze toelichting met mijn leidinggevende',
    submit: 'Versturen',
    wishlist: 'Wensenlijst maken',
  },
  // Never quotes the note: the words would sit in the chat history, which is what we avoid.
  heldBack:
    'Je toelichting leek iets medisch te bevatten. Dat bewaar ik niet, zodat het privé blijft: ik heb het uit het formulier ' +
    'gehaald en er is nog niets opgeslagen. Schrijf het anders op, of verstuur zonder toelichting.',
  hrConsent: {
    title: 'Mag HR het weten?',
    text: 'Je vraagt om een gesprek met HR. Zal ik HR laten weten dat je graag een gesprek wilt? HR hoort dan alleen je naam en dat je om een gesprek vraagt, niet je antwoorden.',
    yes: 'Ja, laat HR het weten',
    no: 'Nee, niet doorgeven',
  },
  saved: {
    title: 'Dank je wel',
    thanks: 'Dank je wel voor je check-in. Je antwoorden zijn van jou: typ **mijn gegevens** om ze te zien of te wissen.',
    managerCall: 'Ik laat je leidinggevende weten dat je graag een belafspraak wilt.',
    managerRequest: 'Je leidinggevende ziet dat je dit vraagt en kan het met je bespreken.',
    hrYes: 'HR hoort dat je graag een gesprek wilt; alleen dat.',
    hrNo: 'HR hoort hier niets van. Wil je toch praten, dan kun je HR altijd zelf benaderen.',
    noteShared: 'Je toelichting is zichtbaar voor je leidinggevende.',
    notePrivate: 'Je toelichting ziet alleen jij.',
    next: (date: string) => `Je volgende check-in komt rond ${date}.`,
    duplicate: 'Deze check-in had je al verstuurd; ik heb hem één keer bewaard.',
  },
  prompt: {
    summary: 'Tijd voor je check-in',
    hello: (name: string) => `${greet('Hoi', name)}, tijd voor je korte check-in. Het duurt minder dan een minuut.`,
    reminder: (name: string) =>
      `${greet('Hoi', name)}, nog even aan je check-in denken? Komt het nu niet uit, dan is dat ook goed: ik vraag het de volgende keer weer.`,
    wishlist: 'Je terugkeer komt in zicht. Wil je een wensenlijst maken van wat je helpt en wat je hindert? Jij kiest of je leidinggevende hem ziet.',
  },
  wishlist: {
    title: 'Je wensenlijst voor de terugkeer',
    intro: 'Wat helpt jou straks, en wat maakt het moeilijker? Kies wat past en vul aan als je wilt.',
    helps: 'Wat helpt me',
    helpsChoices: {
      phased_hours: 'Rustig opbouwen in uren',
      adjusted_tasks: 'Aangepaste taken in het begin',
      quiet_place: 'Een rustige werkplek',
      remote_days: 'Deels thuiswerken',
      buddy: 'Een vaste collega als aanspreekpunt',
      regular_checkins: 'Vaste korte gesprekken met mijn leidinggevende',
      team_informed: 'Dat het team weet dat ik terugkom',
    } satisfies Record<WishHelp, string>,
    helpsNote: 'Nog iets dat helpt',
    hinders: 'Wat hindert me',
    hindersChoices: {
      full_inbox: 'Een volle mailbox bij terugkomst',
      deadlines: 'Strakke deadlines',
      busy_space: 'Een drukke werkplek',
      meetings: 'Veel overleg',
      travel: 'Veel reizen',
      questions_about_absence: 'Vragen over waarom ik weg was',
    } satisfies Record<WishHinder, string>,
    hindersNote: 'Nog iets dat hindert',
    share: 'Deel mijn wensenlijst met mijn leidinggevende (die ziet hem bij de voorbereiding van jullie gesprek)',
    submit: 'Wensenlijst opslaan',
    empty: 'Je wensenlijst is nog leeg. Kies iets dat helpt of hindert, of schrijf het op.',
    savedShared: 'Je wensenlijst is opgeslagen en je leidinggevende ziet hem bij de voorbereiding van jullie gesprek.',
    savedPrivate: 'Je wensenlijst is opgeslagen. Alleen jij ziet hem; je kunt hem later alsnog delen door hem opnieuw op te slaan.',
    helpsLine: (items: string) => `Helpt: ${items}`,
    hindersLine: (items: string) => `Hindert: ${items}`,
  },
  commands: {
    paused: 'Je check-ins staan op pauze. Typ **verder** als je weer wilt; je antwoorden blijven bewaard.',
    resumed: 'Fijn dat je weer meedoet. Je volgende check-in komt volgens het ritme; typ **check-in** als je er nu een wilt.',
    stopped: 'Gestopt: ik stuur je geen check-ins meer. Je antwoorden blijven van jou: typ **mijn gegevens** om ze te zien of **vergeet mij** om alles te wissen. Typ **check-in** als je later toch weer wilt.',
    notEnrolled: 'Je doet nu niet mee met check-ins, dus er is niets te pauzeren of te stoppen. Typ **check-in** als je wilt beginnen.',
    noCase: 'Check-ins zijn er voor wie ziek is of net weer aan het werk. Bij Herstart staat voor jou nu geen verzuim open, dus ik vraag je niets.',
    forgetConfirm:
      'Weet je het zeker? Ik wis al je check-ins, je wensenlijsten en je keuze om mee te doen, en ik stuur je geen check-ins meer. ' +
      'Het verzuimdossier zelf (data en wettelijke stappen) blijft: dat moet je werkgever bewaren.',
    forgetYes: 'Ja, wis alles',
    forgotten: (answers: number, wishlists: number) =>
      `Gewist: ${answers} ${answers === 1 ? 'check-in' : 'check-ins'} en ${wishlists} ${wishlists === 1 ? 'wensenlijst' : 'wensenlijsten'}. Ik vraag je niets meer.`,
    deleted: 'Dat antwoord is gewist.',
    notFound: 'Dat antwoord kon ik niet vinden; misschien was het al gewist.',
  },
  mine: {
    title: 'Mijn gegevens',
    intro: 'Alles wat je in check-ins hebt ingevuld. Het is van jou: je kunt elk antwoord wissen.',
    status: {
      invited: 'Je bent uitgenodigd voor check-ins maar hebt nog niet gekozen.',
      active: 'Je doet mee met check-ins.',
      paused: 'Je check-ins staan op pauze.',
      stopped: 'Je doet niet mee met check-ins.',
      none: 'Je doet niet mee met check-ins.',
    },
    empty: 'Je hebt nog geen check-ins ingevuld.',
    energy: 'Energie',
    progress: 'Hoe het gaat',
    help: 'Wat zou helpen',
    note: 'Toelichting',
    shared: 'gedeeld met je leidinggevende',
    notShared: 'alleen voor jou',
    skipped: 'overgeslagen',
    hrTold: 'HR weet dat je een gesprek wilt',
    delete: 'Wis dit antwoord',
    wishlists: 'Wensenlijsten',
    forget: 'Wis alles (vergeet mij)',
  },
  manager: {
    title: (name: string) => `Check-ins van ${name}`,
    // The title names the employee; the lines under it do not need to again.
    intro: 'Wat je collega met je deelt: hoe het over de tijd gaat, wat er aan jou gevraagd wordt en de toelichtingen die voor jou bedoeld zijn. De losse antwoorden blijven privé.',
    notEnrolled: 'Je collega doet niet mee met check-ins. Dat is een vrije keuze; vraag er niet naar.',
    noAnswers: 'Je collega heeft nog geen check-in ingevuld.',
    energy: 'Energie',
    progress: 'Hoe het gaat',
    direction: { up: 'gaat beter', steady: 'blijft gelijk', down: 'gaat minder' } satisfies Record<Direction, string>,
    tooEarly: 'te vroeg voor een trend',
    level: { low: 'laag', middle: 'midden', good: 'goed' } satisfies Record<Level, string>,
    trend: (direction: string, level: string) => `${direction} (nu ${level})`,
    lastOn: 'Laatste check-in',
    requests: 'Wat er gevraagd wordt',
    notes: 'Gedeelde toelichting',
    noRequests: 'Geen vragen aan jou.',
    askToShare: (name: string) =>
      `${name} kan korte, vrijwillige check-ins van Herstart krijgen, maar ik kan je collega nog niet bereiken in de chat. ` +
      'Wil je vragen of je collega de app Herstart opent? Ik vraag dan eerst of je collega mee wil doen; zonder ja stuur ik niets.',
    hrOnly: 'Check-ins zijn van de medewerker. HR ziet alleen wat een signaal meebrengt, niet de antwoorden of de trend.',
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export type CheckinTexts = typeof checkinNl;
