// Adaptive Card (bound, from cards/*.json) to Slack Block Kit: a message or a modal view.
// One renderer for every card the product uses, so Slack shows what Teams shows; what Slack
// cannot show is listed in `omitted` by renderBlocks.
import type { types } from '@slack/bolt';
import { asAdaptiveCard, bool, CardRenderError, hasInputs, isHidden, objects, str, type AcObject } from './adaptive-card';
import { markdownToPlain, truncate } from './mrkdwn';
import { findModalSubmit, renderActions, submitData } from './render-actions';
import { LIMITS, plainText, type Block, type Omission, type RenderContext, type Surface } from './render-context';
import { renderInput } from './render-inputs';
import {
  renderColumnSet,
  renderContainer,
  renderFactSet,
  renderImage,
  renderImageSet,
  renderRichTextBlock,
  renderTextBlock,
} from './render-text';

export { CardRenderError } from './adaptive-card';
export type { Omission, Surface } from './render-context';

export interface SlackMessage {
  /** Notification and screen-reader text. */
  text: string;
  blocks: Block[];
}

export interface RenderedBlocks {
  blocks: Block[];
  omitted: Omission[];
}

const ELEMENT_RENDERERS: Record<string, (ctx: RenderContext, el: AcObject) => void> = {
  TextBlock: renderTextBlock,
  RichTextBlock: renderRichTextBlock,
  FactSet: renderFactSet,
  Image: renderImage,
  ImageSet: renderImageSet,
  Container: renderContainer,
  ColumnSet: renderColumnSet,
  ActionSet: (ctx, el) => renderActions(ctx, objects(el, 'actions')),
};

function renderElement(ctx: RenderContext, el: AcObject): void {
  if (isHidden(el)) return;
  if (bool(el, 'separator') && ctx.blocks.length > 0) ctx.blocks.push({ type: 'divider' });
  const type = String(el.type);
  if (type.startsWith('Input.')) return renderInput(ctx, el);
  const render = ELEMENT_RENDERERS[type];
  if (render) return render(ctx, el);
  ctx.omitted.push({ type, reason: 'no Slack counterpart' });
}

/** Renders a bound card to blocks for a surface; in a modal, `modalSubmit` becomes the view's submit. */
export function renderBlocks(card: unknown, surface: Surface, modalSubmit: AcObject | null = null): RenderedBlocks {
  const root = asAdaptiveCard(card);
  const counters = { submit: 0, url: 0 };
  const ctx: RenderContext = {
    surface,
    blocks: [],
    omitted: [],
    modalSubmit,
    renderBody: (elements) => elements.forEach((el) => renderElement(ctx, el)),
    nextActionId: (kind) => `ac.${kind}.${counters[kind]++}`,
  };
  ctx.renderBody(objects(root, 'body'));
  renderActions(ctx, objects(root, 'actions'));
  return { blocks: ctx.blocks, omitted: ctx.omitted };
}

function firstText(elements: AcObject[], headingOnly: boolean): string | undefined {
  for (const el of elements) {
    if (isHidden(el)) continue;
    if (el.type === 'TextBlock') {
      const heading = str(el, 'style') === 'heading' || ['large', 'extralarge', 'medium'].includes(str(el, 'size')?.toLowerCase() ?? '');
      const text = markdownToPlain(str(el, 'text') ?? '').replace(/\s+/g, ' ').trim();
      if (text && (heading || !headingOnly)) return text;
    }
    const nested = firstText([...objects(el, 'items'), ...objects(el, 'columns').flatMap((c) => objects(c, 'items'))], headingOnly);
    if (nested) return nested;
  }
  return undefined;
}

export function toSlackMessage(card: unknown, options: { text?: string } = {}): SlackMessage {
  const root = asAdaptiveCard(card);
  const { blocks } = renderBlocks(root, 'message');
  const body = objects(root, 'body');
  const text = options.text ?? str(root, 'fallbackText') ?? str(root, 'speak') ?? firstText(body, false) ?? '';
  return { text: truncate(text, 3000), blocks };
}

export interface SlackModalOptions {
  /** Names the modal in the view_submission payload, so the adapter knows what was submitted. */
  callbackId: string;
  /** The adapter's own state (case id, a submit id); returned by modalSubmission. */
  privateMetadata?: string;
  /** Modal title (max 24 characters); defaults to the card's first heading. */
  title?: string;
  /** Close button label; Slack shows its own localised "Cancel" when absent. */
  closeLabel?: string;
}

/**
 * A modal view. The card's first input-submitting Action.Submit becomes the modal's submit button;
 * its data travels in private_metadata next to the adapter's own, and modalSubmission() merges
 * it with the inputs on view_submission.
 */
export function toSlackModal(card: unknown, options: SlackModalOptions): types.ModalView {
  const root = asAdaptiveCard(card);
  // A card without inputs has nothing to submit: its buttons stay buttons inside the modal.
  const submit = hasInputs(root) ? findModalSubmit(root) : null;
  if (hasInputs(root) && !submit) {
    throw new CardRenderError('a card with inputs needs an Action.Submit to become the modal\'s submit button');
  }
  const { blocks } = renderBlocks(root, 'modal', submit);
  const body = objects(root, 'body');
  const title = options.title ?? firstText(body, true) ?? firstText(body, false) ?? 'Herstart';
  const view: types.ModalView = {
    type: 'modal',
    callback_id: options.callbackId,
    title: plainText(truncate(title, LIMITS.modalTitle)),
    blocks,
    private_metadata: JSON.stringify({ p: options.privateMetadata ?? '', d: submit ? submitData(submit) : {} }),
  };
  if (submit) view.submit = plainText(truncate(markdownToPlain(str(submit, 'title') ?? '').trim() || '✓', LIMITS.modalButton));
  if (options.closeLabel) view.close = plainText(truncate(options.closeLabel, LIMITS.modalButton));
  return view;
}
