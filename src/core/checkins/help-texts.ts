// What Herstart says to an employee who opens the app or asks for help: what check-ins are, the
// words they can type, and who sees what (the same promise as the invitation, word for word).
// Dutch (Netherlands) is the reference; Belgian Dutch where the words differ; English; French (Belgium).
import type { Lang } from '../i18n';
import { greet } from '../i18n/greet';

export interface EmployeeHelpTexts {
  welcome: (name: string) => string;
  title: string;
  intro: string;
  commandsTitle: string;
  commands: Array<{ name: string; description: string }>;
  whoTitle: string;
  start: string;
  mine: string;
}

const nl: EmployeeHelpTexts = {
  welcome: (name) =>
    `${greet('Hoi', name)}, ik ben Herstart. Je leidinggevende gebruikt mij om goed contact met je te houden zolang je ziek bent en als je weer aan het werk gaat. ` +
    'Hieronder lees je wat ik voor jou kan doen en wie wat te zien krijgt.',
  title: 'Herstart en jij',
  intro:
    'Ik kan je af en toe een korte check-in sturen: hoeveel energie je hebt, hoe het gaat en wat je nu zou helpen, bijvoorbeeld een belafspraak met je leidinggevende of minder uren. ' +
    'Het duurt minder dan een minuut. Meedoen is vrijwillig en je kunt altijd stoppen.',
  commandsTitle: 'Wat je kunt typen',
  commands: [
    { name: 'check-in', description: 'Vul nu een check-in in, of begin met check-ins.' },
    { name: 'pauze · verder', description: 'Zet je check-ins even stil, of ga weer verder.' },
    { name: 'stop', description: 'Geen check-ins meer. Je antwoorden blijven van jou.' },
    { name: 'wensenlijst', description: 'Schrijf op wat je helpt en wat je hindert als je weer aan het werk gaat.' },
    { name: 'mijn gegevens', description: 'Zie alles wat je hebt ingevuld en wis wat je wilt.' },
    { name: 'vergeet mij', description: 'Wis al je check-ins en wensenlijsten in één keer.' },
    { name: 'taal en · taal nl', description: 'Ik schrijf je in het Engels of in het Nederlands.' },
  ],
  whoTitle: 'Wie ziet wat',
  start: 'Check-in invullen',
  mine: 'Mijn gegevens',
};

const nlBe: EmployeeHelpTexts = {
  ...nl,
  welcome: (name) =>
    `${greet('Hallo', name)}, ik ben Herstart. Je leidinggevende gebruikt mij om goed contact met je te houden zolang je ziek bent en als je het werk weer hervat. ` +
    'Hieronder lees je wat ik voor jou kan doen en wie wat te zien krijgt.',
  commands: nl.commands.map((c) =>
    c.name === 'wensenlijst'
      ? { ...c, description: 'Schrijf op wat je helpt en wat je hindert bij je werkhervatting.' }
      : c.name.startsWith('taal')
        ? { name: 'taal en · taal nl-be', description: 'Ik schrijf je in het Engels of in het Nederlands.' }
        : c,
  ),
};

const en: EmployeeHelpTexts = {
  welcome: (name) =>
    `${greet('Hi', name)}, I am Herstart. Your manager uses me to stay in touch while you are ill and when you go back to work. ` +
    'Below is what I can do for you and who gets to see what.',
  title: 'Herstart and you',
  intro:
    'Now and then I can send you a short check-in: how much energy you have, how things are going and what would help now, such as a call with your manager or fewer hours. ' +
    'It takes less than a minute. Taking part is up to you, and you can stop at any time.',
  commandsTitle: 'What you can type',
  commands: [
    { name: 'check-in', description: 'Fill in a check-in now, or start with check-ins.' },
    { name: 'pause · resume', description: 'Put your check-ins on hold for a while, or carry on.' },
    { name: 'stop', description: 'No more check-ins. Your answers stay yours.' },
    { name: 'wish list', description: 'Write down what helps and what gets in the way when you go back to work.' },
    { name: 'my data', description: 'See everything you filled in and delete what you like.' },
    { name: 'forget me', description: 'Erase all your check-ins and wish lists at once.' },
    { name: 'taal nl · language en', description: 'I write to you in Dutch or in English.' },
  ],
  whoTitle: 'Who sees what',
  start: 'Fill in a check-in',
  mine: 'My data',
};

const frBe: EmployeeHelpTexts = {
  welcome: (name) =>
    `Bonjour ${name}, je suis Herstart. Votre responsable m’utilise pour garder un bon contact avec vous pendant votre absence et lors de votre reprise du travail. ` +
    'Vous trouverez ci-dessous ce que je peux faire pour vous et qui voit quoi.',
  title: 'Herstart et vous',
  intro:
    'Je peux vous envoyer de temps en temps un court check-in : votre niveau d’énergie, comment ça va et ce qui vous aiderait maintenant, par exemple un appel avec votre responsable ou moins d’heures. ' +
    'Cela prend moins d’une minute. Participer est facultatif et vous pouvez arrêter à tout moment.',
  commandsTitle: 'Ce que vous pouvez taper',
  commands: [
    { name: 'check-in', description: 'Remplissez un check-in maintenant, ou commencez les check-ins.' },
    { name: 'pause · reprendre', description: 'Mettez vos check-ins en pause un moment, ou reprenez-les.' },
    { name: 'stop', description: 'Plus de check-ins. Vos réponses restent les vôtres.' },
    { name: 'souhaits', description: 'Notez ce qui vous aide et ce qui vous gêne pour votre reprise du travail.' },
    { name: 'mes données', description: 'Voyez tout ce que vous avez rempli et effacez ce que vous voulez.' },
    { name: 'oubliez-moi', description: 'Effacez en une fois tous vos check-ins et listes de souhaits.' },
    { name: 'langue fr · taal nl · language en', description: 'Je vous écris en français, en néerlandais ou en anglais.' },
  ],
  whoTitle: 'Qui voit quoi',
  start: 'Remplir un check-in',
  mine: 'Mes données',
};

const CATALOGUES: Record<Lang, EmployeeHelpTexts> = { 'nl-NL': nl, 'nl-BE': nlBe, en, 'fr-BE': frBe };

export function employeeHelpTexts(lang: Lang): EmployeeHelpTexts {
  return CATALOGUES[lang] ?? nl;
}
