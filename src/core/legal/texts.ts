// The legal-events catalogue for a language. Kept apart from the core's catalogue: one feature,
// one file set. nl-BE uses the Dutch words: these events are Dutch law; Belgian organisations
// only see the menu's pointer to the relapse form.
import type { Lang } from '../i18n';
import { legalEn } from './texts-en';
import { legalFrBe } from './texts-fr-be';
import { legalNl, type LegalTexts } from './texts-nl';

export type { LegalTexts };

export function legalTexts(lang: Lang): LegalTexts {
  if (lang === 'en') return legalEn;
  if (lang === 'fr-BE') return legalFrBe;
  if (lang === 'nl-BE') {
    return {
      ...legalNl,
      menu: {
        ...legalNl.menu,
        beOnly:
          'Deze gebeurtenissen bestaan alleen in Nederland. Vermeldt het nieuwe attest van je collega een andere ziekte? ' +
          'Leg dat vast bij "Herstel of herval melden": dan is het een nieuwe arbeidsongeschiktheid.',
      },
    };
  }
  return legalNl;
}
