// "taal en" / "language nl-BE" / "langue fr": a person's own choice of language, which wins over the client's.
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import type { Lang } from '../i18n';
import type { CoreReply } from '../messages';
import { updatePerson } from '../writes';

/** What people type after "taal", "language" or "langue", folded to lower case without accents. */
const WANTED = new Map<string, Lang>(Object.entries({
  nl: 'nl-NL',
  'nl-nl': 'nl-NL',
  nederlands: 'nl-NL',
  'nl-be': 'nl-BE',
  vlaams: 'nl-BE',
  en: 'en',
  'en-gb': 'en',
  'en-us': 'en',
  english: 'en',
  fr: 'fr-BE',
  'fr-be': 'fr-BE',
  'fr-fr': 'fr-BE',
  francais: 'fr-BE',
  frans: 'fr-BE',
  french: 'fr-BE',
} satisfies Record<string, Lang>));

/** The confirmation, in the language just chosen. */
const CHOSEN: Readonly<Record<Lang, string>> = {
  'nl-NL': 'Ik schrijf je voortaan in het Nederlands.',
  'nl-BE': 'Ik schrijf je voortaan in het Nederlands (België).',
  en: 'I will write to you in English.',
  'fr-BE': 'Je vous écrirai désormais en français.',
};

const CHOOSE = 'Kies een taal / choose a language / choisissez une langue: taal nl · taal nl-BE · language en · langue fr';

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace('_', '-').trim();
}

export async function changeLanguage(fc: FlowContext, wanted: string | null): Promise<CoreReply> {
  const lang = WANTED.get(fold(wanted ?? ''));
  if (!lang) return { messages: [text(CHOOSE)] };
  await updatePerson(fc, fc.session.person.id, (p) => (p.locale === lang ? p : { ...p, locale: lang }));
  return { messages: [text(CHOSEN[lang])] };
}
