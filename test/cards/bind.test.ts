import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { bindCard, CardTemplateError, CARDS_DIR, createCardLibrary, loadTemplate } from '../../src/cards/bind';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'herstart-cards-'));
  const write = (name: string, content: unknown) =>
    writeFileSync(path.join(dir, `${name}.json`), typeof content === 'string' ? content : JSON.stringify(content));
  write('greeting', {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Hallo ${name}' },
      { type: 'TextBlock', $when: '${exists(note)}', text: '${note}' },
      { type: 'FactSet', facts: [{ $data: '${facts}', title: '${label}', value: '${value}' }] },
    ],
    actions: [{ type: 'Action.Submit', title: '${save}', data: { action: 'x', caseId: '${caseId}', days: '${days}' } }],
  });
  write('broken', '{ "type": "AdaptiveCard", ');
  write('not-a-card', { type: 'Message', body: [] });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createCardLibrary', () => {
  it('binds data, repeats $data arrays, drops $when parts and keeps value types', () => {
    const card = createCardLibrary(dir).bindCard('greeting', {
      name: 'Sanne',
      facts: [{ label: 'Fase', value: 'Herstel' }, { label: 'Mijlpaal', value: 'Plan van aanpak' }],
      save: 'Opslaan',
      caseId: 'c1',
      days: 2,
    });
    expect(card).toEqual({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'Hallo Sanne' },
        { type: 'FactSet', facts: [{ title: 'Fase', value: 'Herstel' }, { title: 'Mijlpaal', value: 'Plan van aanpak' }] },
      ],
      actions: [{ type: 'Action.Submit', title: 'Opslaan', data: { action: 'x', caseId: 'c1', days: 2 } }],
    });
  });

  it('refuses to bind when the data lacks a field the template shows, naming it', () => {
    const library = createCardLibrary(dir);
    expect(() => library.bindCard('greeting', { facts: [], save: 'Opslaan', days: 1 })).toThrow(
      new CardTemplateError("card template 'greeting' needs data it was not given: name, caseId"),
    );
    // The templating library's global hook is put back afterwards.
    expect(ACData.GlobalSettings.getUndefinedFieldValueSubstitutionString).toBeUndefined();
  });

  it('never evaluates data: text that looks like an expression stays text', () => {
    const card = createCardLibrary(dir).bindCard('greeting', { name: '${caseId}', facts: [], save: 's', caseId: 'c', days: 1 });
    expect((card.body as Array<{ text: string }>)[0]?.text).toBe('Hallo ${caseId}');
  });

  it('reads a template once and caches it', () => {
    const library = createCardLibrary(dir);
    const first = library.loadTemplate('greeting');
    writeFileSync(path.join(dir, 'greeting.json'), JSON.stringify({ type: 'AdaptiveCard', body: [] }));
    expect(library.loadTemplate('greeting')).toBe(first);
    expect(createCardLibrary(dir).loadTemplate('greeting')).toEqual({ type: 'AdaptiveCard', body: [] });
  });

  it.each([
    ['a missing template', 'nope', /card template 'nope' not found/],
    ['a name that tries to leave the folder', '../greeting', /is not a card template name/],
    ['a sample file', 'greeting.sample', /is not a card template name/],
    ['invalid JSON', 'broken', /card template 'broken' is not valid JSON/],
    ['JSON that is no Adaptive Card', 'not-a-card', /is not an Adaptive Card/],
  ])('explains %s', (_what, name, message) => {
    expect(() => createCardLibrary(dir).loadTemplate(name)).toThrow(message);
    expect(() => createCardLibrary(dir).loadTemplate(name)).toThrow(CardTemplateError);
  });
});

describe('the default library', () => {
  it('reads the top-level cards/ folder', () => {
    expect(CARDS_DIR).toBe(path.resolve(__dirname, '..', '..', 'cards'));
    expect(() => loadTemplate('no-such-card')).toThrow(/card template 'no-such-card' not found/);
    expect(() => bindCard('no-such-card', {})).toThrow(CardTemplateError);
  });
});
