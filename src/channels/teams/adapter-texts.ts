// The few sentences the Teams adapter says itself: the last-resort apology when a turn fails, and
// the short notes Teams shows on a card after an Action.Execute press that did not replace it.
// They follow the language Herstart speaks with the person (the core's answer carries it), not
// the Teams client's locale: after "taal nl" an English client still reads Dutch here.
import { resolveLang, type Lang } from '../../core/i18n';

interface AdapterTexts {
  /** A turn failed unexpectedly. The core answers known failures itself. */
  failure: string;
  /** The answer went into the chat as a new message: point there. */
  answeredInChat: string;
  /** Nothing to show: the press was taken in. */
  noted: string;
}

const nl: AdapterTexts = {
  failure: 'Sorry, er ging aan onze kant iets mis en je bericht is niet verwerkt. Probeer het over een paar minuten opnieuw.',
  answeredInChat: 'Je vindt mijn antwoord hieronder in de chat.',
  noted: 'Genoteerd.',
};

const en: AdapterTexts = {
  failure: 'Sorry, something went wrong on our side and your message was not processed. Please try again in a few minutes.',
  answeredInChat: 'You will find my answer below in the chat.',
  noted: 'Noted.',
};

const fr: AdapterTexts = {
  failure: 'Désolé, un problème est survenu de notre côté et votre message n’a pas été traité. Réessayez dans quelques minutes.',
  answeredInChat: 'Vous trouverez ma réponse ci-dessous dans le chat.',
  noted: 'C’est noté.',
};

const CATALOGUES: Record<Lang, AdapterTexts> = { 'nl-NL': nl, 'nl-BE': nl, en, 'fr-BE': fr };

/** `lang`: the core's answer's language, else the client's locale (a turn that failed before the core answered). */
export function adapterTexts(lang: string | null | undefined): AdapterTexts {
  return CATALOGUES[resolveLang(lang)];
}
