// The few sentences the Teams adapter says itself: the last-resort apology when a turn fails, and
// the short notes Teams shows on a card after an Action.Execute press that did not replace it.
// The core answers everything else, in the user's language.
import { resolveLang, type Lang } from '../../core/i18n';

interface AdapterTexts {
  failure: string;
  answeredInChat: string;
  noted: string;
  unreadablePress: string;
}

const nl: AdapterTexts = {
  failure: 'Sorry, er ging aan onze kant iets mis en je bericht is niet verwerkt. Probeer het over een paar minuten opnieuw.',
  answeredInChat: 'Je vindt mijn antwoord hieronder in de chat.',
  noted: 'Genoteerd.',
  unreadablePress: 'Deze knop kon ik niet verwerken; er is niets opgeslagen. Typ "hulp" om opnieuw te beginnen.',
};

const en: AdapterTexts = {
  failure: 'Sorry, something went wrong on our side and your message was not processed. Please try again in a few minutes.',
  answeredInChat: 'You will find my answer below in the chat.',
  noted: 'Noted.',
  unreadablePress: 'I could not process this button; nothing was saved. Type "help" to start again.',
};

const fr: AdapterTexts = {
  failure: 'Désolé, un problème est survenu de notre côté et votre message n’a pas été traité. Réessayez dans quelques minutes.',
  answeredInChat: 'Vous trouverez ma réponse ci-dessous dans le chat.',
  noted: 'C’est noté.',
  unreadablePress: 'Je n’ai pas pu traiter ce bouton ; rien n’a été enregistré. Tapez « aide » pour recommencer.',
};

const CATALOGUES: Record<Lang, AdapterTexts> = { 'nl-NL': nl, 'nl-BE': nl, en, 'fr-BE': fr };

// No locale: Dutch first. A locale we do not write in: English, as before French existed.
const textsFor = (locale: string | undefined) => (locale ? CATALOGUES[resolveLang(locale, 'en')] : nl);

/** A turn failed unexpectedly. The core answers known failures itself. */
export function friendlyFailure(locale: string | undefined): string {
  return textsFor(locale).failure;
}

/** The answer went into the chat as a new message: point there. */
export function answeredInChat(locale: string | undefined): string {
  return textsFor(locale).answeredInChat;
}

/** Nothing to show: the press was taken in. */
export function noted(locale: string | undefined): string {
  return textsFor(locale).noted;
}

/** A press we could not read (an old or altered card): nothing was saved. */
export function unreadablePress(locale: string | undefined): string {
  return textsFor(locale).unreadablePress;
}
