// The few sentences the Teams adapter says itself: the last-resort apology when a turn fails, and
// the short notes Teams shows on a card after an Action.Execute press that did not replace it.
// The core answers everything else, in the user's language.
const dutch = (locale: string | undefined) => !locale || locale.toLowerCase().startsWith('nl');

/** A turn failed unexpectedly. The core answers known failures itself. */
export function friendlyFailure(locale: string | undefined): string {
  return dutch(locale)
    ? 'Sorry, er ging aan onze kant iets mis en je bericht is niet verwerkt. Probeer het over een paar minuten opnieuw.'
    : 'Sorry, something went wrong on our side and your message was not processed. Please try again in a few minutes.';
}

/** The answer went into the chat as a new message: point there. */
export function answeredInChat(locale: string | undefined): string {
  return dutch(locale) ? 'Je vindt mijn antwoord hieronder in de chat.' : 'You will find my answer below in the chat.';
}

/** Nothing to show: the press was taken in. */
export function noted(locale: string | undefined): string {
  return dutch(locale) ? 'Genoteerd.' : 'Noted.';
}

/** A press we could not read (an old or altered card): nothing was saved. */
export function unreadablePress(locale: string | undefined): string {
  return dutch(locale)
    ? 'Deze knop kon ik niet verwerken; er is niets opgeslagen. Typ "hulp" om opnieuw te beginnen.'
    : 'I could not process this button; nothing was saved. Type "help" to start again.';
}
