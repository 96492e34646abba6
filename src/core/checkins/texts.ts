// The check-in catalogue for a language. Kept apart from the core's catalogue: one feature, one file set.
import type { Lang } from '../i18n';
import { checkinEn } from './texts-en';
import { checkinFrBe } from './texts-fr-be';
import { checkinNl, type CheckinTexts } from './texts-nl';
import { checkinNlBe } from './texts-nl-be';

export type { CheckinTexts, RhythmWords } from './texts-nl';

const CATALOGUES: Record<Lang, CheckinTexts> = { 'nl-NL': checkinNl, 'nl-BE': checkinNlBe, en: checkinEn, 'fr-BE': checkinFrBe };

export function checkinTexts(lang: Lang): CheckinTexts {
  return CATALOGUES[lang] ?? checkinNl;
}
