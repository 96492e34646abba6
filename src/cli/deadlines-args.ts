// Parsing and checking `herstart deadlines` flags. Every problem becomes a CliUsageError with one
// sentence in the chosen language naming the flag and what is wrong with it.
import type { RitState, SickPeriod } from '../domain/case';
import { requireIsoDate } from '../domain/dates';
import type { CaseFacts, DeadlineOptions } from '../domain/deadlines';
import { domainErrorText } from '../domain/error-text';
import { isDomainError } from '../domain/errors';
import { CLI_LANGS, cliLocale, CliUsageError } from './command';
import { LEGAL_OPTIONS, parseDone, parseLegal, parseOptions, type CliLang } from './deadlines-legal-args';
import { parseFlags } from './parse-flags';

export type { CliLang };

export interface DeadlinesArgs {
  facts: CaseFacts;
  /** The organisation's days off and rule settings (`--days-off`, `--rule`). */
  options: DeadlineOptions;
  today: string;
  lang: CliLang;
  json: boolean;
  help: boolean;
}

const MESSAGES = {
  nl: {
    needJurisdiction: '--jurisdiction ontbreekt: geef NL of BE',
    jurisdiction: (v: string) => `onbekend land ${v}: kies NL of BE`,
    needSick: 'geef minstens één ziekteperiode met --sick BEGIN[:EINDE]',
    range: (f: string, v: string) => `${f} ${v}: gebruik BEGIN:EINDE als JJJJ-MM-DD:JJJJ-MM-DD`,
    sickRange: (v: string) => `--sick ${v}: gebruik BEGIN of BEGIN:EINDE als JJJJ-MM-DD, eventueel met ,partial=PCT en ,different-illness`,
    differentBe: (v: string) => `--sick ${v}: different-illness geldt alleen voor BE (in NL tellen periodes op, wat de oorzaak ook is)`,
    employees: (v: string) => `--employees ${v}: geef het aantal werknemers als heel getal vanaf 1`,
    lang: (v: string) => `--lang ${v}: kies nl, en of fr`,
    ritDecision: (v: string) => `--rit-decision ${v}: gebruik A, B of C met een datum, bv. A:2026-03-02`,
    ritOnlyBe: '--rit-requested en --rit-decision gelden alleen voor BE',
    ritDecisionAlone: '--rit-decision kan alleen samen met --rit-requested',
  },
  en: {
    needJurisdiction: '--jurisdiction is missing: give NL or BE',
    jurisdiction: (v: string) => `unknown jurisdiction ${v}: choose NL or BE`,
    needSick: 'give at least one sick period with --sick START[:END]',
    range: (f: string, v: string) => `${f} ${v}: use START:END as YYYY-MM-DD:YYYY-MM-DD`,
    sickRange: (v: string) => `--sick ${v}: use START or START:END as YYYY-MM-DD, optionally with ,partial=PCT and ,different-illness`,
    differentBe: (v: string) => `--sick ${v}: different-illness applies to BE only (in NL periods add up whatever the cause)`,
    employees: (v: string) => `--employees ${v}: give the number of employees as a whole number from 1`,
    lang: (v: string) => `--lang ${v}: choose nl, en or fr`,
    ritDecision: (v: string) => `--rit-decision ${v}: use A, B or C with a date, e.g. A:2026-03-02`,
    ritOnlyBe: '--rit-requested and --rit-decision apply to BE only',
    ritDecisionAlone: '--rit-decision needs --rit-requested as well',
  },
  fr: {
    needJurisdiction: '--jurisdiction manque : indiquez NL ou BE',
    jurisdiction: (v: string) => `pays inconnu ${v} : choisissez NL ou BE`,
    needSick: 'indiquez au moins une période de maladie avec --sick DÉBUT[:FIN]',
    range: (f: string, v: string) => `${f} ${v} : utilisez DÉBUT:FIN au format AAAA-MM-JJ:AAAA-MM-JJ`,
    sickRange: (v: string) =>
      `--sick ${v} : utilisez DÉBUT ou DÉBUT:FIN au format AAAA-MM-JJ, éventuellement avec ,partial=PCT et ,different-illness`,
    differentBe: (v: string) =>
      `--sick ${v} : different-illness ne vaut que pour BE (aux Pays-Bas, les périodes s’additionnent quelle que soit la cause)`,
    employees: (v: string) => `--employees ${v} : indiquez le nombre de travailleurs en nombre entier à partir de 1`,
    lang: (v: string) => `--lang ${v} : choisissez nl, en ou fr`,
    ritDecision: (v: string) => `--rit-decision ${v} : utilisez A, B ou C avec une date, p. ex. A:2026-03-02`,
    ritOnlyBe: '--rit-requested et --rit-decision ne valent que pour BE',
    ritDecisionAlone: '--rit-decision ne s’utilise qu’avec --rit-requested',
  },
} as const;

const OPTIONS = {
  jurisdiction: { type: 'string' },
  sick: { type: 'string', multiple: true },
  today: { type: 'string' },
  employees: { type: 'string' },
  maternity: { type: 'string' },
  'rit-requested': { type: 'string' },
  'rit-decision': { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...LEGAL_OPTIONS,
} as const;

export function parseDeadlinesArgs(args: string[], lang: CliLang, defaultToday: string): DeadlinesArgs {
  const m = MESSAGES[lang];
  const v = parseFlags(args, OPTIONS, lang);
  if (v.help) return { facts: { jurisdiction: 'NL', sickPeriods: [] }, options: {}, today: defaultToday, lang, json: false, help: true };

  if (v.lang !== undefined && !CLI_LANGS.includes(v.lang)) throw new CliUsageError(m.lang(v.lang));
  if (v.jurisdiction === undefined) throw new CliUsageError(m.needJurisdiction);
  const jurisdiction = v.jurisdiction.toUpperCase();
  if (jurisdiction !== 'NL' && jurisdiction !== 'BE') {
    throw new CliUsageError(m.jurisdiction(v.jurisdiction));
  }
  if (!v.sick || v.sick.length === 0) throw new CliUsageError(m.needSick);
  const sickPeriods = v.sick.map((s) => parseSick(s, lang));
  const different = v.sick.find((s) => s.includes('different-illness'));
  if (jurisdiction === 'NL' && different) throw new CliUsageError(m.differentBe(different));
  const today = v.today === undefined ? defaultToday : date(v.today, '--today', lang);

  let employerSize: number | null = null;
  if (v.employees !== undefined) {
    if (!/^\d+$/.test(v.employees) || Number(v.employees) < 1) throw new CliUsageError(m.employees(v.employees));
    employerSize = Number(v.employees);
  }

  let maternityLeave = null;
  if (v.maternity !== undefined) {
    const parts = v.maternity.split(':');
    if (parts.length !== 2) throw new CliUsageError(m.range('--maternity', v.maternity));
    const start = date(parts[0]!, `--maternity ${v.maternity}`, lang);
    const end = date(parts[1]!, `--maternity ${v.maternity}`, lang);
    maternityLeave = { start, end };
  }

  const rit = parseRit(v['rit-requested'], v['rit-decision'], jurisdiction, lang);
  const milestonesDone = parseDone(v.done, lang);
  for (const d of milestonesDone) date(d.on, `--done ${d.id}:${d.on}`, lang);
  const facts: CaseFacts = { jurisdiction, employerSize, sickPeriods, maternityLeave, rit, milestonesDone };
  const legal = parseLegal(v, facts, lang);
  return {
    facts: legal ? { ...facts, legal } : facts,
    options: parseOptions(v, lang),
    today,
    lang,
    json: v.json ?? false,
    help: false,
  };
}

/** `START[:END]`, then optional `,partial=PCT` (share of hours still unfit) and `,different-illness` (BE). */
function parseSick(value: string, lang: CliLang): SickPeriod {
  const [range, ...extras] = value.split(',');
  const parts = range!.split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) throw new CliUsageError(MESSAGES[lang].sickRange(value));
  const start = date(parts[0]!, `--sick ${value}`, lang);
  const end = parts[1] === undefined ? null : date(parts[1], `--sick ${value}`, lang);
  let period: SickPeriod = { start, end, kind: 'full' };
  for (const extra of extras) {
    const pct = /^partial=(\d{1,2})$/.exec(extra);
    if (pct) period = { ...period, kind: 'partial', percentage: Number(pct[1]) };
    else if (extra === 'different-illness') period = { ...period, differentIllness: true };
    else throw new CliUsageError(MESSAGES[lang].sickRange(value));
  }
  return period;
}

function parseRit(requested: string | undefined, decision: string | undefined, jurisdiction: string, lang: CliLang): RitState | null {
  const m = MESSAGES[lang];
  if (requested === undefined && decision === undefined) return null;
  if (jurisdiction !== 'BE') throw new CliUsageError(m.ritOnlyBe);
  if (requested === undefined) throw new CliUsageError(m.ritDecisionAlone);
  const requestedOn = date(requested, '--rit-requested', lang);
  if (decision === undefined) return { requestedOn, decision: null };
  const match = /^([ABCabc]):(.+)$/.exec(decision);
  if (!match) throw new CliUsageError(m.ritDecision(decision));
  const kind = match[1]!.toUpperCase() as 'A' | 'B' | 'C';
  return { requestedOn, decision: { kind, on: date(match[2]!, `--rit-decision ${decision}`, lang) } };
}

function date(value: string, flag: string, lang: CliLang): string {
  try {
    return requireIsoDate(value, flag);
  } catch (e) {
    if (isDomainError(e)) throw new CliUsageError(`${flag}: ${domainErrorText(e, cliLocale(lang))}`);
    throw e;
  }
}
