// Cases: every open case the viewer may see, filtered, sorted and paged on the server. A GOV.UK
// style table with sortable headers (aria-sort), a filter form that works without script, and a
// CSV link for exactly what the filters show.
import type { Lang } from '../../core/i18n';
import type { IsoDate } from '../../domain/case';
import { PHASES } from '../../domain/case';
import { milestoneLabel, phaseLabel } from '../../domain/labels';
import type { CaseRow, FileState } from '../data/case-rows';
import { FILE_FILTERS, queryString, type CaseQuery, type SortKey, type TablePage } from '../data/case-table';
import type { WebTexts } from '../i18n';
import { html, type Markup } from '../markup';
import { day, dayAndDistance } from './format';

export interface CasesPageInput {
  lang: Lang;
  t: WebTexts;
  today: IsoDate;
  hr: boolean;
  query: CaseQuery;
  table: TablePage;
  total: number;
  managers: Array<{ id: string; name: string }>;
}

export function casesPage(p: CasesPageInput): Markup {
  const { t, hr, table } = p;
  const c = t.cases;
  return html`<h1>${hr ? c.hrTitle : c.managerTitle}</h1>
<p class="lead">${c.intro}</p>
${p.total === 0 ? html`<p>${c.noneOpen}</p>` : html`${filterForm(p)}
<p class="count" role="status">${c.count(table.matching.length, p.total)}${
  table.matching.length > 0 ? html` · <a href="/cases.csv${queryString(p.query, { page: 1 })}" download>${c.csv(table.matching.length)}</a>` : ''
}</p>
${table.matching.length === 0 ? html`<p>${c.empty}</p>` : html`${casesTable(p)}${pager(p)}`}`}`;
}

function filterForm(p: CasesPageInput): Markup {
  const { t, query: q, hr } = p;
  const c = t.cases;
  const option = (value: string, label: string, current: string) => html`<option value="${value}"${value === current ? html` selected` : ''}>${label}</option>`;
  return html`<form method="get" action="/" class="filters" role="search" aria-label="${c.filters}">
<div class="field"><label for="q">${c.search}</label><input id="q" name="q" type="search" value="${q.q}" autocomplete="off"></div>
<div class="field"><label for="phase">${c.phase}</label><select id="phase" name="phase">${option('', c.any, q.phase)}${PHASES.map((ph) => option(ph, phaseLabel(ph, p.lang), q.phase))}</select></div>
${hr ? html`<div class="field"><label for="manager">${c.manager}</label><select id="manager" name="manager">${option('', c.any, q.manager)}${p.managers.map((m) => option(m.id, m.name, q.manager))}</select></div>` : ''}
<div class="field"><label for="country">${c.country}</label><select id="country" name="country">${option('', c.any, q.country)}${option('NL', t.countries.NL!, q.country)}${option('BE', t.countries.BE!, q.country)}</select></div>
<div class="field"><label for="file">${c.fileFilter}</label><select id="file" name="file">${option('', c.any, q.file)}${FILE_FILTERS.map((f) => option(f, c.fileFilters[f], q.file))}</select></div>
<div class="field check"><input id="overdue" name="overdue" type="checkbox" value="1"${q.overdue ? html` checked` : ''}><label for="overdue">${c.overdueOnly}</label></div>
<input type="hidden" name="sort" value="${q.sort}"><input type="hidden" name="dir" value="${q.dir}">
<div class="actions"><button type="submit">${c.apply}</button> <a href="/">${c.reset}</a></div>
</form>`;
}

function casesTable(p: CasesPageInput): Markup {
  const { t, query: q, hr, lang, today } = p;
  const col = t.cases.columns;
  const head = (key: SortKey, label: string) => {
    const active = q.sort === key;
    const dir = active && q.dir === 'asc' ? 'desc' : 'asc';
    return html`<th scope="col"${active ? html` aria-sort="${q.dir === 'asc' ? 'ascending' : 'descending'}"` : ''}><a href="/${queryString(q, { sort: key, dir, page: 1 })}">${label}<span class="sr-only"> (${t.cases.sortBy(label)})</span></a></th>`;
  };
  const row = (r: CaseRow) => html`<tr>
<th scope="row"><a href="/cases/${encodeURIComponent(r.id)}">${r.employee}</a></th>
${hr ? html`<td>${r.manager}</td>` : ''}
<td>${r.country}</td>
<td>${phaseLabel(r.phase, lang)}</td>
<td class="num">${r.sickDays ?? t.none}</td>
<td>${day(r.lastContact, lang)}</td>
<td>${dayAndDistance(r.nextContact, today, lang)}</td>
<td>${r.nextStep ? milestoneLabel(r.nextStep.id, lang) : t.none}</td>
<td${r.nextStep?.status === 'overdue' ? html` class="late"` : ''}>${r.nextStep ? dayAndDistance(r.nextStep.due, today, lang) : t.none}</td>
<td class="num${r.overdue.length > 0 ? ' late' : ''}">${r.overdue.length}</td>
${fileCell(r.file, t)}
${hr ? html`<td class="num">${r.escalations ?? 0}</td>` : ''}
</tr>`;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${hr ? t.cases.hrTitle : t.cases.managerTitle}"><table class="cases">
<thead><tr>${head('employee', col.employee)}${hr ? head('manager', col.manager) : ''}${head('country', col.country)}${head('phase', col.phase)}${head('sickDays', col.sickDays)}${head('lastContact', col.lastContact)}${head('nextContact', col.nextContact)}<th scope="col">${col.nextStep}</th>${head('due', col.due)}${head('overdue', col.overdue)}${head('file', col.file)}${hr ? head('escalations', col.escalations) : ''}</tr></thead>
<tbody>${p.table.rows.map(row)}</tbody>
</table></div>`;
}

/** The file's completeness in words: complete, or its risks and what is still to follow up. */
export function fileSummary(file: FileState | null, t: WebTexts): string {
  if (!file) return t.none;
  const f = t.cases.fileState;
  if (file.complete) return f.complete;
  return [file.risks > 0 ? f.risks(file.risks) : '', file.attention > 0 ? f.attention(file.attention) : ''].filter(Boolean).join(', ');
}

function fileCell(file: FileState | null, t: WebTexts): Markup {
  const words = fileSummary(file, t);
  if (file?.complete) return html`<td><span class="status done">${words}</span></td>`;
  return html`<td${file && file.risks > 0 ? html` class="late"` : ''}>${words}</td>`;
}

function pager(p: CasesPageInput): Markup {
  const { t, table, query: q } = p;
  if (table.pages <= 1) return html``;
  return html`<nav class="pager" aria-label="${t.cases.pages}">
${table.page > 1 ? html`<a rel="prev" href="/${queryString(q, { page: table.page - 1 })}">${t.cases.previous}</a>` : ''}
<span>${t.cases.page(table.page, table.pages)}</span>
${table.page < table.pages ? html`<a rel="next" href="/${queryString(q, { page: table.page + 1 })}">${t.cases.next}</a>` : ''}
</nav>`;
}

/** The CSV's header and rows: the table's columns, as text. */
export function casesCsv(rows: readonly CaseRow[], t: WebTexts, lang: Lang, hr: boolean): { header: string[]; rows: unknown[][] } {
  const col = t.cases.columns;
  const header = [col.employee, ...(hr ? [col.manager] : []), col.country, col.phase, col.sickDays, col.lastContact, col.nextContact, col.nextStep, col.due, col.overdue, col.file, ...(hr ? [col.escalations] : [])];
  return {
    header,
    rows: rows.map((r) => [
      r.employee,
      ...(hr ? [r.manager] : []),
      r.country,
      phaseLabel(r.phase, lang),
      r.sickDays ?? '',
      r.lastContact ?? '',
      r.nextContact ?? '',
      r.nextStep ? milestoneLabel(r.nextStep.id, lang) : '',
      r.nextStep?.due ?? '',
      r.overdue.length,
      r.file ? fileSummary(r.file, t) : '',
      ...(hr ? [r.escalations ?? 0] : []),
    ]),
  };
}
