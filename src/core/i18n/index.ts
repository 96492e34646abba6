// Languages the chat speaks. Dutch first; Belgian Dutch where the words differ; English.
import { en } from './en';
import { nl, type Texts } from './nl';
import { nlBE } from './nl-be';

export type Lang = 'nl-NL' | 'nl-BE' | 'en';
export type { Texts };

/** The first candidate we can speak decides; Dutch (Netherlands) when none can. */
export function resolveLang(...candidates: Array<string | null | undefined>): Lang {
  for (const c of candidates) {
    if (!c) continue;
    const l = c.toLowerCase();
    if (l === 'nl-be' || l.startsWith('nl-be')) return 'nl-BE';
    if (l.startsWith('nl')) return 'nl-NL';
    if (l.startsWith('en')) return 'en';
  }
  return 'nl-NL';
}

export function texts(lang: Lang): Texts {
  switch (lang) {
    case 'en':
      return en;
    case 'nl-BE':
      return nlBE;
    default:
      return nl;
  }
}
