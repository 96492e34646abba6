// Belgian Dutch: the Dutch check-in words with the ones that differ in Flanders. The occupational
// doctor is the arbeidsarts (preventieadviseur-arbeidsarts).
import { greet } from '../i18n/greet';
import { checkinNl, type CheckinTexts } from './texts-nl';

export const checkinNlBe: CheckinTexts = {
  ...checkinNl,
  invite: {
    ...checkinNl.invite,
    hello: (name: string) =>
      `${greet('Hallo', name)}, ik ben Herstart. Je leidinggevende gebruikt mij om goed contact met je te houden zolang je ziek bent en als je het werk weer hervat. ` +
      'Ik kan je af en toe een korte check-in sturen: hoeveel energie je hebt, hoe het gaat en wat je nu zou helpen. Het duurt minder dan een minuut en je beslist zelf of je meedoet.',
    who: checkinNl.invite.who.map((line) => line.replace('de bedrijfsarts', 'de arbeidsarts')),
  },
  form: {
    ...checkinNl.form,
    helpChoices: { ...checkinNl.form.helpChoices, talk_doctor: 'Een gesprek met de arbeidsarts' },
  },
  prompt: {
    ...checkinNl.prompt,
    hello: (name: string) => `${greet('Hallo', name)}, tijd voor je korte check-in. Het duurt minder dan een minuut.`,
    wishlist: 'Je werkhervatting komt in zicht. Wil je een wensenlijst maken van wat je helpt en wat je hindert? Jij kiest of je leidinggevende hem ziet.',
  },
  wishlist: { ...checkinNl.wishlist, title: 'Je wensenlijst voor de werkhervatting' },
  commands: {
    ...checkinNl.commands,
    noCase: 'Check-ins zijn er voor wie ziek is of net het werk hervat. Bij Herstart staat voor jou nu geen dossier open, dus ik vraag je niets.',
    forgetConfirm:
      'Ben je zeker? Ik wis al je check-ins, je wensenlijsten en je keuze om mee te doen, en ik stuur je geen check-ins meer. ' +
      'Het dossier zelf (data en wettelijke stappen) blijft: dat moet je werkgever bijhouden.',
  },
};
