// The check-in catalogue for a language. Kept apart from the core's catalogue: one feature, one file set.
import type { Lang } from '../i18n';
import { checkinEn } from './texts-en';
import { checkinNl, type CheckinTexts } from './texts-nl';
import { checkinNlBe } from './texts-nl-be';

export type { CheckinTexts, RhythmWords } from './texts-nl';

export function checkinTexts(lang: Lang): CheckinTexts {
  return lang === 'en' ? checkinEn : lang === 'nl-BE' ? checkinNlBe : checkinNl;
}
