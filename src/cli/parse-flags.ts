// node:util parseArgs with its errors turned into one-line CliUsageErrors in the user's language.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError, type CliLang } from './command';

const MESSAGES = {
  nl: {
    unknownFlag: (f: string) => `onbekende optie ${f}`,
    missingValue: (f: string) => `${f} heeft een waarde nodig`,
    noValue: (f: string) => `${f} neemt geen waarde`,
    unexpected: (a: string) => `onverwacht argument ${a}`,
  },
  en: {
    unknownFlag: (f: string) => `unknown option ${f}`,
    missingValue: (f: string) => `${f} needs a value`,
    noValue: (f: string) => `${f} takes no value`,
    unexpected: (a: string) => `unexpected argument ${a}`,
  },
  fr: {
    unknownFlag: (f: string) => `option inconnue ${f}`,
    missingValue: (f: string) => `${f} demande une valeur`,
    noValue: (f: string) => `${f} ne prend pas de valeur`,
    unexpected: (a: string) => `argument inattendu ${a}`,
  },
} as const;

export function parseFlags<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, lang: CliLang) {
  const m = MESSAGES[lang];
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : '';
    const named = /'([^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliUsageError(m.unknownFlag(named));
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new CliUsageError(m.unexpected(named));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new CliUsageError(message.includes('does not take') ? m.noValue(named) : m.missingValue(named));
    }
    throw e;
  }
}
