// The way back: Slack's input state (view.state.values, or state.values on a block_actions
// payload from a message) turned into exactly what an Adaptive Card submit gives Teams: one flat
// object, every value a string, unset inputs left out, multi-selects comma-joined, toggles
// "true"/"false" (or their valueOn/valueOff), dates YYYY-MM-DD. Merged with the Action.Submit data.
import { z } from 'zod';
import { decodeInputBlockId, type InputKind } from './input-block-id';

export class SlackPayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SlackPayloadError';
  }
}

const SelectedOption = z.object({ value: z.string() }).loose();
const StateValue = z
  .object({
    type: z.string(),
    value: z.string().nullish(),
    selected_date: z.string().nullish(),
    selected_time: z.string().nullish(),
    selected_option: SelectedOption.nullish(),
    selected_options: z.array(SelectedOption).nullish(),
  })
  .loose();
const StateValues = z.record(z.string(), z.record(z.string(), StateValue));

export type SlackStateValues = z.infer<typeof StateValues>;
type StateValue = z.infer<typeof StateValue>;

/** The kind Slack's element type implies, for blocks the renderer did not make. */
function kindOfType(type: string): InputKind {
  switch (type) {
    case 'datepicker':
      return 'date';
    case 'timepicker':
      return 'time';
    case 'static_select':
    case 'radio_buttons':
      return 'choice';
    case 'checkboxes':
    case 'multi_static_select':
      return 'multi';
    case 'number_input':
      return 'number';
    default:
      return 'text';
  }
}

function valueOf(kind: InputKind, state: StateValue, valueOff: string): string | undefined {
  switch (kind) {
    case 'date':
      return state.selected_date ?? undefined;
    case 'time':
      return state.selected_time ?? undefined;
    case 'choice':
      return state.selected_option?.value;
    case 'multi': {
      const values = (state.selected_options ?? []).map((o) => o.value);
      return values.length ? values.join(',') : undefined;
    }
    case 'toggle':
      return state.selected_options?.[0]?.value ?? valueOff;
    default:
      return state.value ?? undefined;
  }
}

function parseState(values: unknown): SlackStateValues {
  const parsed = StateValues.safeParse(values ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SlackPayloadError(`malformed Slack state at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
  }
  return parsed.data;
}

/** `view.state.values` (or a message's `state.values`) as `{ inputId: value }`, like an Adaptive Card submit. */
export function slackStateToData(values: unknown): Record<string, string> {
  const data: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(parseState(values))) {
    const ours = decodeInputBlockId(blockId);
    for (const [actionId, state] of Object.entries(actions)) {
      const kind = ours?.kind ?? kindOfType(state.type);
      const value = valueOf(kind, state, ours?.valueOff ?? 'false');
      // Adaptive Cards leave out inputs that are not set; so do we.
      if (value !== undefined && value !== '') data[ours?.id ?? actionId] = value;
    }
  }
  return data;
}

function parseJsonObject(json: string | undefined | null, what: string): Record<string, unknown> {
  if (json === undefined || json === null || json === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new SlackPayloadError(`${what} is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SlackPayloadError(`${what} is not a JSON object`);
  return value as Record<string, unknown>;
}

/** A button press in a message: the button's submit data plus the message's inputs, inputs winning as in Adaptive Cards. */
export function slackActionToData(buttonValue: string | undefined | null, stateValues?: unknown): Record<string, unknown> {
  return { ...parseJsonObject(buttonValue, 'the button value'), ...slackStateToData(stateValues) };
}

/** A modal's view_submission: the adapter's private metadata, and the data an Adaptive Card submit would give. */
export function modalSubmission(view: { private_metadata?: string | null; state?: { values?: unknown } | null }): {
  privateMetadata: string;
  data: Record<string, unknown>;
} {
  const meta = parseJsonObject(view.private_metadata, 'the modal private_metadata');
  const submit = typeof meta.d === 'object' && meta.d !== null && !Array.isArray(meta.d) ? (meta.d as Record<string, unknown>) : {};
  return {
    privateMetadata: typeof meta.p === 'string' ? meta.p : '',
    data: { ...submit, ...slackStateToData(view.state?.values) },
  };
}
