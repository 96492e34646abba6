// Figures: the absence figures per month or per quarter, each as a chart and in one table, with
// the small-group rule said in words on the page.
import type { Lang } from '../../core/i18n';
import { PHASES } from '../../domain/case';
import type { PeriodFigures } from '../../domain/figures/absence-figures';
import type { PeriodKind } from '../../domain/figures/periods';
import type { Guarded } from '../../domain/figures/small-groups';
import { phaseLabel } from '../../domain/labels';
import type { WebTexts } from '../i18n';
import { html, type Markup } from '../markup';
import { barChart, type Bar } from './charts';

export interface FiguresPageInput {
  lang: Lang;
  t: WebTexts;
  kind: PeriodKind;
  figures: PeriodFigures[];
  today: string;
  workforce: { size: number | null; fte: boolean };
}

const MONTHS: Record<Lang, string[]> = {
  'nl-NL': ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  'nl-BE': ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  'fr-BE': ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

export function periodLabel(id: string, lang: Lang): string {
  const [year, part] = id.split('-');
  // A quarter is a "trimestre" in French: T1 2026.
  if (part!.startsWith('Q')) return `${lang === 'fr-BE' ? `T${part!.slice(1)}` : part} ${year}`;
  return `${MONTHS[lang][Number(part) - 1]} ${year!.slice(2)}`;
}

export function figuresPage(p: FiguresPageInput): Markup {
  const { t, lang, figures } = p;
  const f = t.figures;
  const num = (x: number, digits = 1) => x.toLocaleString(lang, { maximumFractionDigits: digits });
  const cell = (g: Guarded<number> | null, show: (v: number) => string) => (g === null ? t.none : g.shown ? show(g.value) : f.hidden);
  const bars = (pick: (x: PeriodFigures) => Guarded<number> | null, show: (v: number) => string): Bar[] =>
    figures.map((x) => {
      const g = pick(x);
      return { label: periodLabel(x.period.id, lang), value: g && g.shown ? g.value : null, text: g && g.shown ? show(g.value) : '' };
    });
  // French puts a space before the percent sign: "12,5 %".
  const percent = lang === 'fr-BE' ? '\u00a0%' : '%';
  const pct = (v: number) => `${num(v)}${percent}`;
  const share = (v: number) => `${num(v * 100, 0)}${percent}`;
  const metrics: Array<{ id: string; title: string; help: string; pick: (x: PeriodFigures) => Guarded<number> | null; show: (v: number) => string }> = [
    { id: 'pct', title: f.absencePercentage, help: f.absencePercentageHelp, pick: (x) => x.absencePercentage, show: pct },
    { id: 'reports', title: f.reports, help: f.reportsHelp, pick: (x) => x.reports, show: (v) => num(v, 0) },
    { id: 'freq', title: f.reportFrequency, help: f.reportFrequencyHelp, pick: (x) => x.reportFrequency, show: (v) => num(v, 2) },
    { id: 'duration', title: f.averageDuration, help: f.averageDurationHelp, pick: (x) => x.averageDuration, show: (v) => num(v, 1) },
    { id: 'ontime', title: f.onTime, help: f.onTimeHelp, pick: (x) => x.onTime, show: share },
    { id: 'contact', title: f.firstContact, help: f.firstContactHelp, pick: (x) => x.daysToFirstContact, show: (v) => num(v, 1) },
  ];
  const withSize = metrics.filter((m) => p.workforce.size !== null || (m.id !== 'pct' && m.id !== 'freq'));
  const latest = figures[figures.length - 1];
  const runningNote = (x: PeriodFigures) => (x.period.end > p.today ? html` <span class="muted">(${f.running})</span>` : '');

  return html`<h1>${f.title}</h1>
<p class="lead">${f.intro}</p>
<nav class="switch" aria-label="${f.period}"><a href="/figures"${p.kind === 'month' ? html` aria-current="page"` : ''}>${f.perMonth}</a> <a href="/figures?by=quarter"${p.kind === 'quarter' ? html` aria-current="page"` : ''}>${f.perQuarter}</a></nav>
<p class="note">${f.hiddenNote}</p>
<p>${p.workforce.size === null ? f.noSize : f.sizeUsed(p.workforce.size, p.workforce.fte)}</p>
<div class="charts">
${withSize.map((m) => html`<section class="metric"><h2>${m.title}</h2><p class="muted">${m.help}</p>${barChart(`chart-${m.id}`, f.chartOf(m.title), bars(m.pick, m.show))}</section>`)}
${
  latest
    ? html`<section class="metric"><h2>${f.byPhase}</h2><p class="muted">${f.byPhaseHelp} ${periodLabel(latest.period.id, lang)}</p>${barChart(
        'chart-phases',
        f.chartOf(f.byPhase),
        PHASES.map((ph) => {
          const v = latest.byPhase.total.shown ? latest.byPhase.phases[ph] : null;
          return { label: phaseLabel(ph, lang), value: v, text: v === null ? '' : String(v) };
        }),
      )}</section>`
    : ''
}
</div>
<h2>${f.table}</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="${f.table}"><table class="figures">
<thead><tr><th scope="col">${f.period}</th>${withSize.map((m) => html`<th scope="col">${m.title}</th>`)}<th scope="col">${f.byPhase}: ${f.total}</th>${PHASES.map((ph) => html`<th scope="col">${phaseLabel(ph, lang)}</th>`)}</tr></thead>
<tbody>${figures.map(
    (x) => html`<tr><th scope="row">${periodLabel(x.period.id, lang)}${runningNote(x)}</th>${withSize.map((m) => html`<td class="num">${cell(m.pick(x), m.show)}</td>`)}<td class="num">${cell(x.byPhase.total, (v) => String(v))}</td>${PHASES.map(
      (ph) => html`<td class="num">${x.byPhase.total.shown ? (x.byPhase.phases[ph] ?? f.hidden) : f.hidden}</td>`,
    )}</tr>`,
  )}</tbody></table></div>`;
}
