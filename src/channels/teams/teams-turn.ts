// One Bot Framework turn: translate to a neutral event, let the core answer,
// send the answer back. No conversation logic lives here.
import { TeamsInfo, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { CoreReply, MentionedUser } from '../../core/messages';
import type { Clock, ConversationCore } from '../../core/ports';
import {
  identityKeyOf,
  isCardAction,
  toInboundContext,
  toInboundEvent,
  type InboundActivity,
} from './inbound-activity';
import { adapterTexts } from './adapter-texts';
import { toActivity, type CardRenderer } from './outbound-activity';
import { cardResponse, messageResponse, type CardActionResponse } from './universal-actions';

export interface TeamsTurnDeps {
  core: ConversationCore;
  renderCard: CardRenderer;
  clock: Clock;
  logger: Logger;
}

/**
 * The inbox key of a typed message, which the route handles once (claimed before the turn, marked
 * done after it). Card submits are made idempotent by their submit id in the store instead (a
 * re-sent one is answered "already saved"), which spares every submit an inbox write.
 */
export function inboxKeyOf(activity: InboundActivity): string | null {
  if (activity.type !== 'message' || !activity.id || isSubmit(activity)) return null;
  return `teams:${activity.conversation.id}:${activity.id}`;
}

/** Where a turn keeps the language of the core's answer, for onTurnError's apology. */
export const REPLY_LANG = Symbol('herstart.replyLang');

/**
 * `activity` is the request body as validated by the route (ActivitySchema). `firstDelivery`: the
 * route's claim on a typed message, still being decided while the turn looks up who is talking;
 * the turn does its work and answers only once it is granted.
 */
export async function handleTeamsTurn(turn: TurnContext, activity: InboundActivity, deps: TeamsTurnDeps, firstDelivery?: Promise<boolean>): Promise<void> {
  let event: Awaited<ReturnType<typeof toInboundEvent>>;
  try {
    event = await toInboundEvent(
      activity,
      (mentions) => resolveMentions(turn, mentions, deps.logger),
      () => loadRoster(turn, activity, deps.logger),
    );
  } catch (err) {
    // A delivery that is not this turn's to handle gets no apology either.
    if (firstDelivery && !(await firstDelivery)) return;
    throw err;
  }
  if (!event) return;
  const execute = isCardAction(activity);
  // The reference minus the activity id: that changes every turn and is not part of the address.
  const { activityId: _activityId, ...address } = TurnContext.getConversationReference(turn.activity) as unknown as Record<string, unknown>;
  const ctx = toInboundContext(activity, address, deps.clock.now());
  // Install events carry no sender name; Teams knows it as a member of the conversation.
  if (event.type === 'install' && !ctx.actor.displayName) ctx.actor.displayName = await memberName(turn, activity.from.id, deps.logger);
  const reply = await deps.core.handle(ctx, event, { firstDelivery });
  if (reply.duplicate) return;
  turn.turnState.set(REPLY_LANG, reply.lang);

  if (execute) return answerExecute(turn, activity, reply, deps);

  const messages = [...reply.messages];
  if (reply.replaceSubmitted) {
    if (activity.replyToId) {
      await turn.updateActivity({ ...toActivity(reply.replaceSubmitted, deps.renderCard, activity.channelId), id: activity.replyToId });
    } else {
      messages.unshift(reply.replaceSubmitted);
    }
  }
  if (messages.length > 0) await turn.sendActivities(messages.map((m) => toActivity(m, deps.renderCard, activity.channelId)));
}

/** Action.Execute: the replacement card is the answer to the invoke itself; other messages go to the chat. */
async function answerExecute(turn: TurnContext, activity: InboundActivity, reply: CoreReply, deps: TeamsTurnDeps): Promise<void> {
  const { channelId } = activity;
  const say = adapterTexts(reply.lang ?? activity.locale);
  if (reply.messages.length > 0) await turn.sendActivities(reply.messages.map((m) => toActivity(m, deps.renderCard, channelId)));
  const replacement = reply.replaceSubmitted;
  let answer: CardActionResponse;
  if (replacement?.type === 'card') answer = cardResponse(deps.renderCard(replacement.template, replacement.data, channelId));
  else if (replacement?.type === 'text') answer = messageResponse(replacement.text);
  else answer = messageResponse(reply.messages.length > 0 ? say.answeredInChat : say.noted);
  await answerCardAction(turn, answer);
}

export async function answerCardAction(turn: TurnContext, body: CardActionResponse): Promise<void> {
  await turn.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
}

function isSubmit(a: InboundActivity): boolean {
  return typeof a.value === 'object' && a.value !== null;
}

/** Mentions carry only the Teams user id; the person's AAD id (our identity key) needs a lookup. */
async function resolveMentions(
  turn: TurnContext,
  mentions: Array<{ id: string; name: string }>,
  logger: Logger,
): Promise<MentionedUser[]> {
  return Promise.all(
    mentions.map(async (m) => {
      try {
        const member = await TeamsInfo.getMember(turn, m.id);
        return { identityKey: identityKeyOf(member), userId: member.id, displayName: member.name || m.name };
      } catch (err) {
        logger.warn({ err, mention: m.id }, 'could not look up a mentioned member');
        return { identityKey: identityKeyOf(m), userId: m.id, displayName: m.name };
      }
    }),
  );
}

/** The member's name as Teams knows it, or '' (the greeting then goes without a name). */
async function memberName(turn: TurnContext, userId: string, logger: Logger): Promise<string> {
  try {
    return (await TeamsInfo.getMember(turn, userId)).name ?? '';
  } catch (err) {
    logger.info({ err }, 'could not look up the name of whoever added Herstart');
    return '';
  }
}

async function loadRoster(turn: TurnContext, activity: InboundActivity, logger: Logger): Promise<MentionedUser[]> {
  const members: MentionedUser[] = [];
  try {
    let token: string | undefined;
    do {
      const page = await TeamsInfo.getPagedMembers(turn, 500, token);
      for (const m of page.members) {
        if (m.id === activity.recipient.id) continue;
        members.push({ identityKey: identityKeyOf(m), userId: m.id, displayName: m.name ?? '' });
      }
      token = page.continuationToken;
    } while (token);
  } catch (err) {
    logger.warn({ err }, 'could not read the team roster');
  }
  return members;
}
