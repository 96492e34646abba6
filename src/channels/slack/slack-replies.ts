// Where the core's answer shows in Slack. Messages go to the person's direct messages with the
// app; a form opens as a modal when Slack gave us a trigger (a button, a slash command), and
// answers to clicks in the Home tab or in a modal open as a modal too (there is no conversation
// there to post in); the card that was submitted is replaced.
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { CardMessage, CoreReply, OutboundMessage } from '../../core/messages';
import type { SlackPost, SlackRenderer } from './slack-render';
import { classifyWebApiError, describeFailure, isTransient } from './web-api-errors';
import { currentDelivery, digestOf, REPLY_EVENT_TYPE, type DeliveryContext } from './delivery-context';

type WebClient = webApi.WebClient;

export interface ReplyTarget {
  client: WebClient;
  /** The person's direct-message channel with the app (or the channel of a channel command). */
  channel: string;
  /** Lets us open a modal; valid for 3 seconds after the click. */
  triggerId?: string;
  /** The click came from the Home tab or from inside a modal: any card answers as a modal. */
  surface?: 'conversation' | 'home' | 'modal';
  /** The message whose button was pressed, for `replaceSubmitted`. */
  clicked?: { channel: string; ts: string };
  /** The chain of modals began in the Home tab: after a submit, the Home tab is refreshed. */
  fromHome?: boolean;
}

export interface ModalPlan {
  card: CardMessage;
  notices: string[];
  rest: OutboundMessage[];
}

/** Which card becomes a modal, the texts that go with it, and what is still to post. */
export function planModal(messages: OutboundMessage[], anyCard: boolean): ModalPlan | null {
  const at = messages.findIndex((m) => m.type === 'card' && (anyCard || m.presentation === 'form'));
  if (at < 0) return null;
  const before = messages.slice(0, at);
  const notices = before.flatMap((m) => (m.type === 'text' ? [m.text] : []));
  const rest = [...before.filter((m) => m.type !== 'text'), ...messages.slice(at + 1)];
  return { card: messages[at] as CardMessage, notices, rest };
}

/** Nothing of an answer reached Slack, for a reason that may pass: the delivery is tried again later. */
export class AnswerNotDeliveredError extends Error {
  constructor(reason: string) {
    super(`the answer could not be delivered to Slack: ${reason}`);
    this.name = 'AnswerNotDeliveredError';
  }
}

type PostResult = { ok: true } | { ok: false; transient: boolean; reason: string };

export class SlackReplies {
  constructor(
    private readonly renderer: SlackRenderer,
    private readonly logger: Logger,
  ) {}

  /**
   * Shows the answer. When not one part of it reached Slack and the failure may pass (Slack down,
   * rate limited), throws AnswerNotDeliveredError so the delivery is tried again; partial failures
   * are logged, since trying again would repeat what did arrive.
   */
  async deliver(reply: CoreReply, target: ReplyTarget): Promise<void> {
    const results: PostResult[] = [];
    let messages = reply.messages;
    if (reply.replaceSubmitted) {
      // Where there is no clicked message to update, the replacement is said as a new message.
      if (target.clicked) await this.replace(target, reply.replaceSubmitted);
      else messages = [reply.replaceSubmitted, ...messages];
    }
    if (target.triggerId) {
      const plan = planModal(messages, target.surface === 'home' || target.surface === 'modal');
      if (plan && (await this.openModal(target, plan))) {
        messages = plan.rest;
        results.push({ ok: true });
      }
    }
    results.push(...(await this.postAll(target.client, target.channel, messages)));
    const failed = results.filter((r): r is Extract<PostResult, { ok: false }> => !r.ok);
    if (failed.length > 0 && failed.length === results.length && failed.some((f) => f.transient)) {
      throw new AnswerNotDeliveredError(failed[0]!.reason);
    }
  }

  /** Posts in order, one Slack message at a time; a failure is logged and the rest still go out. */
  async post(client: WebClient, channel: string, messages: OutboundMessage[]): Promise<boolean> {
    return (await this.postAll(client, channel, messages)).every((r) => r.ok);
  }

  private async postAll(client: WebClient, channel: string, messages: OutboundMessage[]): Promise<PostResult[]> {
    const results: PostResult[] = [];
    for (const m of messages) {
      for (const p of this.renderer.posts(m)) results.push(await this.postOne(client, channel, p));
    }
    return results;
  }

  private async postOne(client: WebClient, channel: string, post: SlackPost): Promise<PostResult> {
    const delivery = currentDelivery();
    const digest = digestOf(post.text);
    try {
      if (delivery?.resumed && (await this.takeAlreadyPosted(client, channel, delivery, digest))) return { ok: true };
      // No previews: Slack's unfurler would fetch a one-time link (harmless, the GET spends nothing) and show it to the channel.
      await client.chat.postMessage({
        channel,
        text: post.text,
        unfurl_links: false,
        unfurl_media: false,
        ...(post.blocks ? { blocks: post.blocks } : {}),
        ...(delivery ? { metadata: { event_type: REPLY_EVENT_TYPE, event_payload: { delivery: delivery.key, digest } } } : {}),
      });
      return { ok: true };
    } catch (err) {
      const failure = classifyWebApiError(err);
      this.logger.error({ channel, failure: describeFailure(failure) }, 'Slack message not delivered');
      return { ok: false, transient: isTransient(failure), reason: describeFailure(failure) };
    }
  }

  /**
   * For a delivery handled again: true (and counted off) when this answer is in the conversation
   * already from an earlier attempt. When Slack cannot say, the answer is posted (at least once).
   */
  private async takeAlreadyPosted(client: WebClient, channel: string, delivery: DeliveryContext, digest: string): Promise<boolean> {
    let posted = delivery.posted.get(channel);
    if (!posted) {
      posted = client.conversations
        .history({ channel, limit: 100, include_all_metadata: true })
        .then(
          (res) =>
            (res.messages ?? []).flatMap((m) => {
              const meta = m.metadata as { event_type?: string; event_payload?: { delivery?: unknown; digest?: unknown } } | undefined;
              return meta?.event_type === REPLY_EVENT_TYPE && meta.event_payload?.delivery === delivery.key && typeof meta.event_payload.digest === 'string'
                ? [meta.event_payload.digest]
                : [];
            }),
          (err: unknown) => {
            this.logger.warn({ failure: describeFailure(classifyWebApiError(err)) }, 'could not read the conversation; answers may repeat');
            return [];
          },
        );
      delivery.posted.set(channel, posted);
    }
    const list = await posted;
    const at = list.indexOf(digest);
    if (at < 0) return false;
    list.splice(at, 1);
    return true;
  }

  private async openModal(target: ReplyTarget, plan: ModalPlan): Promise<boolean> {
    const view = this.renderer.modal(plan.card, plan.notices, { home: target.fromHome === true });
    try {
      if (target.surface === 'modal') await target.client.views.push({ trigger_id: target.triggerId!, view });
      else await target.client.views.open({ trigger_id: target.triggerId!, view });
      return true;
    } catch (err) {
      // An expired trigger (a slow turn) or a full modal stack: the form goes to the conversation instead.
      this.logger.warn({ failure: describeFailure(classifyWebApiError(err)) }, 'could not open a modal; posting instead');
      return false;
    }
  }

  private async replace(target: ReplyTarget, replacement: OutboundMessage): Promise<void> {
    const [first] = this.renderer.posts(replacement);
    if (!first || !target.clicked) return;
    try {
      await target.client.chat.update({
        channel: target.clicked.channel,
        ts: target.clicked.ts,
        text: first.text,
        blocks: first.blocks ?? [],
      });
    } catch (err) {
      this.logger.warn({ failure: describeFailure(classifyWebApiError(err)) }, 'could not replace the submitted card');
    }
  }
}
