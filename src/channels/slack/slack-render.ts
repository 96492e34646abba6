// The core's neutral messages as Slack messages, modals and the App Home view. Cards are bound
// from cards/ and rendered by the one Adaptive Card to Block Kit renderer in src/cards.
import type { types } from '@slack/bolt';
import { renderBlocks, toSlackMessage, toSlackModal } from '../../cards/blockkit';
import { markdownToMrkdwn, splitText } from '../../cards/mrkdwn';
import type { CardMessage, OutboundMessage } from '../../core/messages';
import type { ViewPayload } from './inbound/payloads';

export type CardBinder = (template: string, data: Record<string, unknown>) => Record<string, unknown>;
type Block = types.KnownBlock;

export interface SlackPost {
  /** Notification text; with blocks, Slack shows the blocks and uses this for notifications. */
  text: string;
  blocks?: Block[];
}

/** Names our modals in view_submission payloads. */
export const FORM_CALLBACK_ID = 'herstart.form';
const NOTICE_PREFIX = 'herstart.notice.';
const MESSAGE_BLOCKS = 50;
const VIEW_BLOCKS = 100;

/** Where a modal was opened from, carried through Slack in the view's private metadata. */
export interface ModalOrigin {
  home?: boolean;
}

function textBlocks(text: string, blockIdPrefix?: string): Block[] {
  return splitText(markdownToMrkdwn(text), 3000).map((chunk, i) => {
    const block: types.SectionBlock = { type: 'section', text: { type: 'mrkdwn', text: chunk } };
    if (blockIdPrefix) block.block_id = `${blockIdPrefix}${i}`;
    return block;
  });
}

/** Splits blocks into messages of at most 50, cutting at a divider when one is near. */
export function chunkBlocks(blocks: Block[], max = MESSAGE_BLOCKS): Block[][] {
  const chunks: Block[][] = [];
  let rest = blocks;
  while (rest.length > max) {
    let cut = max;
    for (let i = max; i > max / 2; i--) {
      if (rest[i]?.type === 'divider') {
        cut = i;
        break;
      }
    }
    chunks.push(rest.slice(0, cut));
    rest = rest.slice(cut);
    if (rest[0]?.type === 'divider') rest = rest.slice(1);
  }
  chunks.push(rest);
  return chunks;
}

export class SlackRenderer {
  constructor(private readonly bind: CardBinder) {}

  /** One neutral message as Slack messages: usually one, more when a card has over 50 blocks. */
  posts(message: OutboundMessage): SlackPost[] {
    if (message.type === 'text') return [{ text: markdownToMrkdwn(message.text) }];
    const { text, blocks } = toSlackMessage(this.bind(message.template, message.data), { text: message.summary });
    return chunkBlocks(blocks).map((chunk) => ({ text, blocks: chunk }));
  }

  /** A card as a modal, with notices (texts that came with it) above the card. */
  modal(card: CardMessage, notices: string[] = [], origin: ModalOrigin = {}): types.ModalView {
    const view = toSlackModal(this.bind(card.template, card.data), {
      callbackId: FORM_CALLBACK_ID,
      privateMetadata: JSON.stringify(origin),
    });
    const noticeBlocks = notices.flatMap((n, i) => textBlocks(n, `${NOTICE_PREFIX}${i}.`));
    view.blocks = [...noticeBlocks, ...view.blocks].slice(0, VIEW_BLOCKS);
    return view;
  }

  /**
   * The submitted modal again with notices on top. Its input blocks keep their block and action
   * ids, so Slack keeps what the person typed.
   */
  sameModalWithNotices(view: ViewPayload, notices: string[]): types.ModalView {
    const kept = (view.blocks ?? []).filter((b) => !String(b.block_id ?? '').startsWith(NOTICE_PREFIX)) as Block[];
    const noticeBlocks = notices.flatMap((n, i) => textBlocks(`⚠️ ${n}`, `${NOTICE_PREFIX}${i}.`));
    const modal: types.ModalView = {
      type: 'modal',
      callback_id: view.callback_id ?? FORM_CALLBACK_ID,
      title: { type: 'plain_text', text: view.title?.text ?? 'Herstart' },
      blocks: [...noticeBlocks, ...kept].slice(0, VIEW_BLOCKS),
    };
    if (view.private_metadata !== undefined) modal.private_metadata = view.private_metadata;
    if (view.submit) modal.submit = { type: 'plain_text', text: view.submit.text };
    if (view.close) modal.close = { type: 'plain_text', text: view.close.text };
    return modal;
  }

  /** The App Home tab: every message's blocks, one after the other, within Slack's 100. */
  home(messages: OutboundMessage[]): types.HomeView {
    const blocks: Block[] = [];
    for (const m of messages) {
      if (blocks.length > 0) blocks.push({ type: 'divider' });
      if (m.type === 'text') blocks.push(...textBlocks(m.text));
      else blocks.push(...renderBlocks(this.bind(m.template, m.data), 'message').blocks);
    }
    return { type: 'home', blocks: blocks.slice(0, VIEW_BLOCKS) };
  }
}

/** The origin recorded in a view we rendered (its private metadata is `{ p: <origin>, d: <submit data> }`). */
export function originOfView(view: { private_metadata?: string } | undefined): ModalOrigin {
  try {
    const meta = JSON.parse(view?.private_metadata ?? '') as { p?: unknown };
    return typeof meta.p === 'string' ? parseModalOrigin(meta.p) : {};
  } catch {
    return {};
  }
}

export function parseModalOrigin(privateMetadata: string): ModalOrigin {
  try {
    const o = JSON.parse(privateMetadata) as unknown;
    return typeof o === 'object' && o !== null && (o as ModalOrigin).home === true ? { home: true } : {};
  } catch {
    return {};
  }
}
