// Picks the right language from a LocalisedText and fills in the jurisdiction's terms.
import type { Jurisdiction } from '../case';
import type { GuideLocale, LocalisedText } from './types';

// A tenant may write only one language; fall back to the nearest one rather than show nothing.
// A French reader of a text written in Dutch and English gets the English (the language a mixed
// organisation writes for everyone); a Dutch or English reader gets French last.
const FALLBACK: Readonly<Record<GuideLocale, ReadonlyArray<keyof LocalisedText>>> = {
  'nl-BE': ['nl-BE', 'nl', 'en', 'fr'],
  'nl-NL': ['nl', 'nl-BE', 'en', 'fr'],
  en: ['en', 'nl', 'nl-BE', 'fr'],
  'fr-BE': ['fr', 'en', 'nl-BE', 'nl'],
};

const PLACEHOLDER = /\{([A-Za-z][A-Za-z]*)\}/g;

export type Glossary = Readonly<Record<string, Readonly<Record<Jurisdiction, LocalisedText>>>>;

function pick(text: LocalisedText, locale: GuideLocale): string {
  for (const key of FALLBACK[locale]) {
    const value = text[key];
    if (value) return value;
  }
  return '';
}

/** Names used in `{...}` that the glossary does not know (checked for tenant texts). */
export function unknownPlaceholders(text: string, glossary: Glossary): string[] {
  const unknown: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    const key = name.charAt(0).toLowerCase() + name.slice(1);
    if (!glossary[key]) unknown.push(name);
  }
  return unknown;
}

export function localise(
  text: LocalisedText,
  locale: GuideLocale,
  jurisdiction: Jurisdiction,
  glossary: Glossary,
  vars: Readonly<Record<string, string>> = {},
): string {
  return pick(text, locale).replace(PLACEHOLDER, (whole, name: string) => {
    if (vars[name] !== undefined) return vars[name];
    const key = name.charAt(0).toLowerCase() + name.slice(1);
    const term = glossary[key]?.[jurisdiction];
    if (!term) return whole;
    const value = pick(term, locale);
    // {OccupationalDoctor} starts a sentence: "De bedrijfsarts ...".
    return name === key ? value : value.charAt(0).toUpperCase() + value.slice(1);
  });
}

/** Maps a user's locale (Teams `nl-BE`, Slack `nl`, `en-GB`, `fr-FR`) to a guide locale; the jurisdiction decides for bare Dutch. */
export function resolveGuideLocale(locale: string | null | undefined, jurisdiction: Jurisdiction): GuideLocale {
  const tag = (locale ?? '').trim().toLowerCase().replace('_', '-');
  if (tag === 'fr' || tag.startsWith('fr-')) return 'fr-BE';
  if (tag === 'nl-be') return 'nl-BE';
  if (tag === 'nl-nl') return 'nl-NL';
  if (tag === 'nl' || tag.startsWith('nl-')) return jurisdiction === 'BE' ? 'nl-BE' : 'nl-NL';
  if (tag === '') return jurisdiction === 'BE' ? 'nl-BE' : 'nl-NL';
  return 'en';
}
