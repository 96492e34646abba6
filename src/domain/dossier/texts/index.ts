// The file's catalogue for a locale. French (fr-BE) comes later with the same shape.
import type { Locale } from '../../labels';
import { fileEn } from './en';
import { fileNl, type FileTexts } from './nl';
import { fileNlBe } from './nl-be';

export type { FileTexts };

export function fileTexts(locale: Locale): FileTexts {
  return locale === 'en' ? fileEn : locale === 'nl-BE' ? fileNlBe : fileNl;
}
