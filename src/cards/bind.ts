// Binds Adaptive Card templates in cards/*.json to data with adaptivecards-templating.
// Templates hold no language: every visible string comes from the data, localised by the core.
// A template that refers to data that is not there is an error here, not a literal "${name}"
// in front of a user.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';

export class CardTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CardTemplateError';
  }
}

export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard' };

export interface CardLibrary {
  /** The template JSON of `<dir>/<name>.json`, read once and cached. */
  loadTemplate(name: string): Record<string, unknown>;
  /** The template bound to `data`: a plain Adaptive Card, ready for Teams or for toSlackMessage. */
  bindCard(name: string, data: Record<string, unknown>): AdaptiveCardJson;
}

const NAME = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*$/i;

export function createCardLibrary(dir: string): CardLibrary {
  const cache = new Map<string, { json: Record<string, unknown>; template: ACData.Template }>();

  function entry(name: string) {
    const cached = cache.get(name);
    if (cached) return cached;
    if (!NAME.test(name) || name.endsWith('.sample')) throw new CardTemplateError(`'${name}' is not a card template name`);
    const file = path.join(dir, `${name}.json`);
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch {
      throw new CardTemplateError(`card template '${name}' not found (${file})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      throw new CardTemplateError(`card template '${name}' is not valid JSON: ${(e as Error).message}`);
    }
    if (typeof json !== 'object' || json === null || (json as Record<string, unknown>).type !== 'AdaptiveCard') {
      throw new CardTemplateError(`card template '${name}' is not an Adaptive Card (type must be "AdaptiveCard")`);
    }
    const made = { json: json as Record<string, unknown>, template: new ACData.Template(json) };
    cache.set(name, made);
    return made;
  }

  return {
    loadTemplate: (name) => entry(name).json,
    bindCard(name, data) {
      const { template } = entry(name);
      const missing: string[] = [];
      // The library's hook for undefined fields is global; expand() is synchronous, so setting it
      // around the call cannot leak into another binding.
      const previous = ACData.GlobalSettings.getUndefinedFieldValueSubstitutionString;
      ACData.GlobalSettings.getUndefinedFieldValueSubstitutionString = (p: string) => {
        missing.push(p);
        return undefined;
      };
      let bound: unknown;
      try {
        bound = template.expand({ $root: data });
      } catch (e) {
        throw new CardTemplateError(`card template '${name}' could not be bound: ${(e as Error).message}`);
      } finally {
        ACData.GlobalSettings.getUndefinedFieldValueSubstitutionString = previous;
      }
      if (missing.length) {
        throw new CardTemplateError(`card template '${name}' needs data it was not given: ${[...new Set(missing)].join(', ')}`);
      }
      if (typeof bound !== 'object' || bound === null || (bound as Record<string, unknown>).type !== 'AdaptiveCard') {
        throw new CardTemplateError(`card template '${name}' did not bind to an Adaptive Card`);
      }
      return bound as AdaptiveCardJson;
    },
  };
}

/** The product's templates, in the top-level cards/ folder (same path from src/ and from dist/). */
export const CARDS_DIR = path.resolve(__dirname, '..', '..', 'cards');

const defaultLibrary = createCardLibrary(CARDS_DIR);

export function loadTemplate(name: string): Record<string, unknown> {
  return defaultLibrary.loadTemplate(name);
}

export function bindCard(name: string, data: Record<string, unknown>): AdaptiveCardJson {
  return defaultLibrary.bindCard(name, data);
}
