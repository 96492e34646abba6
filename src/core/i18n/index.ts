// Languages the chat speaks. Dutch first; Belgian Dutch where the words differ; English; French
// as written in Belgium (Brussels and Wallonia), for every French-speaking person.
import { en } from './en';
import { frBE } from './fr-be';
import { nl, type Texts } from './nl';
import { nlBE } from './nl-be';

export type Lang = 'nl-NL' | 'nl-BE' | 'en' | 'fr-BE';
export const LANGS: readonly Lang[] = ['nl-NL', 'nl-BE', 'en', 'fr-BE'];
export type { Texts };

/** The first candidate we can speak decides; Dutch (Netherlands) when none can. */
export function resolveLang(...candidates: Array<string | null | undefined>): Lang {
  for (const c of candidates) {
    if (!c) continue;
    const l = c.toLowerCase();
    if (l === 'nl-be' || l.startsWith('nl-be')) return 'nl-BE';
    if (l.startsWith('nl')) return 'nl-NL';
    if (l.startsWith('en')) return 'en';
    // fr, fr-BE, fr-FR, fr-CA...: French is written for Belgium, the only French-speaking country we serve.
    if (l.startsWith('fr')) return 'fr-BE';
  }
  return 'nl-NL';
}

const CATALOGUES: Record<Lang, Texts> = { 'nl-NL': nl, 'nl-BE': nlBE, en, 'fr-BE': frBE };

export function texts(lang: Lang): Texts {
  return CATALOGUES[lang] ?? nl;
}
