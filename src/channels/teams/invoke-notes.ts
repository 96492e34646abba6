// Short notes Teams shows on a card after an Action.Execute press that did not replace the card.
const dutch = (locale: string | undefined) => !locale || locale.toLowerCase().startsWith('nl');

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
