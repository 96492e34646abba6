// Languages of the HR workspace: the chat's (nl-NL first, nl-BE where it differs, en, fr-BE).
import type { Lang } from '../../core/i18n';
import { en } from './en';
import { frBE } from './fr-be';
import { nl, type WebTexts } from './nl';
import { nlBE } from './nl-be';

export type { WebTexts };

const CATALOGUES: Record<Lang, WebTexts> = { 'nl-NL': nl, 'nl-BE': nlBE, en, 'fr-BE': frBE };

export function webTexts(lang: Lang): WebTexts {
  return CATALOGUES[lang] ?? nl;
}
