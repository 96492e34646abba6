// Case: the facts as a summary list, the case file as a task list with its download, the legal
// timeline (due, done, late), the contact log and the escalations with their state. Never check-in
// answers, scores or notes, as in the chat.
import type { Lang } from '../../core/i18n';
import { texts } from '../../core/i18n';
import type { IsoDate } from '../../domain/case';
import { completenessText, fileTaskHint, fileTaskName, fileTaskStatusLabel, type FileTask } from '../../domain/dossier';
import { milestoneLabel, phaseLabel, responsibleLabel, statusLabel } from '../../domain/labels';
import type { CaseDetail } from '../data/case-detail';
import type { WebTexts } from '../i18n';
import { html, type Markup } from '../markup';
import { escalationBlock } from './escalation-block';
import { day, dayAndDistance } from './format';

export interface CasePageInput {
  lang: Lang;
  t: WebTexts;
  today: IsoDate;
  detail: CaseDetail;
  csrf: string | null;
  formId: string;
  /** The file can be downloaded here: a browser session (the Teams tab sends its token per request, a plain link would not). */
  download: boolean;
}

export function casePage(p: CasePageInput): Markup {
  const { t, lang, detail: d, today } = p;
  const c = d.c;
  const chat = texts(lang);
  const summary: Array<[string, Markup | string]> = [
    [t.cases.columns.manager, d.manager],
    [t.cases.columns.country, t.countries[c.jurisdiction] ?? c.jurisdiction],
    [t.cases.columns.phase, phaseLabel(c.phase, lang)],
    [t.case.sickSince, day(d.report?.caseStart ?? c.sickPeriods[0]?.start, lang)],
    [t.cases.columns.sickDays, String(d.report?.sickDays ?? t.none)],
  ];
  if (c.expectedReturn) summary.push([t.case.expectedReturn, day(c.expectedReturn, lang)]);
  summary.push([t.case.status, c.status === 'closed' ? t.case.closed(day(c.closedOn, lang)) : t.case.open]);
  if (d.openedBy) summary.push([t.case.openedBy, d.openedBy]);

  return html`<p class="back"><a href="/">${t.case.back}</a></p>
<h1>${d.employee}</h1>
<h2>${t.case.summary}</h2>
<dl class="summary">${summary.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>
${fileBlock(p)}
<h2>${t.case.timeline}</h2>
${
  d.report
    ? html`<div class="table-wrap" tabindex="0" role="region" aria-label="${t.case.timeline}"><table>
<thead><tr><th scope="col">${t.case.step}</th><th scope="col">${t.case.due}</th><th scope="col">${t.case.who}</th><th scope="col">${t.case.state}</th></tr></thead>
<tbody>${d.report.milestones.map(
        (m) => html`<tr><th scope="row">${milestoneLabel(m.id, lang)}</th><td>${m.status === 'done' ? day(m.due, lang) : dayAndDistance(m.due, today, lang)}</td><td>${responsibleLabel(m.responsible, lang, m.party)}</td><td><span class="status ${m.status}">${statusLabel(m.status, lang, m.kind)}</span>${m.doneOn && m.kind !== 'event' ? html` <span class="muted">${t.case.doneOn(day(m.doneOn, lang))}</span>` : ''}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t.none}</p>`
}
<h2>${t.case.contacts}</h2>
${
  d.contacts.length === 0
    ? html`<p>${t.case.noContacts}</p>`
    : html`<div class="table-wrap" tabindex="0" role="region" aria-label="${t.case.contacts}"><table>
<thead><tr><th scope="col">${t.case.contactDate}</th><th scope="col">${t.case.contactKind}</th><th scope="col">${t.case.agreements}</th><th scope="col">${t.case.wishes}</th><th scope="col">${t.case.nextContact}</th></tr></thead>
<tbody>${d.contacts.map(
        (k) => html`<tr><th scope="row">${day(k.date, lang)}</th><td>${k.kind ? (chat.outcome.kinds as Record<string, string>)[k.kind] ?? k.kind : t.none}</td><td>${list(k.agreements.map((a) => (chat.outcome.agreementChoices as Record<string, string>)[a] ?? a), t)}</td><td>${list(k.wishes.map((w) => (chat.outcome.wishChoices as Record<string, string>)[w] ?? w), t)}</td><td>${day(k.nextContact, lang)}</td></tr>`,
      )}</tbody></table></div>`
}
${
  d.asHr
    ? html`<h2>${t.case.escalations}</h2>
${d.escalations.length === 0 ? html`<p>${t.case.noEscalations}</p>` : d.escalations.map((e, i) => escalationBlock(e.card, { actions: e.waiting, csrf: p.csrf, formId: `${p.formId}-${i}`, level: 3, openCase: null, back: `/cases/${encodeURIComponent(c.id)}` }))}`
    : ''
}
<p class="note">${t.case.notShown}</p>`;
}

/** The file as a task list: each document and view with its state, then the downloads. */
function fileBlock(p: CasePageInput): Markup {
  const { t, lang, detail: d } = p;
  const base = `/cases/${encodeURIComponent(d.c.id)}/file`;
  return html`<h2>${t.case.file}</h2>
<p>${t.case.fileIntro}</p>
${
  d.file
    ? html`<h3>${t.case.fileTasks}</h3>
<ul class="task-list">${d.file.map((task) => taskItem(task, lang))}</ul>`
    : html`<p>${t.case.fileNone}</p>`
}
${
  p.download
    ? html`<p class="downloads"><a href="${base}.pdf" download>${t.case.fileDownload}</a> <a href="${base}.json" download>${t.case.fileExport}</a></p>
${d.asHr ? html`<p class="muted">${t.case.fileAudited}</p>` : ''}`
    : html`<p class="muted">${t.case.fileInChat}</p>`
}`;
}

function taskItem(task: FileTask, lang: Lang): Markup {
  const hints = task.items.length > 0 ? task.items.map((i) => completenessText(i, lang)) : [fileTaskHint(task, lang)].filter((h): h is string => h !== null);
  return html`<li class="task"><div class="task-name">${fileTaskName(task, lang)}${hints.map((h) => html`<div class="hint">${h}</div>`)}</div><strong class="tag ${task.status}">${fileTaskStatusLabel(task.status, lang)}</strong></li>`;
}

function list(items: string[], t: WebTexts): Markup {
  return items.length === 0 ? html`${t.none}` : html`<ul class="plain">${items.map((i) => html`<li>${i}</li>`)}</ul>`;
}
