// The last-resort answer when a turn fails unexpectedly. The core answers known failures itself.
export function friendlyFailure(locale: string | undefined): string {
  return locale?.toLowerCase().startsWith('nl') || !locale
    ? 'Sorry, er ging aan onze kant iets mis en je bericht is niet verwerkt. Probeer het over een paar minuten opnieuw.'
    : 'Sorry, something went wrong on our side and your message was not processed. Please try again in a few minutes.';
}
