import { renderBlocks, toSlackMessage, toSlackModal, CardRenderError } from '../../src/cards/blockkit';
import { checkSlackLimits } from '../../src/cards/slack-limits';

type Json = Record<string, unknown>;
const card = (body: Json[], actions: Json[] = [], extra: Json = {}) => ({ type: 'AdaptiveCard', version: '1.5', body, actions, ...extra });
const asJson = <T>(x: T) => x as unknown as Json;
const blocksOf = (body: Json[], actions: Json[] = []) => toSlackMessage(card(body, actions)).blocks.map(asJson);
const textOf = (block: Json | undefined) => ((block?.text as Json | undefined)?.text as string | undefined) ?? '';

describe('TextBlock', () => {
  it('becomes a header when it is a heading, a bold section when bolder, context when subtle', () => {
    const blocks = blocksOf([
      { type: 'TextBlock', text: 'Gespreksgids', style: 'heading' },
      { type: 'TextBlock', text: 'Large title', size: 'Large' },
      { type: 'TextBlock', text: 'Let op', weight: 'Bolder' },
      { type: 'TextBlock', text: 'Kleine lettertjes', isSubtle: true },
      { type: 'TextBlock', text: 'Gewone tekst' },
    ]);
    expect(blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Gespreksgids' } },
      { type: 'header', text: { type: 'plain_text', text: 'Large title' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*Let op*' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Kleine lettertjes' }] },
      { type: 'section', text: { type: 'mrkdwn', text: 'Gewone tekst' } },
    ]);
  });

  it('turns a heading longer than a header allows into a bold section', () => {
    const long = 'Kop '.repeat(50).trim();
    const [block] = blocksOf([{ type: 'TextBlock', text: long, style: 'heading' }]);
    expect(block).toEqual({ type: 'section', text: { type: 'mrkdwn', text: `*${long}*` } });
  });

  it('converts Adaptive Card markdown to mrkdwn', () => {
    const [block] = blocksOf([{ type: 'TextBlock', text: '**Vet** en *schuin*, zie [het beleid](https://example.com/a?b=1&c=2)\n- punt een\n- punt twee' }]);
    expect(textOf(block)).toBe('*Vet* en _schuin_, zie <https://example.com/a?b=1&amp;c=2|het beleid>\n• punt een\n• punt twee');
  });

  it('escapes &, < and > so data cannot mention @channel or forge a link', () => {
    const [block] = blocksOf([{ type: 'TextBlock', text: 'Sam & co <!channel> <@U123|boss> [x](javascript:void)' }]);
    expect(textOf(block)).toBe('Sam &amp; co &lt;!channel&gt; &lt;@U123|boss&gt; x');
  });

  it('splits text longer than a section holds over several sections, losing nothing', () => {
    const paragraph = 'Een zin over de planning van de komende weken. '.repeat(20);
    const text = Array.from({ length: 8 }, () => paragraph.trim()).join('\n');
    const blocks = blocksOf([{ type: 'TextBlock', text }]);
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.every((b) => textOf(b).length <= 3000)).toBe(true);
    expect(blocks.map(textOf).join('\n').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('skips empty text and hidden elements', () => {
    expect(blocksOf([{ type: 'TextBlock', text: '  ' }, { type: 'TextBlock', text: 'verborgen', isVisible: false }])).toEqual([]);
  });
});

describe('RichTextBlock, FactSet, Image, ImageSet', () => {
  it('renders text runs with their emphasis and links', () => {
    const [block] = blocksOf([
      {
        type: 'RichTextBlock',
        inlines: [
          { type: 'TextRun', text: 'Tip: ', weight: 'Bolder' },
          { type: 'TextRun', text: 'vraag hoe het gaat', italic: true },
          ' en ',
          { type: 'TextRun', text: 'oud', strikethrough: true },
          { type: 'TextRun', text: ' lees meer', selectAction: { type: 'Action.OpenUrl', url: 'https://example.com' } },
          { type: 'TextRun', text: ' <b>' },
        ],
      },
    ]);
    expect(textOf(block)).toBe('*Tip:* _vraag hoe het gaat_ en ~oud~<https://example.com| lees meer> &lt;b&gt;');
  });

  it('renders facts as section fields, ten per section', () => {
    const facts = Array.from({ length: 12 }, (_, i) => ({ title: `Veld ${i}`, value: `Waarde ${i}` }));
    const blocks = blocksOf([{ type: 'FactSet', facts }]);
    expect(blocks).toHaveLength(2);
    expect((blocks[0]?.fields as Json[]).length).toBe(10);
    expect((blocks[1]?.fields as Json[])[1]).toEqual({ type: 'mrkdwn', text: '*Veld 11*\nWaarde 11' });
  });

  it('renders facts too long for fields as lines', () => {
    const [block] = blocksOf([{ type: 'FactSet', facts: [{ title: 'Lang', value: 'x'.repeat(2100) }, { title: 'Kort', value: 'y' }] }]);
    expect(textOf(block)).toBe(`*Lang* ${'x'.repeat(2100)}\n*Kort* y`);
  });

  it('renders images at web addresses and says why it leaves out others', () => {
    const c = card([
      { type: 'Image', url: 'https://cdn.example.com/logo.png', altText: 'Logo' },
      { type: 'Image', url: 'data:image/png;base64,AAAA' },
      { type: 'Image', url: 'https://cdn.example.com/a/chart.png?v=2' },
      { type: 'ImageSet', images: [{ type: 'Image', url: 'https://cdn.example.com/1.png' }, { type: 'Image', url: 'https://cdn.example.com/2.png', altText: 'twee' }] },
    ]);
    const { blocks, omitted } = renderBlocks(c, 'message');
    expect(blocks).toEqual([
      { type: 'image', image_url: 'https://cdn.example.com/logo.png', alt_text: 'Logo' },
      { type: 'image', image_url: 'https://cdn.example.com/a/chart.png?v=2', alt_text: 'chart.png' },
      {
        type: 'context',
        elements: [
          { type: 'image', image_url: 'https://cdn.example.com/1.png', alt_text: '1.png' },
          { type: 'image', image_url: 'https://cdn.example.com/2.png', alt_text: 'twee' },
        ],
      },
    ]);
    expect(omitted).toEqual([{ type: 'Image', reason: 'Slack shows only images at an http(s) address' }]);
  });
});

describe('Container and ColumnSet', () => {
  it('flattens containers, with a divider for a separator', () => {
    const blocks = blocksOf([
      { type: 'TextBlock', text: 'Boven' },
      { type: 'Container', separator: true, items: [{ type: 'Container', items: [{ type: 'TextBlock', text: 'Binnen' }] }] },
    ]);
    expect(blocks.map((b) => b.type)).toEqual(['section', 'divider', 'section']);
    expect(textOf(blocks[2])).toBe('Binnen');
  });

  it('shows text columns side by side as fields', () => {
    const [block] = blocksOf([
      {
        type: 'ColumnSet',
        columns: [
          { type: 'Column', items: [{ type: 'TextBlock', text: 'Volgend contact', isSubtle: true }, { type: 'TextBlock', text: 'vandaag', weight: 'Bolder' }] },
          { type: 'Column', items: [{ type: 'TextBlock', text: 'Mijlpaal' }, { type: 'TextBlock', text: 'Probleemanalyse', weight: 'Bolder' }] },
        ],
      },
    ]);
    expect(block).toEqual({
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: 'Volgend contact\n*vandaag*' },
        { type: 'mrkdwn', text: 'Mijlpaal\n*Probleemanalyse*' },
      ],
    });
  });

  it('puts an image beside text as the section accessory', () => {
    const [block] = blocksOf([
      {
        type: 'ColumnSet',
        columns: [
          { type: 'Column', items: [{ type: 'Image', url: 'https://cdn.example.com/sam.png', altText: 'Sam' }] },
          { type: 'Column', items: [{ type: 'TextBlock', text: 'Tijd voor contact met Sam' }] },
        ],
      },
    ]);
    expect(block).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'Tijd voor contact met Sam' },
      accessory: { type: 'image', image_url: 'https://cdn.example.com/sam.png', alt_text: 'Sam' },
    });
  });

  it('flattens other column layouts column by column, inputs included', () => {
    const blocks = blocksOf([
      {
        type: 'ColumnSet',
        columns: [
          { type: 'Column', items: [{ type: 'TextBlock', text: 'Links' }] },
          { type: 'Column', items: [{ type: 'Input.Text', id: 'note', label: 'Notitie' }] },
        ],
      },
    ]);
    expect(blocks.map((b) => b.type)).toEqual(['section', 'input']);
  });
});

describe('actions', () => {
  it('turns Action.Submit into a button carrying its data (without msteams) as JSON', () => {
    const blocks = blocksOf([], [
      { type: 'Action.Submit', title: 'Opslaan', style: 'positive', data: { action: 'outcome.submit', caseId: 'c1', msteams: { type: 'messageBack' } } },
      { type: 'Action.Submit', title: 'Verwijderen', style: 'destructive', data: { action: 'x' } },
      { type: 'Action.OpenUrl', title: 'Beleid', url: 'https://example.com/beleid' },
    ]);
    expect(blocks).toEqual([
      {
        type: 'actions',
        elements: [
          { type: 'button', action_id: 'ac.submit.0', text: { type: 'plain_text', text: 'Opslaan' }, value: '{"action":"outcome.submit","caseId":"c1"}', style: 'primary' },
          { type: 'button', action_id: 'ac.submit.1', text: { type: 'plain_text', text: 'Verwijderen' }, value: '{"action":"x"}', style: 'danger' },
          { type: 'button', action_id: 'ac.url.0', text: { type: 'plain_text', text: 'Beleid' }, url: 'https://example.com/beleid' },
        ],
      },
    ]);
  });

  it('keeps action ids unique across ActionSets and card actions, and shortens long button text', () => {
    const blocks = blocksOf(
      [{ type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'A'.repeat(100), data: {} }] }],
      [{ type: 'Action.Submit', title: 'B', data: {} }],
    );
    const buttons = blocks.flatMap((b) => b.elements as Json[]);
    expect(buttons.map((b) => b.action_id)).toEqual(['ac.submit.0', 'ac.submit.1']);
    expect(((buttons[0]?.text as Json).text as string).length).toBe(75);
  });

  it('puts more than 25 buttons in several actions blocks', () => {
    const actions = Array.from({ length: 30 }, (_, i) => ({ type: 'Action.Submit', title: `K${i}`, data: { i } }));
    const blocks = blocksOf([], actions);
    expect(blocks.map((b) => (b.elements as Json[]).length)).toEqual([25, 5]);
  });

  it('flattens Action.ShowCard below the buttons, under its title', () => {
    const { blocks, omitted } = renderBlocks(
      card([], [
        { type: 'Action.Submit', title: 'Klaar', data: {} },
        { type: 'Action.ShowCard', title: 'Meer tips', card: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'Luister vooral.' }], actions: [{ type: 'Action.Submit', title: 'Dank', data: { a: 1 } }] } },
        { type: 'Action.ToggleVisibility', title: 'Toon', targetElements: ['x'] },
      ]),
      'message',
    );
    expect(blocks.map((b) => b.type)).toEqual(['actions', 'section', 'section', 'actions']);
    expect(textOf(asJson(blocks[1]))).toBe('*Meer tips*');
    expect(textOf(asJson(blocks[2]))).toBe('Luister vooral.');
    expect(omitted).toEqual([{ type: 'Action.ToggleVisibility', reason: 'Slack cannot show or hide parts of a message' }]);
  });

  it('reports an oversized submit value instead of cutting the data', () => {
    const message = toSlackMessage(card([], [{ type: 'Action.Submit', title: 'Go', data: { blob: 'x'.repeat(2100) } }]));
    const button = (asJson(message.blocks[0]).elements as Json[])[0]!;
    expect(JSON.parse(button.value as string).blob).toHaveLength(2100);
    expect(checkSlackLimits({ ...message }).map((v) => v.rule)).toEqual(['button.value']);
  });
});

describe('toSlackModal and toSlackMessage', () => {
  const form = card(
    [
      { type: 'TextBlock', text: 'Gesprek vastleggen met een lange titel', style: 'heading' },
      { type: 'Input.Text', id: 'notes', label: 'Notitie' },
    ],
    [
      { type: 'Action.Submit', title: 'Opslaan', data: { action: 'outcome.submit', caseId: 'c1' } },
      { type: 'Action.Submit', title: 'Annuleren', associatedInputs: 'none', data: { action: 'outcome.cancel' } },
    ],
    { fallbackText: 'Leg het gesprek vast' },
  );

  it('makes the first submit the modal submit, carrying its data in private_metadata', () => {
    const view = toSlackModal(form, { callbackId: 'outcome', privateMetadata: 'case=c1', closeLabel: 'Sluiten' });
    expect(view.title).toEqual({ type: 'plain_text', text: 'Gesprek vastleggen met …' });
    expect(view.submit).toEqual({ type: 'plain_text', text: 'Opslaan' });
    expect(view.close).toEqual({ type: 'plain_text', text: 'Sluiten' });
    expect(view.callback_id).toBe('outcome');
    expect(JSON.parse(view.private_metadata!)).toEqual({ p: 'case=c1', d: { action: 'outcome.submit', caseId: 'c1' } });
    const buttons = view.blocks.map(asJson).flatMap((b) => (b.type === 'actions' ? (b.elements as Json[]) : []));
    expect(buttons.map((b) => (b.text as Json).text)).toEqual(['Annuleren']);
    expect(checkSlackLimits({ ...view })).toEqual([]);
  });

  it('uses the given title, and needs no submit for a card without inputs', () => {
    const view = toSlackModal(card([{ type: 'TextBlock', text: 'Hallo' }]), { callbackId: 'info', title: 'Info' });
    expect(view.title.text).toBe('Info');
    expect(view.submit).toBeUndefined();
    expect(JSON.parse(view.private_metadata!)).toEqual({ p: '', d: {} });
  });

  it('refuses a card with inputs but no submit action, with a clear message', () => {
    expect(() => toSlackModal(card([{ type: 'Input.Text', id: 'a', label: 'A' }]), { callbackId: 'x' })).toThrow(
      new CardRenderError("a card with inputs needs an Action.Submit to become the modal's submit button"),
    );
  });

  it('renders the same card as a message with every button and the fallback text', () => {
    const message = toSlackMessage(form);
    expect(message.text).toBe('Leg het gesprek vast');
    expect(toSlackMessage(form, { text: 'Eigen tekst' }).text).toBe('Eigen tekst');
    expect(toSlackMessage(card([{ type: 'TextBlock', text: '**Eerste** regel' }])).text).toBe('Eerste regel');
    const buttons = message.blocks.map(asJson).flatMap((b) => (b.type === 'actions' ? (b.elements as Json[]) : []));
    expect(buttons).toHaveLength(2);
  });

  it.each([null, 'kaart', { type: 'Message' }, []])('refuses %p as a card', (input) => {
    expect(() => toSlackMessage(input)).toThrow(CardRenderError);
  });

  it('names what it cannot render', () => {
    const { omitted } = renderBlocks(card([{ type: 'Media', sources: [] }, { type: 'Table', rows: [] }]), 'message');
    expect(omitted.map((o) => o.type)).toEqual(['Media', 'Table']);
  });
});
