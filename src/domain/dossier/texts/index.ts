// The file's catalogue for a locale.
import type { Locale } from '../../labels';
import { fileEn } from './en';
import { fileFrBe } from './fr-be';
import { fileNl, type FileTexts } from './nl';
import { fileNlBe } from './nl-be';

export type { FileTexts };

const CATALOGUES: Record<Locale, FileTexts> = { 'nl-NL': fileNl, 'nl-BE': fileNlBe, en: fileEn, 'fr-BE': fileFrBe };

export function fileTexts(locale: Locale): FileTexts {
  return CATALOGUES[locale] ?? fileNl;
}
