// Languages of the HR workspace: the chat's (nl-NL first, nl-BE where it differs, en).
import type { Lang } from '../../core/i18n';
import { en } from './en';
import { nl, type WebTexts } from './nl';
import { nlBE } from './nl-be';

export type { WebTexts };

export function webTexts(lang: Lang): WebTexts {
  return lang === 'en' ? en : lang === 'nl-BE' ? nlBE : nl;
}
