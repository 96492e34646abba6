// The re-integration file in chat, in Belgian Dutch: werknemer, arbeidsarts, standpunt.
import { dossierNl, type DossierTexts } from './texts-nl';

export const dossierNlBe: DossierTexts = {
  ...dossierNl,
  overview: {
    ...dossierNl.overview,
    intro: 'Leg hier de stukken van het re-integratietraject vast. Opslaan zet de bijbehorende stap op afgerond; je collega krijgt het plan te zien en antwoordt erop.',
    viewIn: 'standpunt binnen',
    viewOnPaper: 'standpunt op papier',
    viewAwaited: 'wacht op standpunt',
    paper: 'Antwoord op papier vastleggen',
  },
  form: {
    ...dossierNl.form,
    fromDoctor: 'Neem alleen over wat de arbeidsarts aan de werkgever mag geven: wat wel en niet lukt, in werktermen. Het medische deel blijft bij de arbeidsarts.',
    viewAsked: (name: string) => `${name} krijgt het stuk in de chat en kan er een standpunt op geven. Lukt dat niet, leg het dan op papier vast.`,
  },
  view: {
    ...dossierNl.view,
    title: (doc: string) => `Jouw standpunt: ${doc}`,
    intro: (manager: string, date: string) => `${manager} legde dit vast op ${date}. Jouw standpunt komt in je re-integratiedossier.`,
    saved: 'Dank je. Je antwoord staat in het dossier.',
    savedTitle: 'Antwoord gegeven',
    reminder: (name: string) => `Hallo ${name}, je werkgever wacht nog op je antwoord op het re-integratieplan. Zonder antwoord neemt je werkgever contact met je op.`,
    unreachable: (name: string, doc: string) => `Ik kan ${name} niet in de chat bereiken voor het antwoord op "${doc}". Neem contact op en leg het antwoord op papier vast via Dossier.`,
  },
  paper: {
    ...dossierNl.paper,
    title: (name: string) => `Antwoord van ${name} op papier`,
    intro: 'Antwoordde je collega op papier? Leg hier vast op welk stuk, wat die vond en wanneer. Bewaar het papier bij het dossier.',
    saved: (doc: string) => `Het antwoord op "${doc}" staat erin (op papier).`,
  },
};
