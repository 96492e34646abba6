// Neutral messages to Bot Framework activities. Cards are bound from `cards/` by the renderer.
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { OutboundMessage } from '../../core/messages';

/** Binds a template for the channel the activity goes to (see teamsCardRenderer). */
export type CardRenderer = (template: string, data: Record<string, unknown>, channelId?: string) => Record<string, unknown>;

export function toActivity(message: OutboundMessage, renderCard: CardRenderer, channelId?: string): Partial<Activity> {
  if (message.type === 'text') {
    const activity = MessageFactory.text(message.text);
    activity.textFormat = 'markdown';
    return activity;
  }
  const card = renderCard(message.template, message.data, channelId);
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  // Shown in notifications and the chat list instead of "sent a card".
  activity.summary = message.summary;
  return activity;
}
