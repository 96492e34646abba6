// The file's words in Belgian Dutch: the Dutch catalogue with the words that differ in Belgium
// (werknemer, arbeidsarts, preventieadviseur-arbeidsarts).
import { fileNl, type FileTexts } from './nl';

export const fileNlBe: FileTexts = {
  ...fileNl,
  fields: {
    ...fileNl.fields,
    canDo: 'Wat kan de werknemer wel (in werktermen)',
  },
  choices: {
    ...fileNl.choices,
    who: { ...fileNl.choices.who, employee: 'Werknemer', occupational_doctor: 'Arbeidsarts' },
  },
  file: {
    ...fileNl.file,
    noMedical: 'Dit dossier bevat geen medische gegevens: de arbeidsarts deelt alleen wat de werknemer wel en niet kan, in werktermen.',
    employee: 'Werknemer',
    views: 'Standpunt van de werknemer',
    viewsIntro: 'Het standpunt van de werknemer op elk stuk waarop het gevraagd is.',
    view: 'Standpunt werknemer',
  },
  completeness: {
    ...fileNl.completeness,
    view_missing: (doc: string, on: string) => `Het antwoord van de werknemer op "${doc}" van ${on} ontbreekt.`,
    view_awaited: (doc: string, on: string) => `Het antwoord van de werknemer op "${doc}" van ${on} is gevraagd en nog niet binnen.`,
  },
};
