import { checkSlackLimits, SLACK_LIMITS } from '../../src/cards/slack-limits';

const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const section = (text: string) => ({ type: 'section', text: mrkdwn(text) });
const button = (id: string, props: Record<string, unknown> = {}) => ({ type: 'button', action_id: id, text: plain('OK'), value: '{}', ...props });
const option = (text: string, value: string) => ({ text: plain(text), value });
const modal = (props: Record<string, unknown> = {}) => ({ type: 'modal', title: plain('Gesprek'), blocks: [section('Hallo')], ...props });
const rules = (x: Parameters<typeof checkSlackLimits>[0]) => checkSlackLimits(x).map((v) => v.rule);

describe('checkSlackLimits', () => {
  it('passes a message and a modal that are within every limit', () => {
    expect(checkSlackLimits({ text: 'hoi', blocks: [section('Hallo'), { type: 'actions', elements: [button('a'), button('b')] }] })).toEqual([]);
    expect(checkSlackLimits(modal())).toEqual([]);
  });

  it('counts blocks: 50 in a message, 100 in a modal and in the Home tab', () => {
    const blocks = (n: number) => Array.from({ length: n }, (_, i) => section(`b${i}`));
    expect(rules({ blocks: blocks(50) })).toEqual([]);
    expect(checkSlackLimits({ blocks: blocks(51) })).toEqual([
      { path: 'blocks', rule: 'message.blocks', limit: 50, actual: 51, message: 'blocks: message.blocks is 51, Slack allows 50' },
    ]);
    expect(rules(modal({ blocks: blocks(100) }))).toEqual([]);
    expect(rules(modal({ blocks: blocks(101) }))).toEqual(['modal.blocks']);
    expect(rules({ type: 'home', blocks: blocks(100) })).toEqual([]);
    expect(rules({ type: 'home', blocks: blocks(101) })).toEqual(['home.blocks']);
  });

  it('checks text lengths of sections, fields, headers and context', () => {
    const v = checkSlackLimits({
      blocks: [
        section('x'.repeat(3001)),
        { type: 'section', fields: Array.from({ length: 11 }, () => mrkdwn('f')) },
        { type: 'section', fields: [mrkdwn('y'.repeat(2001))] },
        { type: 'header', text: plain('h'.repeat(151)) },
        { type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) },
        { type: 'section' },
        { type: 'header', text: plain(' ') },
      ],
    });
    expect(v.map((x) => [x.path, x.rule, x.actual])).toEqual([
      ['blocks[0].text', 'section.text', 3001],
      ['blocks[1].fields', 'section.fields', 11],
      ['blocks[2].fields[0]', 'section.field', 2001],
      ['blocks[3].text', 'header.text', 151],
      ['blocks[4].elements', 'context.elements', 11],
      ['blocks[5]', 'section.empty', 0],
      ['blocks[6].text', 'header.text.empty', 0],
    ]);
  });

  it('checks buttons: text 75, value 2000, url 3000, and 25 per actions block', () => {
    const v = rules({
      blocks: [
        {
          type: 'actions',
          elements: [
            button('a', { text: plain('t'.repeat(76)) }),
            button('b', { value: 'v'.repeat(2001) }),
            button('c', { url: `https://example.com/${'u'.repeat(3000)}` }),
          ],
        },
        { type: 'actions', elements: Array.from({ length: 26 }, (_, i) => button(`x${i}`)) },
      ],
    });
    expect(v).toEqual(['button.text', 'button.value', 'button.url', 'actions.elements']);
  });

  it('checks action_id and block_id length and uniqueness across the whole message', () => {
    const v = checkSlackLimits({
      blocks: [
        { type: 'actions', block_id: 'same', elements: [button('dup'), button('a'.repeat(256))] },
        { type: 'actions', block_id: 'same', elements: [button('dup')] },
        { type: 'section', block_id: 'b'.repeat(256), text: mrkdwn('x') },
      ],
    });
    expect(v.map((x) => x.rule)).toEqual(['action_id', 'block_id.unique', 'action_id.unique', 'block_id']);
    expect(v[2]?.message).toBe("blocks[1].elements[0].action_id: action_id 'dup' is used more than once");
  });

  it('checks menus and options: 100 options, 10 for checkboxes and radio buttons, option text 75 and value 150', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => option(`o${i}`, `v${i}`));
    const input = (element: Record<string, unknown>) => ({ type: 'input', label: plain('Kies'), element });
    const v = rules({
      blocks: [
        input({ type: 'static_select', action_id: 's', options: many(101) }),
        input({ type: 'multi_static_select', action_id: 'm', options: [option('t'.repeat(76), 'a'), option('b', 'v'.repeat(151))] }),
        input({ type: 'checkboxes', action_id: 'c', options: many(11) }),
        input({ type: 'radio_buttons', action_id: 'r', options: many(11) }),
        input({ type: 'static_select', action_id: 'p', options: many(1), placeholder: plain('p'.repeat(151)) }),
      ],
    });
    expect(v).toEqual(['select.options', 'option.text', 'option.value', 'checkboxes.options', 'radio_buttons.options', 'placeholder']);
  });

  it('checks inputs: label 2000, hint 2000, text input max_length 3000', () => {
    const v = rules({
      blocks: [
        { type: 'input', label: plain('l'.repeat(2001)), hint: plain('h'.repeat(2001)), element: { type: 'plain_text_input', action_id: 'a', max_length: 3001 } },
        { type: 'input', label: plain(''), element: { type: 'plain_text_input', action_id: 'b' } },
      ],
    });
    expect(v).toEqual(['input.label', 'input.hint', 'plain_text_input.max_length', 'input.label.empty']);
  });

  it('checks images: url 3000, alt text 2000', () => {
    const v = rules({ blocks: [{ type: 'image', image_url: `https://example.com/${'i'.repeat(3000)}`, alt_text: 'a'.repeat(2001) }] });
    expect(v).toEqual(['image.image_url', 'image.alt_text']);
  });

  it('checks the modal itself: title, submit and close 24, private_metadata 3000, and a submit when there are inputs', () => {
    const v = rules(
      modal({
        title: plain('t'.repeat(25)),
        submit: plain('s'.repeat(25)),
        close: plain('c'.repeat(25)),
        private_metadata: 'm'.repeat(3001),
        callback_id: 'k'.repeat(256),
      }),
    );
    expect(v).toEqual(['modal.title', 'modal.submit', 'modal.close', 'modal.private_metadata', 'modal.callback_id']);
    const withInput = modal({ blocks: [{ type: 'input', label: plain('Notitie'), element: { type: 'plain_text_input', action_id: 'n' } }] });
    expect(rules(withInput)).toEqual(['modal.submit.required']);
    expect(rules({ ...withInput, submit: plain('Opslaan') })).toEqual([]);
  });

  it('exposes the limits it checks', () => {
    expect(SLACK_LIMITS).toMatchObject({ messageBlocks: 50, modalBlocks: 100, buttonValue: 2000, modalTitle: 24 });
  });
});
