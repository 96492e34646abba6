// The readable `herstart deadlines` output: a short header, then one row per milestone.
import type { DeadlineReport } from '../domain/deadlines';
import { formatDay, milestoneLabel, regimeLabel, responsibleLabel, statusLabel, type Locale } from '../domain/labels';

const WORDS = {
  nl: {
    country: { NL: 'Nederland', BE: 'België' },
    firstDay: 'Eerste ziektedag',
    sickDays: (n: number, today: string) => `${n} ziektedag${n === 1 ? '' : 'en'} tot en met ${today}`,
    head: ['Mijlpaal', 'Uiterlijk', 'Vanaf', 'Status', 'Wie'],
    earlier: (start: string) =>
      `Periodes vóór ${start} vormen een eerder verzuimgeval en tellen hier niet mee.`,
    notSick: 'Niet ziek op de peildatum: mijlpalen na het herstel vervallen, tenzij een nieuwe ziekmelding het dossier voortzet.',
    ritFrom: (d: string) => `Een re-integratietraject kan de werkgever aanvragen vanaf ${d}.`,
    sizeUnknown: 'Aantal werknemers onbekend (--employees): plichten die van de omvang afhangen staan er voor de zekerheid bij.',
    none: 'Geen mijlpalen.',
  },
  en: {
    country: { NL: 'Netherlands', BE: 'Belgium' },
    firstDay: 'First sick day',
    sickDays: (n: number, today: string) => `${n} sick day${n === 1 ? '' : 's'} up to and including ${today}`,
    head: ['Milestone', 'Due', 'From', 'Status', 'Who'],
    earlier: (start: string) => `Periods before ${start} form an earlier case and do not count here.`,
    notSick: 'Not sick on this date: milestones after the recovery lapse unless a new sick report continues the case.',
    ritFrom: (d: string) => `The employer may request a re-integration trajectory from ${d}.`,
    sizeUnknown: 'Number of employees unknown (--employees): duties that depend on it are listed to be safe.',
    none: 'No milestones.',
  },
  fr: {
    country: { NL: 'Pays-Bas', BE: 'Belgique' },
    firstDay: 'Premier jour de maladie',
    sickDays: (n: number, today: string) => `${n} jour${n === 1 ? '' : 's'} de maladie jusqu’au ${today} inclus`,
    head: ['Étape', 'Au plus tard', 'À partir du', 'Statut', 'Qui'],
    earlier: (start: string) => `Les périodes avant le ${start} forment une absence antérieure et ne comptent pas ici.`,
    notSick:
      'Pas malade à cette date : les étapes postérieures au rétablissement tombent, sauf si une nouvelle absence pour maladie prolonge le dossier.',
    ritFrom: (d: string) => `L’employeur peut demander un trajet de réintégration à partir du ${d}.`,
    sizeUnknown:
      'Nombre de travailleurs inconnu (--employees) : les obligations qui en dépendent sont reprises par précaution.',
    none: 'Aucune étape.',
  },
} as const;

const WORDS_OF: Record<Locale, keyof typeof WORDS> = { 'nl-NL': 'nl', 'nl-BE': 'nl', en: 'en', 'fr-BE': 'fr' };

export function renderDeadlinesTable(report: DeadlineReport, locale: Locale, employerSizeKnown: boolean): string {
  const w = WORDS[WORDS_OF[locale]];
  const day = (d: string) => formatDay(d, locale);
  const lines: string[] = [
    `${w.country[report.jurisdiction]} · ${regimeLabel(report.regime, locale)}`,
    `${w.firstDay} ${day(report.caseStart)} · ${w.sickDays(report.sickDays, day(report.today))}`,
  ];
  const notes: string[] = [];
  if (report.earlierCases > 0) notes.push(w.earlier(day(report.caseStart)));
  if (!report.sickToday && report.today >= report.caseStart) notes.push(w.notSick);
  if (report.ritPossibleFrom && report.regime === 'be.pre2026') notes.push(w.ritFrom(day(report.ritPossibleFrom)));
  if (report.jurisdiction === 'BE' && !employerSizeKnown && report.regime === 'be.2026') notes.push(w.sizeUnknown);
  lines.push(...notes, '');

  if (report.milestones.length === 0) return [...lines, w.none, ''].join('\n');
  const rows = report.milestones.map((m) => [
    milestoneLabel(m.id, locale),
    day(m.due),
    m.windowStart ? day(m.windowStart) : '',
    statusLabel(m.status, locale, m.kind),
    responsibleLabel(m.responsible, locale, m.party),
  ]);
  const table = [[...w.head], ...rows];
  const widths = w.head.map((_, i) => Math.max(...table.map((r) => [...r[i]!].length)));
  for (const r of table) lines.push(r.map((cell, i) => pad(cell, i === r.length - 1 ? 0 : widths[i]!)).join('  ').trimEnd());
  return lines.join('\n') + '\n';
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}
