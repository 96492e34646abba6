// What every Slack listener needs: the person and their direct-message channel as the core's
// context, mentions as people, a card submit as the core's submit event, and the Home tab.
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { InboundContext, InboundEvent, MentionedUser } from '../../core/messages';
import type { Clock, ConversationCore } from '../../core/ports';
import type { InboxWork } from '../inbox-work';
import { dmAddress } from './inbound/slack-address';
import { slackContext, slackMention } from './inbound/slack-context';
import type { SlackDirectory } from './slack-directory';
import type { SlackRenderer } from './slack-render';
import type { SlackReplies } from './slack-replies';
import { classifyWebApiError, describeFailure } from './web-api-errors';

type WebClient = webApi.WebClient;

export interface SlackTurnDeps {
  core: ConversationCore;
  clock: Clock;
  logger: Logger;
  /** The welcome in the Messages tab, once per person (the inbox remembers it for years). */
  welcomes: InboxWork;
  directory: SlackDirectory;
  renderer: SlackRenderer;
  replies: SlackReplies;
  /** How long a modal submission may wait for the core before the modal closes and the answer goes to the DM. */
  viewBudgetMs: number;
}

export interface Who {
  teamId: string;
  enterpriseId: string | null;
  userId: string;
  /** A name from the payload, for when users.info cannot answer. */
  fallbackName?: string;
  /** The DM channel, when the payload names it. */
  dmChannel?: string;
}

export interface PersonalTurn {
  ctx: InboundContext;
  dm: string;
}

/** The person's own context: their DM with the app is where Herstart answers and writes later. */
export async function personalTurn(deps: SlackTurnDeps, client: WebClient, who: Who): Promise<PersonalTurn> {
  const user = await deps.directory.user(client, who.teamId, who.userId, who.fallbackName);
  if (who.dmChannel) deps.directory.rememberDm(who.teamId, who.userId, who.dmChannel);
  const dm = who.dmChannel ?? (await deps.directory.dmChannel(client, who.teamId, who.userId));
  const ctx = slackContext({
    teamId: who.teamId,
    userId: who.userId,
    user,
    address: dmAddress(who.teamId, who.enterpriseId, who.userId, dm),
    receivedAt: deps.clock.now(),
  });
  return { ctx, dm };
}

export async function mentionedPeople(deps: SlackTurnDeps, client: WebClient, teamId: string, userIds: string[]): Promise<MentionedUser[]> {
  return Promise.all(userIds.map(async (id) => slackMention(teamId, id, await deps.directory.user(client, teamId, id))));
}

/** A card submit as the core's event; `fallbackId` names it when the card carried no card id. */
export function submitEvent(data: Record<string, unknown>, fallbackId: string): InboundEvent | null {
  const { action, cardId, ...rest } = data;
  if (typeof action !== 'string' || action === '') return null;
  const submitId = typeof cardId === 'string' && cardId ? `${cardId}:${action}` : fallbackId;
  return { type: 'submit', action, data: rest, submitId };
}

/** Renders the person's Home tab from the core's `home` answer. */
export async function publishHome(deps: SlackTurnDeps, client: WebClient, ctx: InboundContext): Promise<void> {
  const reply = await deps.core.handle(ctx, { type: 'home' });
  try {
    await client.views.publish({ user_id: ctx.actor.userId, view: deps.renderer.home(reply.messages) });
  } catch (err) {
    deps.logger.warn({ failure: describeFailure(classifyWebApiError(err)) }, 'could not publish the Home tab');
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
