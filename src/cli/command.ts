// What every `herstart <command>` module provides, and the one error type that means "bad input".
import type { Locale } from '../domain/labels';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Today's date where the command needs a default (the CLI edge owns the clock). */
  today(): string;
}

export interface CliCommand {
  /** One line for `herstart help`. */
  summary: string;
  usage: string;
  /** Returns the exit code. Throws CliUsageError (exit 2) for bad input. */
  run(args: string[], io: CliIo): number | Promise<number>;
}

/** Bad input: printed as one line, exit code 2. The message is already in the user's language. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/** The languages the CLI writes in: Dutch (the default), English and French (Belgium). */
export type CliLang = 'nl' | 'en' | 'fr';
export const CLI_LANGS: readonly string[] = ['nl', 'en', 'fr'];

/** `--lang` looked up before parsing, so even errors about other flags speak the right language. */
export function localeFromArgs(args: readonly string[]): CliLang {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = a === '--lang' ? args[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === 'en' || value === 'fr') return value;
  }
  return 'nl';
}

/** The locale labels and dates are written in: Dutch as spoken in the case's country. */
export function cliLocale(lang: CliLang, jurisdiction: string = 'NL'): Locale {
  if (lang === 'en') return 'en';
  if (lang === 'fr') return 'fr-BE';
  return jurisdiction === 'BE' ? 'nl-BE' : 'nl-NL';
}

export type { Locale };
