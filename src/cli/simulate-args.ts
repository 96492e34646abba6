// Parsing `herstart simulate` flags. Every problem is one sentence naming the flag (exit 2).
import { parseArgs } from 'node:util';
import type { Jurisdiction } from '../domain/case';
import { isIsoDate } from '../domain/dates';
import { CliUsageError } from './command';

export interface SimulateArgs {
  jurisdiction: Jurisdiction;
  from: string;
  weeks: number;
  employerSize: number;
  lang: 'nl' | 'en';
  json: boolean;
  help: boolean;
}

const MAX_WEEKS = 156;

const MESSAGES = {
  nl: {
    unknownFlag: (f: string) => `onbekende optie ${f}`,
    missingValue: (f: string) => `${f} heeft een waarde nodig`,
    noValue: (f: string) => `${f} neemt geen waarde`,
    unexpected: (a: string) => `onverwacht argument ${a}`,
    needJurisdiction: '--jurisdiction ontbreekt: geef NL of BE',
    jurisdiction: (v: string) => `onbekend land ${v}: kies NL of BE`,
    needFrom: '--from ontbreekt: geef de eerste ziektedag als JJJJ-MM-DD',
    from: (v: string) => `--from ${v} is geen bestaande datum (JJJJ-MM-DD)`,
    weeks: (v: string) => `--weeks ${v}: geef een heel aantal weken van 1 tot ${MAX_WEEKS}`,
    employees: (v: string) => `--employees ${v}: geef het aantal werknemers als heel getal vanaf 1`,
    lang: (v: string) => `--lang ${v}: kies nl of en`,
  },
  en: {
    unknownFlag: (f: string) => `unknown option ${f}`,
    missingValue: (f: string) => `${f} needs a value`,
    noValue: (f: string) => `${f} takes no value`,
    unexpected: (a: string) => `unexpected argument ${a}`,
    needJurisdiction: '--jurisdiction is missing: give NL or BE',
    jurisdiction: (v: string) => `unknown jurisdiction ${v}: choose NL or BE`,
    needFrom: '--from is missing: give the first sick day as YYYY-MM-DD',
    from: (v: string) => `--from ${v} is not an existing date (YYYY-MM-DD)`,
    weeks: (v: string) => `--weeks ${v}: give a whole number of weeks from 1 to ${MAX_WEEKS}`,
    employees: (v: string) => `--employees ${v}: give the number of employees as a whole number from 1`,
    lang: (v: string) => `--lang ${v}: choose nl or en`,
  },
} as const;

const OPTIONS = {
  jurisdiction: { type: 'string' },
  from: { type: 'string' },
  weeks: { type: 'string' },
  employees: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseSimulateArgs(args: string[], lang: 'nl' | 'en'): SimulateArgs {
  const m = MESSAGES[lang];
  let v;
  try {
    v = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }).values;
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
  const base = { jurisdiction: 'NL' as Jurisdiction, from: '', weeks: 60, employerSize: 50, lang, json: v.json ?? false };
  if (v.help) return { ...base, help: true };
  if (v.lang !== undefined && v.lang !== 'nl' && v.lang !== 'en') throw new CliUsageError(m.lang(v.lang));
  if (v.jurisdiction === undefined) throw new CliUsageError(m.needJurisdiction);
  const jurisdiction = v.jurisdiction.toUpperCase();
  if (jurisdiction !== 'NL' && jurisdiction !== 'BE') throw new CliUsageError(m.jurisdiction(v.jurisdiction));
  if (v.from === undefined) throw new CliUsageError(m.needFrom);
  if (!isIsoDate(v.from)) throw new CliUsageError(m.from(v.from));
  let weeks = base.weeks;
  if (v.weeks !== undefined) {
    if (!/^\d+$/.test(v.weeks) || Number(v.weeks) < 1 || Number(v.weeks) > MAX_WEEKS) throw new CliUsageError(m.weeks(v.weeks));
    weeks = Number(v.weeks);
  }
  let employerSize = base.employerSize;
  if (v.employees !== undefined) {
    if (!/^\d+$/.test(v.employees) || Number(v.employees) < 1) throw new CliUsageError(m.employees(v.employees));
    employerSize = Number(v.employees);
  }
  return { ...base, jurisdiction, from: v.from, weeks, employerSize, help: false };
}
