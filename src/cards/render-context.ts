// State shared by the Block Kit renderers while one card is rendered.
import type { types } from '@slack/bolt';
import type { AcObject } from './adaptive-card';
import { splitText } from './mrkdwn';

export type Block = types.KnownBlock;
export type Surface = 'message' | 'modal';

/** An element Slack cannot show, and why; collected so tests and logs can see what was dropped. */
export interface Omission {
  type: string;
  reason: string;
}

export interface RenderContext {
  surface: Surface;
  blocks: Block[];
  omitted: Omission[];
  /** In a modal, the Action.Submit that became the view's own submit button. */
  modalSubmit: AcObject | null;
  /** Renders a list of card elements into `blocks` (used by containers and Action.ShowCard). */
  renderBody(elements: AcObject[]): void;
  /** A new action_id, unique within this message or view. */
  nextActionId(kind: 'submit' | 'url'): string;
}

export const LIMITS = {
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  optionText: 75,
  staticOptions: 100,
  toggleOptions: 10,
  placeholder: 150,
  inputLabel: 2000,
  textInputMaxLength: 3000,
  modalTitle: 24,
  modalButton: 24,
} as const;

export function plainText(text: string): types.PlainTextElement {
  return { type: 'plain_text', text };
}

export function pushSections(ctx: RenderContext, mrkdwn: string): void {
  if (!mrkdwn.trim()) return;
  for (const chunk of splitText(mrkdwn, LIMITS.sectionText)) {
    ctx.blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
  }
}

export function pushContext(ctx: RenderContext, mrkdwn: string): void {
  if (!mrkdwn.trim()) return;
  for (const chunk of splitText(mrkdwn, LIMITS.sectionText)) {
    ctx.blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: chunk }] });
  }
}
