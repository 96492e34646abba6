// Buttons and modals. A button press is acknowledged at once and then handled; a modal
// submission waits a little for the core, so a form that needs another look (a missing field,
// a note that reads as medical) can stay open with the answer in it. When the core takes longer,
// the modal closes and the answer arrives in the DM.
import type { App } from '@slack/bolt';
import { modalSubmission, SlackPayloadError, slackActionToData } from '../../../cards/slack-state';
import type { CoreReply } from '../../../core/messages';
import type { Logger } from 'pino';
import { BlockActions, teamIdOf, ViewSubmission } from '../inbound/payloads';
import { answerSubmission } from '../modal-answer';
import { FORM_CALLBACK_ID, originOfView, parseModalOrigin } from '../slack-render';
import { personalTurn, publishHome, sleep, submitEvent, type PersonalTurn, type SlackTurnDeps } from '../slack-turn';

/** Slack state we cannot read (a tampered button value, odd metadata) is logged and ignored. */
function readable<T>(logger: Logger, read: () => T): T | null {
  try {
    return read();
  } catch (err) {
    if (!(err instanceof SlackPayloadError)) throw err;
    logger.warn({ reason: err.message }, 'unreadable Slack submit ignored');
    return null;
  }
}

export function registerInteractions(app: App, deps: SlackTurnDeps): void {
  app.action(/.*/, async ({ ack, body, client }) => {
    await ack();
    const b = BlockActions.parse(body);
    const action = b.actions[0]!;
    // Link buttons open in the browser; Slack tells us, but there is nothing to do.
    if (!action.action_id.startsWith('ac.submit.')) return;
    const view = b.container.type === 'view' ? b.view : undefined;
    const data = readable(deps.logger, () => slackActionToData(action.value, view ? view.state?.values : b.state?.values));
    const event = data && submitEvent(data, `slack:${b.container.message_ts ?? view?.id ?? ''}:${action.action_ts ?? ''}`);
    const teamId = teamIdOf(b);
    if (!event || !teamId) return;

    const surface = view ? (view.type === 'home' ? 'home' : 'modal') : 'conversation';
    const fromHome = surface === 'home' || (surface === 'modal' && originOfView(view).home === true);
    const channel = b.container.channel_id;
    const turn = await personalTurn(deps, client, {
      teamId,
      enterpriseId: b.enterprise?.id ?? null,
      userId: b.user.id,
      fallbackName: b.user.name,
      // A bot posts in no one's DM but its own: a message of ours in a D-channel is in the person's DM.
      dmChannel: channel?.startsWith('D') ? channel : undefined,
    });
    const reply = await deps.core.handle(turn.ctx, event);
    const clicked = channel && b.container.message_ts && !b.container.is_ephemeral ? { channel, ts: b.container.message_ts } : undefined;
    await deps.replies.deliver(reply, { client, channel: turn.dm, triggerId: b.trigger_id, surface, clicked, fromHome });
    if (surface === 'home' && reply.replaceSubmitted) await publishHome(deps, client, turn.ctx);
  });

  app.view(FORM_CALLBACK_ID, async ({ ack, body, client }) => {
    const v = ViewSubmission.parse(body);
    const sub = readable(deps.logger, () => modalSubmission(v.view));
    const event = sub && submitEvent(sub.data, `slack:view:${v.view.id}`);
    const teamId = teamIdOf(v);
    if (!sub || !event || !teamId) {
      await ack();
      return;
    }
    const origin = parseModalOrigin(sub.privateMetadata);
    const work: Promise<{ turn: PersonalTurn; reply: CoreReply }> = (async () => {
      const turn = await personalTurn(deps, client, { teamId, enterpriseId: v.enterprise?.id ?? null, userId: v.user.id, fallbackName: v.user.name });
      return { turn, reply: await deps.core.handle(turn.ctx, event) };
    })();
    let early: Awaited<typeof work> | null;
    try {
      early = await Promise.race([work, sleep(deps.viewBudgetMs).then(() => null)]);
    } catch (err) {
      await ack();
      throw err;
    }
    let result: Awaited<typeof work>;
    let rest: CoreReply['messages'];
    if (early) {
      result = early;
      const answer = answerSubmission(early.reply, v.view, deps.renderer, origin);
      await ack(answer.response);
      rest = answer.rest;
    } else {
      // Closing the modal now keeps Slack from showing an error; the answer follows in the DM.
      await ack();
      deps.logger.info({ budgetMs: deps.viewBudgetMs }, 'modal closed before the answer was ready; answering in the DM');
      result = await work;
      rest = result.reply.messages;
    }
    await deps.replies.post(client, result.turn.dm, rest);
    if (origin.home && result.reply.replaceSubmitted) await publishHome(deps, client, result.turn.ctx);
  });
}
