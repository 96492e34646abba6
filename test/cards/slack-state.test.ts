import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { createCardLibrary } from '../../src/cards/bind';
import { toSlackMessage, toSlackModal } from '../../src/cards/blockkit';
import { decodeInputBlockId, encodeInputBlockId, type InputKind } from '../../src/cards/input-block-id';
import { modalSubmission, slackActionToData, slackStateToData, SlackPayloadError } from '../../src/cards/slack-state';
import { loadAdaptiveCards } from './adaptivecards-dom';

type Json = Record<string, unknown>;
/** What a person chose, by input id: a string, or a list for multi-selects; absent means untouched. */
type Choices = Record<string, string | string[] | boolean | undefined>;

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'cards');
const library = createCardLibrary(FIXTURES);
const sample = (name: string, i = 0): Json => (JSON.parse(readFileSync(path.join(FIXTURES, `${name}.sample.json`), 'utf8')) as Json[])[i]!;

/**
 * Slack's side, as Slack builds it: state.values keyed by block_id and action_id, holding what the
 * person chose or, for an untouched input, what the element started with.
 */
function slackState(blocks: Json[], choices: Choices): Json {
  const values: Record<string, Record<string, Json>> = {};
  for (const block of blocks) {
    if (block.type !== 'input') continue;
    const el = block.element as Json;
    const id = el.action_id as string;
    const chosen = choices[id];
    const options = (el.options as Array<{ value: string }> | undefined) ?? [];
    const pick = (vals: string[]) => options.filter((o) => vals.includes(o.value));
    let state: Json;
    switch (el.type) {
      case 'datepicker':
        state = { selected_date: chosen ?? el.initial_date ?? null };
        break;
      case 'timepicker':
        state = { selected_time: chosen ?? el.initial_time ?? null };
        break;
      case 'static_select':
      case 'radio_buttons':
        state = { selected_option: chosen !== undefined ? (pick([chosen as string])[0] ?? null) : (el.initial_option ?? null) };
        break;
      case 'checkboxes':
      case 'multi_static_select': {
        const list = typeof chosen === 'boolean' ? (chosen ? options.map((o) => o.value) : []) : (chosen as string[] | undefined);
        state = { selected_options: list ? pick(list) : (el.initial_options ?? []) };
        break;
      }
      default:
        state = { value: chosen ?? el.initial_value ?? null };
    }
    values[block.block_id as string] = { [id]: { type: el.type, ...state } };
  }
  return values;
}

/**
 * The Adaptive Cards side: the official renderer in jsdom, inputs filled in, the first Submit's
 * data prepared as execute() would. Validation is skipped: under jsdom an empty Input.Number
 * reads as null and fails its min/max check, which says nothing about the data's shape.
 */
function adaptiveCardSubmit(bound: Json, choices: Choices): Json {
  const AC = loadAdaptiveCards();
  const card = new AC.AdaptiveCard();
  card.parse(bound);
  card.render();
  for (const input of card.getAllInputs()) {
    const chosen = choices[input.id ?? ''];
    if (chosen === undefined) continue;
    const controls = [...input.renderedElement!.querySelectorAll('input, select, textarea')] as HTMLInputElement[];
    if (typeof chosen === 'boolean') controls[0]!.checked = chosen;
    else if (Array.isArray(chosen)) controls.forEach((c) => (c.checked = chosen.includes(c.value)));
    else if (controls[0]?.type === 'radio') controls.forEach((c) => (c.checked = c.value === chosen));
    else controls[0]!.value = chosen;
  }
  const submit = card.getActionAt(0) as unknown as {
    getReferencedInputs(): unknown;
    internalPrepareForExecution(inputs: unknown): void;
    data: Json;
  };
  submit.internalPrepareForExecution(submit.getReferencedInputs());
  return submit.data;
}

describe('a Slack modal submit gives the core what an Adaptive Card submit gives', () => {
  const scenarios: Array<[string, Choices]> = [
    ['everything filled in', {
      contactDate: '2025-03-20', contactKind: 'video', howItWent: 'mixed', agreements: ['tasks', 'build_up'], wishes: ['buddy', 'remote'],
      hoursPerWeek: '12.5', nextContact: '2025-03-27', nextContactTime: '14:30', flagHr: true, notes: 'Eerst drie ochtenden, daarna verder opbouwen.',
    }],
    ['only the required inputs', { contactKind: 'phone' }],
    ['a toggle switched off and a single agreement', { contactKind: 'at_work', flagHr: false, agreements: ['hours'] }],
  ];

  it.each(scenarios)('%s', (_name, choices) => {
    const bound = library.bindCard('outcome-form', sample('outcome-form'));
    const view = toSlackModal(bound, { callbackId: 'outcome', privateMetadata: 'submit-7' });
    const fromSlack = modalSubmission({ private_metadata: view.private_metadata, state: { values: slackState(view.blocks as unknown as Json[], choices) } });
    expect(fromSlack.privateMetadata).toBe('submit-7');
    expect(fromSlack.data).toEqual(adaptiveCardSubmit(bound, choices));
  });

  it('and so does a button press in a message with inputs', () => {
    const bound = library.bindCard('outcome-form', sample('outcome-form', 1));
    const choices: Choices = { contactKind: 'visit', wishes: ['tell_team'], notes: 'Buddy: Noor.' };
    const message = toSlackMessage(bound);
    const save = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e) => e.type === 'button' && e.text.text === 'Save');
    const value = save && save.type === 'button' ? save.value : undefined;
    const fromSlack = slackActionToData(value, slackState(message.blocks as unknown as Json[], choices));
    expect(fromSlack).toEqual(adaptiveCardSubmit(bound, choices));
  });
});

describe('slackStateToData', () => {
  it('reads values from blocks it did not render, by action id and element type', () => {
    const values = {
      b1: { note: { type: 'plain_text_input', value: 'hallo' } },
      b2: { day: { type: 'datepicker', selected_date: '2025-01-02' } },
      b3: { pick: { type: 'static_select', selected_option: { value: 'a', text: { type: 'plain_text', text: 'A' } } } },
      b4: { many: { type: 'checkboxes', selected_options: [{ value: 'x' }, { value: 'y' }] } },
      b5: { empty: { type: 'plain_text_input', value: null } },
      b6: { none: { type: 'multi_static_select', selected_options: [] } },
    };
    expect(slackStateToData(values)).toEqual({ note: 'hallo', day: '2025-01-02', pick: 'a', many: 'x,y' });
  });

  it('gives a toggle its valueOff when unchecked', () => {
    const blockId = encodeInputBlockId({ kind: 'toggle', id: 'agree', valueOff: 'nee' });
    expect(slackStateToData({ [blockId]: { agree: { type: 'checkboxes', selected_options: [] } } })).toEqual({ agree: 'nee' });
    expect(slackStateToData({ [blockId]: { agree: { type: 'checkboxes', selected_options: [{ value: 'ja' }] } } })).toEqual({ agree: 'ja' });
  });

  it('accepts no state at all', () => {
    expect(slackStateToData(undefined)).toEqual({});
    expect(slackStateToData(null)).toEqual({});
  });

  it.each([
    ['a list', []],
    ['a string', 'values'],
    ['a block that is not an object', { b1: 'x' }],
    ['an action without a type', { b1: { a: { value: 'x' } } }],
  ])('refuses %s with a SlackPayloadError', (_what, values) => {
    expect(() => slackStateToData(values)).toThrow(SlackPayloadError);
  });
});

describe('slackActionToData and modalSubmission', () => {
  it('merges the button data with the inputs, the inputs winning as in Adaptive Cards', () => {
    const values = { [encodeInputBlockId({ kind: 'text', id: 'caseId' })]: { caseId: { type: 'plain_text_input', value: 'typed' } } };
    expect(slackActionToData('{"action":"a","caseId":"c1","days":2}', values)).toEqual({ action: 'a', caseId: 'typed', days: 2 });
    expect(slackActionToData(undefined)).toEqual({});
  });

  it.each(['not json', '[1,2]', '"text"', 'null'])('refuses a button value of %s', (value) => {
    expect(() => slackActionToData(value)).toThrow(SlackPayloadError);
  });

  it('reads a modal without private metadata or state', () => {
    expect(modalSubmission({})).toEqual({ privateMetadata: '', data: {} });
    expect(() => modalSubmission({ private_metadata: '{broken' })).toThrow('the modal private_metadata is not JSON');
  });
});

describe('input block ids', () => {
  it('round-trip any input id and valueOff', () => {
    const kinds: InputKind[] = ['text', 'number', 'date', 'time', 'choice', 'multi', 'toggle'];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.string({ minLength: 1 }), fc.string(), (kind, id, off) => {
        const input = kind === 'toggle' ? { kind, id, valueOff: off } : { kind, id };
        expect(decodeInputBlockId(encodeInputBlockId(input))).toEqual(input);
      }),
    );
  });

  it.each(['', 'ac', 'ac|bogus|x', 'other|text|x', 'ac|text|%E0%A4%A'])('does not claim %p', (blockId) => {
    expect(decodeInputBlockId(blockId)).toBeNull();
  });
});
