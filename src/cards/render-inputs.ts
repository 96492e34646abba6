// Inputs become Slack input blocks (in modals, and in messages where Slack sends their values
// with the button press). Each block_id records the input's id and kind for slackStateToData.
import type { types } from '@slack/bolt';
import { bool, objects, str, type AcObject } from './adaptive-card';
import { encodeInputBlockId, type InputKind } from './input-block-id';
import { markdownToPlain, truncate } from './mrkdwn';
import { LIMITS, plainText, type RenderContext } from './render-context';

type InputElement = types.InputBlock['element'];
type Option = types.PlainTextOption;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

function placeholderOf(el: AcObject): types.PlainTextElement | undefined {
  const p = str(el, 'placeholder');
  return p ? plainText(truncate(markdownToPlain(p), LIMITS.placeholder)) : undefined;
}

function pushInput(ctx: RenderContext, el: AcObject, kind: InputKind, element: InputElement, valueOff?: string): void {
  const id = str(el, 'id') ?? '';
  const label = markdownToPlain(str(el, 'label') ?? str(el, 'title') ?? str(el, 'placeholder') ?? id).trim() || id;
  ctx.blocks.push({
    type: 'input',
    block_id: encodeInputBlockId({ kind, id, valueOff }),
    label: plainText(truncate(label, LIMITS.inputLabel)),
    element,
    optional: !bool(el, 'isRequired'),
  });
}

function textInput(el: AcObject, id: string): types.PlainTextInput {
  const input: types.PlainTextInput = { type: 'plain_text_input', action_id: id };
  if (bool(el, 'isMultiline')) input.multiline = true;
  const maxLength = Number(el.maxLength);
  // Slack caps text inputs at 3,000 characters; a larger Adaptive Card maxLength is narrowed.
  if (Number.isInteger(maxLength) && maxLength > 0) input.max_length = Math.min(maxLength, LIMITS.textInputMaxLength);
  const placeholder = placeholderOf(el);
  if (placeholder) input.placeholder = placeholder;
  const value = str(el, 'value');
  if (value) input.initial_value = value;
  return input;
}

function numberInput(ctx: RenderContext, el: AcObject, id: string): InputElement {
  if (ctx.surface !== 'modal') {
    // Number inputs are a modal element in Slack; in a message a text input stands in and the
    // core validates the number as it does for any submit.
    return textInput(el, id);
  }
  const input: types.NumberInput = { type: 'number_input', action_id: id, is_decimal_allowed: true };
  const [min, max, value] = [str(el, 'min'), str(el, 'max'), str(el, 'value')];
  if (min !== undefined && min !== '') input.min_value = min;
  if (max !== undefined && max !== '') input.max_value = max;
  if (value !== undefined && value !== '') input.initial_value = value;
  const placeholder = placeholderOf(el);
  if (placeholder) input.placeholder = placeholder;
  return input;
}

function options(el: AcObject): Option[] {
  return objects(el, 'choices').map((c) => ({
    text: plainText(truncate(markdownToPlain(str(c, 'title') ?? str(c, 'value') ?? ''), LIMITS.optionText)),
    value: str(c, 'value') ?? '',
  }));
}

function choiceSet(el: AcObject, id: string): { kind: InputKind; element: InputElement } {
  const opts = options(el);
  const multi = bool(el, 'isMultiSelect');
  const expanded = str(el, 'style') === 'expanded';
  const value = str(el, 'value') ?? '';
  // A multi-select's value lists its choices comma-separated, as Adaptive Cards submits them.
  const selected = new Set(multi ? value.split(',').map((v) => v.trim()).filter(Boolean) : [value]);
  const initial = opts.filter((o) => selected.has(o.value ?? ''));
  const placeholder = placeholderOf(el);
  // Radio buttons and checkboxes hold at most 10 options; longer lists become menus.
  const asToggles = expanded && opts.length <= LIMITS.toggleOptions;
  if (multi) {
    if (asToggles) {
      const element: types.Checkboxes = { type: 'checkboxes', action_id: id, options: opts };
      if (initial.length) element.initial_options = initial;
      return { kind: 'multi', element };
    }
    const element: types.MultiStaticSelect = { type: 'multi_static_select', action_id: id, options: opts };
    if (initial.length) element.initial_options = initial;
    if (placeholder) element.placeholder = placeholder;
    return { kind: 'multi', element };
  }
  if (asToggles) {
    const element: types.RadioButtons = { type: 'radio_buttons', action_id: id, options: opts };
    if (initial[0]) element.initial_option = initial[0];
    return { kind: 'choice', element };
  }
  const element: types.StaticSelect = { type: 'static_select', action_id: id, options: opts };
  if (initial[0]) element.initial_option = initial[0];
  if (placeholder) element.placeholder = placeholder;
  return { kind: 'choice', element };
}

export function renderInput(ctx: RenderContext, el: AcObject): void {
  const type = String(el.type);
  const id = str(el, 'id');
  if (!id) {
    ctx.omitted.push({ type, reason: 'an input without an id cannot be submitted' });
    return;
  }
  switch (type) {
    case 'Input.Text':
      return pushInput(ctx, el, 'text', textInput(el, id));
    case 'Input.Number':
      return pushInput(ctx, el, 'number', numberInput(ctx, el, id));
    case 'Input.Date': {
      const element: types.Datepicker = { type: 'datepicker', action_id: id };
      const value = str(el, 'value');
      if (value && DATE.test(value)) element.initial_date = value;
      const placeholder = placeholderOf(el);
      if (placeholder) element.placeholder = placeholder;
      return pushInput(ctx, el, 'date', element);
    }
    case 'Input.Time': {
      const element: types.Timepicker = { type: 'timepicker', action_id: id };
      const value = str(el, 'value');
      if (value && TIME.test(value)) element.initial_time = value;
      return pushInput(ctx, el, 'time', element);
    }
    case 'Input.Toggle': {
      const valueOn = str(el, 'valueOn') ?? 'true';
      const valueOff = str(el, 'valueOff') ?? 'false';
      const title = markdownToPlain(str(el, 'title') ?? str(el, 'label') ?? id);
      const option: Option = { text: plainText(truncate(title, LIMITS.optionText)), value: valueOn };
      const element: types.Checkboxes = { type: 'checkboxes', action_id: id, options: [option] };
      if (str(el, 'value') === valueOn) element.initial_options = [option];
      return pushInput(ctx, el, 'toggle', element, valueOff);
    }
    case 'Input.ChoiceSet': {
      const { kind, element } = choiceSet(el, id);
      return pushInput(ctx, el, kind, element);
    }
    default:
      ctx.omitted.push({ type, reason: 'this input type has no Slack counterpart here' });
  }
}
