// Parsing `herstart simulate` flags. Every problem is one sentence naming the flag (exit 2).
import type { Jurisdiction } from '../domain/case';
import { isIsoDate } from '../domain/dates';
import { CLI_LANGS, CliUsageError, type CliLang } from './command';
import { parseFlags } from './parse-flags';

export interface SimulateArgs {
  jurisdiction: Jurisdiction;
  from: string;
  weeks: number;
  employerSize: number;
  lang: CliLang;
  json: boolean;
  help: boolean;
}

const MAX_WEEKS = 156;

const MESSAGES = {
  nl: {
    needJurisdiction: '--jurisdiction ontbreekt: geef NL of BE',
    jurisdiction: (v: string) => `onbekend land ${v}: kies NL of BE`,
    needFrom: '--from ontbreekt: geef de eerste ziektedag als JJJJ-MM-DD',
    from: (v: string) => `--from ${v} is geen bestaande datum (JJJJ-MM-DD)`,
    weeks: (v: string) => `--weeks ${v}: geef een heel aantal weken van 1 tot ${MAX_WEEKS}`,
    employees: (v: string) => `--employees ${v}: geef het aantal werknemers als heel getal vanaf 1`,
    lang: (v: string) => `--lang ${v}: kies nl, en of fr`,
  },
  en: {
    needJurisdiction: '--jurisdiction is missing: give NL or BE',
    jurisdiction: (v: string) => `unknown jurisdiction ${v}: choose NL or BE`,
    needFrom: '--from is missing: give the first sick day as YYYY-MM-DD',
    from: (v: string) => `--from ${v} is not an existing date (YYYY-MM-DD)`,
    weeks: (v: string) => `--weeks ${v}: give a whole number of weeks from 1 to ${MAX_WEEKS}`,
    employees: (v: string) => `--employees ${v}: give the number of employees as a whole number from 1`,
    lang: (v: string) => `--lang ${v}: choose nl, en or fr`,
  },
  fr: {
    needJurisdiction: '--jurisdiction manque : indiquez NL ou BE',
    jurisdiction: (v: string) => `pays inconnu ${v} : choisissez NL ou BE`,
    needFrom: '--from manque : indiquez le premier jour de maladie au format AAAA-MM-JJ',
    from: (v: string) => `--from ${v} n’est pas une date qui existe (AAAA-MM-JJ)`,
    weeks: (v: string) => `--weeks ${v} : indiquez un nombre entier de semaines de 1 à ${MAX_WEEKS}`,
    employees: (v: string) => `--employees ${v} : indiquez le nombre de travailleurs en nombre entier à partir de 1`,
    lang: (v: string) => `--lang ${v} : choisissez nl, en ou fr`,
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

export function parseSimulateArgs(args: string[], lang: CliLang): SimulateArgs {
  const m = MESSAGES[lang];
  const v = parseFlags(args, OPTIONS, lang);
  const base = { jurisdiction: 'NL' as Jurisdiction, from: '', weeks: 60, employerSize: 50, lang, json: v.json ?? false };
  if (v.help) return { ...base, help: true };
  if (v.lang !== undefined && !CLI_LANGS.includes(v.lang)) throw new CliUsageError(m.lang(v.lang));
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
