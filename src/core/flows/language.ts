// "taal en" / "language nl-BE": a person's own choice of language, which wins over the client's.
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import { resolveLang } from '../i18n';
import type { CoreReply } from '../messages';
import { updatePerson } from '../writes';

const NAMES = { 'nl-NL': 'Nederlands', 'nl-BE': 'Nederlands (België)', en: 'English' } as const;

export async function changeLanguage(fc: FlowContext, wanted: string | null): Promise<CoreReply> {
  const normalised = wanted?.toLowerCase().replace('_', '-') ?? '';
  const known = ['nl', 'nl-nl', 'nl-be', 'en', 'en-gb', 'en-us', 'nederlands', 'english', 'vlaams'];
  if (!known.includes(normalised)) {
    return { messages: [text('Kies een taal / choose a language: taal nl · taal nl-BE · language en')] };
  }
  const lang = normalised === 'nederlands' ? 'nl-NL' : normalised === 'english' ? 'en' : normalised === 'vlaams' ? 'nl-BE' : resolveLang(normalised);
  await updatePerson(fc, fc.session.person.id, (p) => (p.locale === lang ? p : { ...p, locale: lang }));
  return {
    messages: [text(lang === 'en' ? `I will write to you in ${NAMES[lang]}.` : `Ik schrijf je voortaan in het ${NAMES[lang]}.`)],
  };
}
