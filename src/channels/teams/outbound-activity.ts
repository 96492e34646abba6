// Neutral messages to Bot Framework activities. Cards are bound from `cards/` by the renderer.
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { OutboundMessage } from '../../core/messages';

export type CardRenderer = (template: string, data: Record<string, unknown>) => Record<string, unknown>;

export function toActivity(message: OutboundMessage, renderCard: CardRenderer): Partial<Activity> {
  if (message.type === 'text') {
    const activity = MessageFactory.text(message.text);
    activity.textFormat = 'markdown';
    return activity;
  }
  const card = renderCard(message.template, message.data);
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  // Shown in notifications and the chat list instead of "sent a card".
  activity.summary = message.summary;
  return activity;
}
