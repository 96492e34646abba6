// Every card template, in the product's cards/ and in the test fixtures, bound with its sample
// data (cards/<name>.sample.json: one data object or a list, e.g. one per language), must parse
// and render with the official adaptivecards package without errors or warnings, and render to
// Slack as a message and as a modal within Slack's limits.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CARDS_DIR, createCardLibrary } from '../../src/cards/bind';
import { renderBlocks, toSlackMessage, toSlackModal } from '../../src/cards/blockkit';
import { checkSlackLimits } from '../../src/cards/slack-limits';
import { toUniversalActions } from '../../src/channels/teams/universal-actions';
import { loadAdaptiveCards } from './adaptivecards-dom';

const FIXTURES_DIR = path.resolve(__dirname, '..', 'fixtures', 'cards');

function templatesIn(dir: string): Array<{ dir: string; name: string; label: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.sample.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.json'.length);
      return { dir, name, label: `${path.relative(path.resolve(__dirname, '..', '..'), dir)}/${name}` };
    });
}

const templates = [...templatesIn(CARDS_DIR), ...templatesIn(FIXTURES_DIR)];

function samplesFor(dir: string, name: string): Array<Record<string, unknown>> {
  const file = path.join(dir, `${name}.sample.json`);
  if (!existsSync(file)) throw new Error(`${name}.json has no ${name}.sample.json next to it; every template needs sample data`);
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const list = Array.isArray(json) ? json : [json];
  if (list.length === 0) throw new Error(`${name}.sample.json has no samples`);
  return list as Array<Record<string, unknown>>;
}

describe('card templates', () => {
  it('finds the templates (the product\'s cards/ may still be empty; the fixtures never are)', () => {
    expect(templatesIn(FIXTURES_DIR).length).toBeGreaterThanOrEqual(3);
    expect(templates.length).toBe(templatesIn(CARDS_DIR).length + templatesIn(FIXTURES_DIR).length);
  });

  describe.each(templates)('$label', ({ dir, name }) => {
    const library = createCardLibrary(dir);

    it('has sample data and binds it without leaving a placeholder', () => {
      for (const sample of samplesFor(dir, name)) {
        const bound = library.bindCard(name, sample);
        expect(JSON.stringify(bound)).not.toMatch(/\$\{/);
      }
    });

    it.each([
      ['as bound (Emulator, Web Chat)', (card: Record<string, unknown>) => card],
      ['with Teams\' Action.Execute buttons', toUniversalActions],
    ])('parses and renders with the official adaptivecards package, with no errors or warnings, %s', (_label, forChannel) => {
      const AC = loadAdaptiveCards();
      for (const sample of samplesFor(dir, name)) {
        const bound = forChannel(library.bindCard(name, sample));
        const card = new AC.AdaptiveCard();
        const context = new AC.SerializationContext();
        card.parse(bound, context);
        const events: string[] = [];
        for (let i = 0; i < context.eventCount; i++) {
          const e = context.getEventAt(i);
          events.push(`parse ${AC.ValidationEvent[e.event]}: ${e.message}`);
        }
        for (const e of card.validateProperties().validationEvents) {
          events.push(`validate ${AC.ValidationEvent[e.event]}: ${e.message}`);
        }
        expect(events).toEqual([]);
        const rendered = card.render();
        expect(rendered).toBeDefined();
        expect(rendered!.textContent?.length).toBeGreaterThan(0);
      }
    });

    it('renders to a Slack message and a Slack modal within Slack\'s limits, dropping nothing', () => {
      for (const sample of samplesFor(dir, name)) {
        const bound = library.bindCard(name, sample);
        expect(renderBlocks(bound, 'message').omitted).toEqual([]);
        const message = toSlackMessage(bound);
        expect(message.blocks.length).toBeGreaterThan(0);
        expect(checkSlackLimits({ ...message })).toEqual([]);
        const modal = toSlackModal(bound, { callbackId: name, privateMetadata: 'case-1' });
        expect(checkSlackLimits({ ...modal })).toEqual([]);
      }
    });
  });
});
