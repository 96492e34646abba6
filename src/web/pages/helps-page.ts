// What helps: agreements before a lasting return or a relapse, and the themes of managers'
// look-backs. Counts of people only; anything under five is not shown.
import type { Lang } from '../../core/i18n';
import { texts } from '../../core/i18n';
import type { Guarded } from '../../domain/figures/small-groups';
import type { ThemeCount, WhatHelps } from '../../domain/figures/what-helps';
import { schedulerTexts } from '../../scheduler/texts';
import type { WebTexts } from '../i18n';
import { html, type Markup } from '../markup';
import { barChart } from './charts';

export function helpsPage(lang: Lang, t: WebTexts, w: WhatHelps): Markup {
  const h = t.helps;
  const n = (g: Guarded<number>) => (g.shown ? String(g.value) : h.hidden);
  const agreementLabels = texts(lang).outcome.agreementChoices as Record<string, string>;
  const lookback = schedulerTexts(lang).lookback;
  const themeTable = (caption: string, rows: ThemeCount[], labels: Record<string, string>) => html`<div class="table-wrap" tabindex="0" role="region" aria-label="${caption}"><table>
<caption>${caption}</caption>
<thead><tr><th scope="col">${h.theme}</th><th scope="col">${h.all}</th><th scope="col">${h.lasting}</th><th scope="col">${h.relapse}</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><th scope="row">${labels[r.id] ?? r.id}</th><td class="num">${n(r.all)}</td><td class="num">${n(r.lasting)}</td><td class="num">${n(r.relapse)}</td></tr>`)}</tbody></table></div>`;

  return html`<h1>${h.title}</h1>
<p class="lead">${h.intro}</p>
<p class="note">${h.definition} ${t.figures.hiddenNote}</p>
<dl class="summary"><div><dt>${h.lasting}</dt><dd>${n(w.lasting)} ${w.lasting.shown ? h.people : ''}</dd></div><div><dt>${h.relapse}</dt><dd>${n(w.relapse)} ${w.relapse.shown ? h.people : ''}</dd></div></dl>
<h2>${h.agreements}</h2>
<p class="muted">${h.agreementsHelp}</p>
<div class="charts">
${barChart('helps-lasting', `${h.agreements}: ${h.lasting}`, w.agreements.map((a) => ({ label: agreementLabels[a.id] ?? a.id, value: a.lasting.shown ? a.lasting.value : null, text: n(a.lasting) })))}
${barChart('helps-relapse', `${h.agreements}: ${h.relapse}`, w.agreements.map((a) => ({ label: agreementLabels[a.id] ?? a.id, value: a.relapse.shown ? a.relapse.value : null, text: n(a.relapse) })))}
</div>
<div class="table-wrap" tabindex="0" role="region" aria-label="${h.agreements}"><table>
<caption>${h.agreements}</caption>
<thead><tr><th scope="col">${h.agreement}</th><th scope="col">${h.lasting}</th><th scope="col">${h.relapse}</th></tr></thead>
<tbody>${w.agreements.map((a) => html`<tr><th scope="row">${agreementLabels[a.id] ?? a.id}</th><td class="num">${n(a.lasting)}</td><td class="num">${n(a.relapse)}</td></tr>`)}</tbody></table></div>
<h2>${h.lookbacks}</h2>
<p class="muted">${h.lookbacksHelp}</p>
${themeTable(h.helped, w.helped, lookback.helpedChoices)}
${themeTable(h.different, w.different, lookback.differentChoices)}`;
}
