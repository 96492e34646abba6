// Slack's Block Kit limits, checked before a message or view is sent (Slack answers a violation
// with invalid_blocks and shows nothing). Figures from Slack's Block Kit reference
// (docs.slack.dev/reference/block-kit): blocks, block elements, composition objects, modal views.
import { isObject, type AcObject } from './adaptive-card';

export interface SlackLimitViolation {
  /** Where, e.g. `blocks[3].elements[0].value`. */
  path: string;
  rule: string;
  limit: number;
  actual: number;
  message: string;
}

export const SLACK_LIMITS = {
  messageBlocks: 50,
  modalBlocks: 100,
  homeBlocks: 100,
  blockId: 255,
  actionId: 255,
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  inputLabel: 2000,
  inputHint: 2000,
  textInputMaxLength: 3000,
  placeholder: 150,
  selectOptions: 100,
  toggleOptions: 10,
  optionText: 75,
  optionValue: 150,
  imageUrl: 3000,
  imageAltText: 2000,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  callbackId: 255,
} as const;

class Checker {
  readonly violations: SlackLimitViolation[] = [];
  private readonly blockIds = new Set<string>();
  private readonly actionIds = new Set<string>();

  add(path: string, rule: string, limit: number, actual: number, message: string): void {
    this.violations.push({ path, rule, limit, actual, message: `${path}: ${message}` });
  }

  max(path: string, rule: string, value: unknown, limit: number): void {
    const length = typeof value === 'string' ? value.length : Array.isArray(value) ? value.length : 0;
    if (length > limit) this.add(path, rule, limit, length, `${rule} is ${length}, Slack allows ${limit}`);
  }

  text(path: string, rule: string, value: unknown, limit: number): void {
    const text = isObject(value) ? value.text : value;
    if (typeof text !== 'string' || text.trim() === '') this.add(path, `${rule}.empty`, 1, 0, `${rule} must not be empty`);
    else this.max(path, rule, text, limit);
  }

  unique(path: string, kind: 'block_id' | 'action_id', value: unknown): void {
    if (typeof value !== 'string') return;
    this.max(path, kind, value, kind === 'block_id' ? SLACK_LIMITS.blockId : SLACK_LIMITS.actionId);
    const seen = kind === 'block_id' ? this.blockIds : this.actionIds;
    if (seen.has(value)) this.add(path, `${kind}.unique`, 1, 2, `${kind} '${value}' is used more than once`);
    seen.add(value);
  }

  option(path: string, o: AcObject): void {
    this.text(`${path}.text`, 'option.text', o.text, SLACK_LIMITS.optionText);
    this.max(`${path}.value`, 'option.value', o.value, SLACK_LIMITS.optionValue);
  }

  element(path: string, el: AcObject): void {
    this.unique(`${path}.action_id`, 'action_id', el.action_id);
    if (isObject(el.placeholder)) this.max(`${path}.placeholder`, 'placeholder', el.placeholder.text, SLACK_LIMITS.placeholder);
    const options = Array.isArray(el.options) ? el.options.filter(isObject) : [];
    options.forEach((o, i) => this.option(`${path}.options[${i}]`, o));
    switch (el.type) {
      case 'button':
        this.text(`${path}.text`, 'button.text', el.text, SLACK_LIMITS.buttonText);
        this.max(`${path}.value`, 'button.value', el.value, SLACK_LIMITS.buttonValue);
        this.max(`${path}.url`, 'button.url', el.url, SLACK_LIMITS.buttonUrl);
        break;
      case 'static_select':
      case 'multi_static_select':
        this.max(`${path}.options`, 'select.options', options, SLACK_LIMITS.selectOptions);
        break;
      case 'checkboxes':
      case 'radio_buttons':
        this.max(`${path}.options`, `${el.type}.options`, options, SLACK_LIMITS.toggleOptions);
        break;
      case 'plain_text_input':
        if (typeof el.max_length === 'number' && el.max_length > SLACK_LIMITS.textInputMaxLength) {
          this.add(`${path}.max_length`, 'plain_text_input.max_length', SLACK_LIMITS.textInputMaxLength, el.max_length, `plain_text_input.max_length is ${el.max_length}, Slack allows ${SLACK_LIMITS.textInputMaxLength}`);
        }
        break;
      case 'image':
        this.max(`${path}.image_url`, 'image.image_url', el.image_url, SLACK_LIMITS.imageUrl);
        this.max(`${path}.alt_text`, 'image.alt_text', el.alt_text, SLACK_LIMITS.imageAltText);
        break;
    }
  }

  block(path: string, b: AcObject): void {
    this.unique(`${path}.block_id`, 'block_id', b.block_id);
    switch (b.type) {
      case 'header':
        this.text(`${path}.text`, 'header.text', b.text, SLACK_LIMITS.headerText);
        break;
      case 'section': {
        const fields = Array.isArray(b.fields) ? b.fields.filter(isObject) : [];
        if (b.text === undefined && fields.length === 0) this.add(path, 'section.empty', 1, 0, 'a section needs text or fields');
        if (b.text !== undefined) this.text(`${path}.text`, 'section.text', b.text, SLACK_LIMITS.sectionText);
        this.max(`${path}.fields`, 'section.fields', fields, SLACK_LIMITS.sectionFields);
        fields.forEach((f, i) => this.text(`${path}.fields[${i}]`, 'section.field', f, SLACK_LIMITS.sectionFieldText));
        if (isObject(b.accessory)) this.element(`${path}.accessory`, b.accessory);
        break;
      }
      case 'context': {
        const elements = Array.isArray(b.elements) ? b.elements.filter(isObject) : [];
        this.max(`${path}.elements`, 'context.elements', elements, SLACK_LIMITS.contextElements);
        elements.forEach((e, i) => {
          if (e.type === 'image') this.element(`${path}.elements[${i}]`, e);
          else this.text(`${path}.elements[${i}]`, 'context.text', e, SLACK_LIMITS.sectionText);
        });
        break;
      }
      case 'actions': {
        const elements = Array.isArray(b.elements) ? b.elements.filter(isObject) : [];
        this.max(`${path}.elements`, 'actions.elements', elements, SLACK_LIMITS.actionsElements);
        elements.forEach((e, i) => this.element(`${path}.elements[${i}]`, e));
        break;
      }
      case 'input':
        this.text(`${path}.label`, 'input.label', b.label, SLACK_LIMITS.inputLabel);
        if (isObject(b.hint)) this.max(`${path}.hint`, 'input.hint', b.hint.text, SLACK_LIMITS.inputHint);
        if (isObject(b.element)) this.element(`${path}.element`, b.element);
        break;
      case 'image':
        this.element(path, b);
        break;
    }
  }
}

/** Every Slack limit the message (`{ text, blocks }`), modal or Home tab view breaks; empty when it is fine to send. */
export function checkSlackLimits(messageOrView: { blocks?: unknown } & Record<string, unknown>): SlackLimitViolation[] {
  const c = new Checker();
  const isModal = messageOrView.type === 'modal';
  const isHome = messageOrView.type === 'home';
  const blocks = Array.isArray(messageOrView.blocks) ? messageOrView.blocks.filter(isObject) : [];
  if (isHome) c.max('blocks', 'home.blocks', blocks, SLACK_LIMITS.homeBlocks);
  else c.max('blocks', isModal ? 'modal.blocks' : 'message.blocks', blocks, isModal ? SLACK_LIMITS.modalBlocks : SLACK_LIMITS.messageBlocks);
  blocks.forEach((b, i) => c.block(`blocks[${i}]`, b));
  if (isModal) {
    c.text('title', 'modal.title', messageOrView.title, SLACK_LIMITS.modalTitle);
    if (messageOrView.submit !== undefined) c.text('submit', 'modal.submit', messageOrView.submit, SLACK_LIMITS.modalButton);
    if (messageOrView.close !== undefined) c.text('close', 'modal.close', messageOrView.close, SLACK_LIMITS.modalButton);
    c.max('private_metadata', 'modal.private_metadata', messageOrView.private_metadata, SLACK_LIMITS.privateMetadata);
    c.max('callback_id', 'modal.callback_id', messageOrView.callback_id, SLACK_LIMITS.callbackId);
    if (blocks.some((b) => b.type === 'input') && messageOrView.submit === undefined) {
      c.add('submit', 'modal.submit.required', 1, 0, 'a modal with input blocks needs a submit button');
    }
  }
  return c.violations;
}
