// Universal Actions for Adaptive Cards. In Teams a button is an Action.Execute: pressing it sends an
// `adaptiveCard/action` invoke, and the card that replaces the form travels back in the HTTP answer
// to that invoke. The user sees the result as soon as the button's spinner stops, and the bot
// makes no second call to the connector to update the message.
//
// The templates in cards/ keep Action.Submit: that is what the Adaptive Cards Designer, the
// Bot Framework Emulator and Web Chat understand (none of them handles Action.Execute), and what
// the Slack renderer reads. Cards are upgraded here, on the way out to Teams only.
import { z } from 'zod';
import type { CardRenderer } from './outbound-activity';

/** HERSTART_TEAMS_BUTTONS: `submit` keeps Action.Submit everywhere, for a local tool that cannot press Action.Execute. */
export type TeamsButtons = 'execute' | 'submit';

/** Binds with `bind`, then gives the card Action.Execute buttons where the channel is Teams. */
export function teamsCardRenderer(bind: CardRenderer, buttons: TeamsButtons): CardRenderer {
  if (buttons === 'submit') return bind;
  return (template, data, channelId) => {
    const card = bind(template, data);
    return usesUniversalActions(channelId) ? toUniversalActions(card) : card;
  };
}

/** Teams itself; the Emulator ("emulator") and Web Chat ("webchat") keep Action.Submit. */
export function usesUniversalActions(channelId: string | undefined): boolean {
  return channelId === 'msteams';
}

/** A copy of the card whose submit buttons are Action.Execute, the verb being our action name. */
export function toUniversalActions(card: Record<string, unknown>): Record<string, unknown> {
  return upgrade(card) as Record<string, unknown>;
}

function upgrade(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(upgrade);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = upgrade(value);
  const action = (out.data as { action?: unknown } | undefined)?.action;
  if (out.type === 'Action.Submit' && typeof action === 'string') {
    out.type = 'Action.Execute';
    out.verb = action;
  }
  return out;
}

export const ADAPTIVE_CARD_ACTION = 'adaptiveCard/action';

/** The value of an `adaptiveCard/action` invoke: the pressed action, its data merged with the inputs. */
export const CardActionValueSchema = z.looseObject({
  action: z.looseObject({
    type: z.literal('Action.Execute'),
    verb: z.string().min(1),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** The body Teams expects in answer to an `adaptiveCard/action` invoke. */
export type CardActionResponse =
  | { statusCode: 200; type: 'application/vnd.microsoft.card.adaptive'; value: Record<string, unknown> }
  | { statusCode: 200; type: 'application/vnd.microsoft.activity.message'; value: string };

export function cardResponse(card: Record<string, unknown>): CardActionResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

export function messageResponse(text: string): CardActionResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text };
}
