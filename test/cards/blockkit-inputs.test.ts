import { renderBlocks } from '../../src/cards/blockkit';

type Json = Record<string, unknown>;
const card = (body: Json[], actions: Json[] = []) => ({ type: 'AdaptiveCard', version: '1.5', body, actions });
const asJson = <T>(x: T) => x as unknown as Json;

describe('inputs', () => {
  const inputBlocks = (body: Json[], surface: 'message' | 'modal' = 'message') =>
    renderBlocks(card(body, [{ type: 'Action.Submit', title: 'OK', data: {} }]), surface).blocks.filter((b) => b.type === 'input').map(asJson);

  it('renders Input.Text with its label, length, placeholder, value and requiredness', () => {
    const [block] = inputBlocks([{ type: 'Input.Text', id: 'notes', label: 'Toelichting', isMultiline: true, maxLength: 5000, placeholder: 'Wat spraken jullie af?', value: 'Begin', isRequired: true }]);
    expect(block).toEqual({
      type: 'input',
      block_id: 'ac|text|notes',
      label: { type: 'plain_text', text: 'Toelichting' },
      element: { type: 'plain_text_input', action_id: 'notes', multiline: true, max_length: 3000, placeholder: { type: 'plain_text', text: 'Wat spraken jullie af?' }, initial_value: 'Begin' },
      optional: false,
    });
  });

  it('renders dates, times and numbers, with a text input for numbers in messages', () => {
    const body = [
      { type: 'Input.Date', id: 'd', label: 'Datum', value: '2025-03-14' },
      { type: 'Input.Time', id: 't', label: 'Tijd', value: '09:30' },
      { type: 'Input.Number', id: 'n', label: 'Uren', min: 0, max: 40, value: 8 },
    ];
    const [d, t, n] = inputBlocks(body, 'modal').map((b) => b.element as Json);
    expect(d).toEqual({ type: 'datepicker', action_id: 'd', initial_date: '2025-03-14' });
    expect(t).toEqual({ type: 'timepicker', action_id: 't', initial_time: '09:30' });
    expect(n).toEqual({ type: 'number_input', action_id: 'n', is_decimal_allowed: true, min_value: '0', max_value: '40', initial_value: '8' });
    expect((inputBlocks(body, 'message')[2]?.element as Json).type).toBe('plain_text_input');
  });

  it('renders Input.Toggle as one checkbox, checked when its value is valueOn', () => {
    const [block] = inputBlocks([{ type: 'Input.Toggle', id: 'hr', title: 'HR laten meekijken', value: 'ja', valueOn: 'ja', valueOff: 'nee' }]);
    const option = { text: { type: 'plain_text', text: 'HR laten meekijken' }, value: 'ja' };
    expect(block).toMatchObject({ block_id: 'ac|toggle|hr|nee', label: { text: 'HR laten meekijken' }, element: { type: 'checkboxes', options: [option], initial_options: [option] }, optional: true });
  });

  it.each([
    [{ style: 'compact' }, 'static_select', 'choice'],
    [{}, 'static_select', 'choice'],
    [{ style: 'expanded' }, 'radio_buttons', 'choice'],
    [{ style: 'expanded', isMultiSelect: true }, 'checkboxes', 'multi'],
    [{ style: 'compact', isMultiSelect: true }, 'multi_static_select', 'multi'],
  ])('renders Input.ChoiceSet %j as %s', (props, elementType, kind) => {
    const choices = [{ title: 'Telefoon', value: 'phone' }, { title: 'Video', value: 'video' }, { title: 'Bezoek', value: 'visit' }];
    const [block] = inputBlocks([{ type: 'Input.ChoiceSet', id: 'kind', label: 'Soort', choices, value: 'video,visit', ...props }]);
    const element = block?.element as Json;
    expect(element.type).toBe(elementType);
    expect(block?.block_id).toBe(`ac|${kind}|kind`);
    expect(element.options).toEqual(choices.map((c) => ({ text: { type: 'plain_text', text: c.title }, value: c.value })));
    if (kind === 'multi') expect((element.initial_options as Json[]).map((o) => o.value)).toEqual(['video', 'visit']);
    // A single choice's value is one value: "video,visit" matches none of them.
    else expect(element.initial_option).toBeUndefined();
  });

  it('selects the initial choice of a single-choice set', () => {
    const [block] = inputBlocks([{ type: 'Input.ChoiceSet', id: 'k', label: 'K', value: 'b', choices: [{ title: 'A', value: 'a' }, { title: 'B', value: 'b' }] }]);
    expect((block?.element as Json).initial_option).toEqual({ text: { type: 'plain_text', text: 'B' }, value: 'b' });
  });

  it('uses a menu when an expanded choice set has more than 10 options', () => {
    const choices = Array.from({ length: 12 }, (_, i) => ({ title: `Optie ${i}`, value: `o${i}` }));
    const [single, multi] = inputBlocks([
      { type: 'Input.ChoiceSet', id: 'a', label: 'A', style: 'expanded', choices },
      { type: 'Input.ChoiceSet', id: 'b', label: 'B', style: 'expanded', isMultiSelect: true, choices },
    ]);
    expect((single?.element as Json).type).toBe('static_select');
    expect((multi?.element as Json).type).toBe('multi_static_select');
  });

  it('falls back to the placeholder or id for a label, and leaves out an input without id', () => {
    const { blocks, omitted } = renderBlocks(card([{ type: 'Input.Text', id: 'x', placeholder: 'Typ hier' }, { type: 'Input.Text', label: 'Zonder id' }]), 'message');
    expect((blocks[0]?.type === 'input' && blocks[0].label.text)).toBe('Typ hier');
    expect(omitted).toEqual([{ type: 'Input.Text', reason: 'an input without an id cannot be submitted' }]);
  });
});
