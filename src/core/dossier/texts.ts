// The re-integration file's chat catalogue for a language.
import type { Lang } from '../i18n';
import { dossierEn } from './texts-en';
import { dossierFrBe } from './texts-fr-be';
import { dossierNl, type DossierTexts } from './texts-nl';
import { dossierNlBe } from './texts-nl-be';

export type { DossierTexts };

const CATALOGUES: Record<Lang, DossierTexts> = { 'nl-NL': dossierNl, 'nl-BE': dossierNlBe, en: dossierEn, 'fr-BE': dossierFrBe };

export function dossierTexts(lang: Lang): DossierTexts {
  return CATALOGUES[lang] ?? dossierNl;
}
