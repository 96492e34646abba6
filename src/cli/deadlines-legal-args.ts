// `herstart deadlines` flags for what a case carries beyond its sick periods: steps done, the
// Dutch legal events (wage sanction, postponed WIA, early IVA, second track, expert opinions,
// safety net), and the organisation's days off and rule settings. The events go through the
// same domain functions as the chat, so the CLI refuses exactly what the chat refuses.
import type { Case, MilestoneCompletion } from '../domain/case';
import type { CaseFacts } from '../domain/deadlines';
import { domainErrorText } from '../domain/error-text';
import { isDomainError } from '../domain/errors';
import { recordLegalEvent, type LegalEventInput } from '../domain/legal/events';
import type { LegalRecord } from '../domain/legal/types';
import type { RuleSettings } from '../domain/rules/settings';
import { deadlineOptionsFor, ruleFieldsProblem } from '../domain/rules/tenant-options';
import { cliLocale, CliUsageError, type CliLang } from './command';

export type { CliLang };

/** The raw flag values this module reads (parseArgs output). */
export interface LegalFlagValues {
  done?: string[];
  'wage-sanction'?: string;
  'sanction-shortened'?: string;
  'postponed-wia'?: string;
  'early-iva'?: string;
  'second-track-decision'?: string;
  'labour-expert'?: string;
  'second-track'?: string;
  'expert-opinion'?: string[];
  'safety-net'?: string;
  'days-off'?: string;
  rule?: string[];
}

export const LEGAL_OPTIONS = {
  done: { type: 'string', multiple: true },
  'wage-sanction': { type: 'string' },
  'sanction-shortened': { type: 'string' },
  'postponed-wia': { type: 'string' },
  'early-iva': { type: 'string' },
  'second-track-decision': { type: 'string' },
  'labour-expert': { type: 'string' },
  'second-track': { type: 'string' },
  'expert-opinion': { type: 'string', multiple: true },
  'safety-net': { type: 'string' },
  'days-off': { type: 'string' },
  rule: { type: 'string', multiple: true },
} as const;

const FORMATS: Record<string, string> = {
  done: 'ID:DATE, e.g. nl.problem_analysis:2026-02-10',
  'wage-sanction': 'DECIDED:ENDS',
  'sanction-shortened': 'REQUESTED[:DECIDED[:ENDS]]',
  'postponed-wia': 'AGREED:ENDS',
  'early-iva': 'APPLIED[:granted|refused:DATE]',
  'second-track-decision': 'yes|no:DATE',
  'labour-expert': 'DATE',
  'second-track': 'START[:PROVIDER]',
  'expert-opinion': 'REQUESTED:employer|employee:own_work|efforts|suitable_work[:ANSWERED]',
  'safety-net': 'day_4|week_6',
  'days-off': 'DATE,DATE,... (YYYY-MM-DD or yearly MM-DD)',
  rule: 'NAME=VALUE, e.g. nlSecondTrackStartDays=56',
};

function bad(flag: string, value: string, lang: CliLang): CliUsageError {
  const use = { nl: 'gebruik', en: 'use', fr: 'utilisez' }[lang];
  return new CliUsageError(`--${flag} ${value}: ${use} ${FORMATS[flag]}`);
}

function parts(flag: string, value: string, min: number, max: number, lang: CliLang): string[] {
  const p = value.split(':');
  if (p.length < min || p.length > max || p.some((x) => x === '')) throw bad(flag, value, lang);
  return p;
}

/** Steps done (`--done`), validated by computeDeadlines and completeMilestone's rules later. */
export function parseDone(values: readonly string[] | undefined, lang: CliLang): MilestoneCompletion[] {
  return (values ?? []).map((v) => {
    const [id, on] = parts('done', v, 2, 2, lang);
    return { id: id!, on: on! };
  });
}

/** The legal events in the order the law has them, so a shortening follows its sanction. */
function legalInputs(v: LegalFlagValues, caseStart: string, lang: CliLang): LegalEventInput[] {
  const out: LegalEventInput[] = [];
  if (v['safety-net'] !== undefined) out.push({ event: 'safety_net', on: caseStart, reportTerm: v['safety-net'] as never });
  const opinions = (v['expert-opinion'] ?? []).map((o) => parts('expert-opinion', o, 3, 4, lang));
  for (const [on, by, topic] of opinions) out.push({ event: 'expert_opinion', on: on!, by: by as never, topic: topic as never });
  opinions.forEach(([, , , answered], i) => {
    if (answered) out.push({ event: 'expert_opinion_answer', on: answered, request: i });
  });
  if (v['early-iva'] !== undefined) {
    const p = parts('early-iva', v['early-iva'], 1, 3, lang);
    if (p.length === 2 || (p[1] && p[1] !== 'granted' && p[1] !== 'refused')) throw bad('early-iva', v['early-iva'], lang);
    out.push({ event: 'early_iva', on: p[0]! });
    if (p[2]) out.push({ event: 'early_iva_outcome', on: p[2], granted: p[1] === 'granted' });
  }
  if (v['labour-expert'] !== undefined) out.push({ event: 'labour_expert', on: parts('labour-expert', v['labour-expert'], 1, 1, lang)[0]! });
  if (v['second-track-decision'] !== undefined) {
    const [answer, on] = parts('second-track-decision', v['second-track-decision'], 2, 2, lang);
    if (answer !== 'yes' && answer !== 'no') throw bad('second-track-decision', v['second-track-decision'], lang);
    out.push({ event: 'second_track_decision', on: on!, needed: answer === 'yes' });
  }
  if (v['second-track'] !== undefined) {
    const [on, ...provider] = v['second-track'].split(':');
    if (!on) throw bad('second-track', v['second-track'], lang);
    out.push({ event: 'second_track_start', on, provider: provider.join(':') || null });
  }
  if (v['postponed-wia'] !== undefined) {
    const [on, endsOn] = parts('postponed-wia', v['postponed-wia'], 2, 2, lang);
    out.push({ event: 'wia_postponement', on: on!, endsOn: endsOn! });
  }
  if (v['wage-sanction'] !== undefined) {
    const [on, endsOn] = parts('wage-sanction', v['wage-sanction'], 2, 2, lang);
    out.push({ event: 'wage_sanction', on: on!, endsOn: endsOn! });
  }
  if (v['sanction-shortened'] !== undefined) {
    const [requested, decided, endsOn] = parts('sanction-shortened', v['sanction-shortened'], 1, 3, lang);
    out.push({ event: 'sanction_shortening_request', on: requested! });
    if (decided) out.push({ event: 'sanction_shortening_decision', on: decided, endsOn: endsOn ?? null });
  }
  return out;
}

/**
 * The legal record the flags describe, built by the domain's own event functions on a stand-in
 * case, so every limit (52 weeks, 13 weeks, weeks 3 to 68...) is checked the same way.
 */
export function parseLegal(v: LegalFlagValues, facts: CaseFacts, lang: CliLang): LegalRecord | null {
  const caseStart = facts.sickPeriods[0]?.start;
  if (!caseStart) return null;
  const inputs = legalInputs(v, caseStart, lang);
  if (inputs.length === 0) return null;
  let c: Case = {
    id: 'cli',
    tenantId: 'cli',
    employeeId: 'cli',
    managerId: 'cli',
    jurisdiction: facts.jurisdiction,
    employerSize: facts.employerSize ?? 1,
    sickPeriods: [...facts.sickPeriods],
    maternityLeave: facts.maternityLeave ?? null,
    phase: 'dropout',
    phaseHistory: [],
    milestonesDone: [],
    status: 'open',
    createdAt: '',
  };
  for (const input of inputs) {
    try {
      c = recordLegalEvent(c, input);
    } catch (e) {
      if (isDomainError(e)) throw new CliUsageError(`--${flagOf(input)}: ${domainErrorText(e, cliLocale(lang))}`);
      throw e;
    }
  }
  return c.legal ?? null;
}

function flagOf(input: LegalEventInput): string {
  switch (input.event) {
    case 'safety_net':
      return 'safety-net';
    case 'expert_opinion':
    case 'expert_opinion_answer':
      return 'expert-opinion';
    case 'early_iva':
    case 'early_iva_outcome':
      return 'early-iva';
    case 'labour_expert':
      return 'labour-expert';
    case 'second_track_decision':
      return 'second-track-decision';
    case 'second_track_start':
      return 'second-track';
    case 'wia_postponement':
      return 'postponed-wia';
    case 'wage_sanction':
      return 'wage-sanction';
    default:
      return 'sanction-shortened';
  }
}

/** `--days-off` and `--rule NAME=VALUE` as deadline options, refused with one line when wrong. */
export function parseOptions(v: LegalFlagValues, lang: CliLang): Partial<RuleSettings> {
  const daysOff = v['days-off'] === undefined ? [] : v['days-off'].split(',').map((d) => d.trim());
  const rules: Record<string, number | boolean> = {};
  for (const r of v.rule ?? []) {
    const m = /^([A-Za-z0-9]+)=(.+)$/.exec(r);
    if (!m) throw bad('rule', r, lang);
    rules[m[1]!] = m[2] === 'true' ? true : m[2] === 'false' ? false : /^-?\d+$/.test(m[2]!) ? Number(m[2]) : (m[2] as never);
  }
  const problem = ruleFieldsProblem({ rules, daysOff });
  // The setting's name and the rule it breaks read the same in both languages.
  if (problem) throw new CliUsageError(problem);
  return deadlineOptionsFor({ rules, daysOff });
}
