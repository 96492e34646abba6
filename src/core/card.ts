// Building card messages. Every card instance gets an id that its buttons send back, so a
// re-sent or double-clicked submit of the same card is recognised and stored once.
import type { CardMessage, CoreReply, OutboundMessage, TextMessage } from './messages';

export function cardMessage(
  template: string,
  data: Record<string, unknown>,
  summary: string,
  cardId: string,
  presentation: CardMessage['presentation'] = 'inline',
): CardMessage {
  return { type: 'card', template, data: { ...data, cardId }, summary, presentation };
}

export function text(t: string): TextMessage {
  return { type: 'text', text: t };
}

export function reply(...messages: OutboundMessage[]): CoreReply {
  return { messages };
}
