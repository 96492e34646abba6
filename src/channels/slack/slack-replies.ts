// Where the core's answer shows in Slack. Messages go to the person's direct messages with the
// app; a form opens as a modal when Slack gave us a trigger (a button, a slash command), and
// answers to clicks in the Home tab or in a modal open as a modal too (there is no conversation
// there to post in); the card that was submitted is replaced.
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { CardMessage, CoreReply, OutboundMessage } from '../../core/messages';
import type { SlackPost, SlackRenderer } from './slack-render';
import { classifyWebApiError, describeFailure } from './web-api-errors';

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

export class SlackReplies {
  constructor(
    private readonly renderer: SlackRenderer,
    private readonly logger: Logger,
  ) {}

  async deliver(reply: CoreReply, target: ReplyTarget): Promise<void> {
    let messages = reply.messages;
    if (reply.replaceSubmitted) {
      // Where there is no clicked message to update, the replacement is said as a new message.
      if (target.clicked) await this.replace(target, reply.replaceSubmitted);
      else messages = [reply.replaceSubmitted, ...messages];
    }
    if (target.triggerId) {
      const plan = planModal(messages, target.surface === 'home' || target.surface === 'modal');
      if (plan && (await this.openModal(target, plan))) messages = plan.rest;
    }
    await this.post(target.client, target.channel, messages);
  }

  /** Posts in order, one Slack message at a time; a failure is logged and the rest still go out. */
  async post(client: WebClient, channel: string, messages: OutboundMessage[]): Promise<boolean> {
    let allSent = true;
    for (const m of messages) {
      for (const p of this.renderer.posts(m)) {
        allSent = (await this.postOne(client, channel, p)) && allSent;
      }
    }
    return allSent;
  }

  private async postOne(client: WebClient, channel: string, post: SlackPost): Promise<boolean> {
    try {
      // No previews: Slack's unfurler would fetch a one-time link (harmless, the GET spends nothing) and show it to the channel.
      await client.chat.postMessage({ channel, text: post.text, unfurl_links: false, unfurl_media: false, ...(post.blocks ? { blocks: post.blocks } : {}) });
      return true;
    } catch (err) {
      this.logger.error({ channel, failure: describeFailure(classifyWebApiError(err)) }, 'Slack message not delivered');
      return false;
    }
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
