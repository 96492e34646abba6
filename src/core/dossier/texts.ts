// The re-integration file's chat catalogue for a language (French comes later, same shape).
import type { Lang } from '../i18n';
import { dossierEn } from './texts-en';
import { dossierNl, type DossierTexts } from './texts-nl';
import { dossierNlBe } from './texts-nl-be';

export type { DossierTexts };

export function dossierTexts(lang: Lang): DossierTexts {
  return lang === 'en' ? dossierEn : lang === 'nl-BE' ? dossierNlBe : dossierNl;
}
