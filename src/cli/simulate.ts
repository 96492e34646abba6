// `herstart simulate`: one case, nobody responding, through a virtual clock. Prints every message
// each role would get: when (local time), to whom, what kind, which milestone or rule. HR can see
// at a glance what Herstart will do; `--json` gives the same for scripts and tests.
import { formatDay, milestoneLabel, type Locale } from '../domain/labels';
import type { SimulatedMessage, SimulationResult } from '../scheduler/simulation';
import { cliLocale, localeFromArgs, type CliCommand, type CliLang } from './command';
import { parseSimulateArgs } from './simulate-args';

const USAGE = `Usage: herstart simulate --jurisdiction NL|BE --from YYYY-MM-DD [--weeks N] [--employees N]
         [--lang nl|en|fr] [--json]

Runs one sickness case from its first sick day (--from) for N weeks (default 60) with nobody
responding, and lists every message Herstart would send to the manager, HR and the employee.
--employees is the size of the employer (some Belgian duties depend on it; default 50).
`;

export const simulateCommand: CliCommand = {
  summary: 'what Herstart would send for one case when nobody responds',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseSimulateArgs(args, localeFromArgs(args));
    if (parsed.help) {
      io.out(USAGE);
      return 0;
    }
    const locale = cliLocale(parsed.lang, parsed.jurisdiction);
    // Loaded only when used: the store and the scheduler would slow every other command's start.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { simulate } = require('../scheduler/simulation') as typeof import('../scheduler/simulation');
    const result = await simulate({ ...parsed, locale });
    io.out(parsed.json ? `${JSON.stringify(result.messages.map(toJson))}\n` : renderTable(result, parsed, locale));
    return 0;
  },
};

/** The documented `--json` shape and nothing more. */
function toJson(m: SimulatedMessage) {
  return { at: m.at, to: m.to, kind: m.kind, milestone: m.milestone, rule: m.rule };
}

const WORDS = {
  nl: {
    rule: 'regel',
    title: (j: string, from: string, weeks: number) => `Simulatie ${j}: eerste ziektedag ${from}, ${weeks} weken, niemand reageert`,
    times: (tz: string) => `Tijden in ${tz}. Berichten met meerdere regels komen als één bericht aan.`,
    to: { manager: 'leidinggevende', hr: 'HR', employee: 'medewerker' } as Record<string, string>,
    kinds: {
      milestone: 'wettelijke stap',
      contact: 'contact',
      lookback: 'terugblik',
      contact_request: 'verzoek om gesprek',
      escalation: 'escalatie',
      checkin_invite: 'uitnodiging check-in',
      checkin: 'check-in',
    } as Record<string, string>,
    total: (to: string, messages: number, items: number) =>
      `${to}: ${messages} ${messages === 1 ? 'bericht' : 'berichten'} (${items} ${items === 1 ? 'onderwerp' : 'onderwerpen'})`,
    none: 'Geen berichten in deze periode.',
  },
  en: {
    rule: 'rule',
    title: (j: string, from: string, weeks: number) => `Simulation ${j}: first sick day ${from}, ${weeks} weeks, nobody responds`,
    times: (tz: string) => `Times in ${tz}. Lines sharing a message number arrive as one message.`,
    to: { manager: 'manager', hr: 'HR', employee: 'employee' } as Record<string, string>,
    kinds: {
      milestone: 'legal step',
      contact: 'contact',
      lookback: 'look-back',
      contact_request: 'call request',
      escalation: 'escalation',
      checkin_invite: 'check-in invitation',
      checkin: 'check-in',
    } as Record<string, string>,
    total: (to: string, messages: number, items: number) =>
      `${to}: ${messages} ${messages === 1 ? 'message' : 'messages'} (${items} ${items === 1 ? 'item' : 'items'})`,
    none: 'No messages in this period.',
  },
  fr: {
    rule: 'règle',
    title: (j: string, from: string, weeks: number) => `Simulation ${j} : premier jour de maladie ${from}, ${weeks} semaines, personne ne réagit`,
    times: (tz: string) => `Heures en ${tz}. Les lignes qui partagent un numéro de message arrivent en un seul message.`,
    to: { manager: 'responsable', hr: 'RH', employee: 'travailleur' } as Record<string, string>,
    kinds: {
      milestone: 'étape légale',
      contact: 'contact',
      lookback: 'bilan',
      contact_request: 'demande d’échange',
      escalation: 'alerte',
      checkin_invite: 'invitation check-in',
      checkin: 'check-in',
    } as Record<string, string>,
    total: (to: string, messages: number, items: number) =>
      `${to} : ${messages} message${messages === 1 ? '' : 's'} (${items} ${items === 1 ? 'sujet' : 'sujets'})`,
    none: 'Aucun message pendant cette période.',
  },
};

function renderTable(result: SimulationResult, args: { jurisdiction: string; from: string; weeks: number; lang: CliLang }, locale: Locale): string {
  const w = WORDS[args.lang];
  const lines = [w.title(args.jurisdiction, formatDay(args.from, locale), args.weeks), w.times(result.timeZone), ''];
  if (result.messages.length === 0) lines.push(w.none);
  for (const m of result.messages) {
    const when = `${m.at.slice(0, 10)} ${m.at.slice(11, 16)}`;
    const about = m.milestone ? `${m.milestone} (${milestoneLabel(m.milestone, locale)})` : '';
    const what = [m.rule ? `${w.rule} ${m.rule}` : '', about].filter(Boolean).join(' · ');
    lines.push(`${when}  #${String(m.message).padEnd(4)} ${(w.to[m.to] ?? m.to).padEnd(15)} ${(w.kinds[m.kind] ?? m.kind).padEnd(19)} ${what}`.trimEnd());
  }
  lines.push('');
  for (const to of ['manager', 'hr', 'employee'] as const) {
    const mine = result.messages.filter((m) => m.to === to);
    lines.push(w.total(w.to[to]!, new Set(mine.map((m) => m.message)).size, mine.length));
  }
  return `${lines.join('\n')}\n`;
}
