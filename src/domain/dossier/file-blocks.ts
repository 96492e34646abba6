// Blocks every file has, whatever the country: the cover, the completeness check, the legal
// timeline, a document with its versions and views, and the contact log.
import type { Case, IsoDate } from '../case';
import { daysBetween } from '../dates';
import type { DeadlineReport, MilestoneDeadline } from '../deadlines';
import { formatDay, milestoneLabel, regimeLabel, statusLabel, type Locale } from '../labels';
import type { CompletenessItem, FileCompleteness } from './completeness';
import { DOCUMENT_SPECS } from './document-types';
import { choiceLabel, documentRows, documentTitle } from './document-text';
import type { FileBlock, FileNames, Tone } from './file-model';
import { latest, type CaseDocument, type DocumentVersion, type EmployeeView, type FileRecord } from './records';
import { fileTexts } from './texts';
import { legalEntries, type LegalEntry } from '../legal/entries';
import { expertTopicLabel, legalEventLabel, requestingPartyLabel, safetyNetTermLabel } from '../legal/labels';

const day = (d: IsoDate, locale: Locale) => formatDay(d, locale);

export function coverBlocks(c: Case, report: DeadlineReport, names: FileNames, caseManager: string | null, locale: Locale): FileBlock[] {
  const t = fileTexts(locale).file;
  const rows = [
    { label: t.employer, value: names.employer || '—' },
    { label: t.employee, value: names.employee },
    { label: t.manager, value: names.manager },
  ];
  if (caseManager) rows.push({ label: t.caseManager, value: caseManager });
  rows.push(
    { label: t.firstSickDay, value: day(report.caseStart, locale) },
    { label: t.sickDays, value: String(report.sickDays) },
    { label: t.jurisdiction, value: regimeLabel(report.regime, locale) },
    { label: t.status, value: c.status === 'closed' && c.closedOn ? t.closed(day(c.closedOn, locale)) : t.open },
  );
  return [{ type: 'facts', rows }, { type: 'paragraph', text: t.noMedical, tone: 'muted' }];
}

export function completenessText(i: CompletenessItem, locale: Locale): string {
  const t = fileTexts(locale);
  const step = i.milestoneId ? milestoneLabel(i.milestoneId, locale) : '';
  const doc = i.documentType ? t.documents[i.documentType] : '';
  const d = (x: IsoDate | null) => (x ? day(x, locale) : '');
  switch (i.code) {
    case 'step_overdue':
      return t.completeness.step_overdue(step, d(i.due), i.count);
    case 'step_late':
      return t.completeness.step_late(step, d(i.due), d(i.doneOn), i.count);
    case 'document_missing':
      return t.completeness.document_missing(doc, step);
    case 'evaluations_missed':
      return t.completeness.evaluations_missed(i.count, d(i.due), i.doneOn ? d(i.doneOn) : null);
    case 'view_missing':
      return t.completeness.view_missing(doc, d(i.doneOn));
    case 'view_awaited':
      return t.completeness.view_awaited(doc, d(i.doneOn));
  }
}

export function completenessBlocks(check: FileCompleteness, locale: Locale): FileBlock[] {
  const t = fileTexts(locale).file;
  if (check.complete) return [{ type: 'paragraph', text: t.complete, tone: 'good' }];
  return [
    { type: 'paragraph', text: t.incomplete(check.items.length) },
    { type: 'list', items: check.items.map((i) => ({ text: completenessText(i, locale), tone: i.severity === 'risk' ? 'risk' : 'attention' })) },
  ];
}

function timelineRow(m: MilestoneDeadline, report: DeadlineReport, locale: Locale): { cells: string[]; tone: Tone | undefined } {
  const t = fileTexts(locale).file;
  const due = m.windowStart ? `${day(m.windowStart, locale)} – ${day(m.due, locale)}` : day(m.due, locale);
  let status = statusLabel(m.status, locale, m.kind);
  let tone: Tone | undefined;
  if (m.kind === 'duty' && m.doneOn && m.status === 'done') {
    const late = daysBetween(m.due, m.doneOn);
    status = late > 0 ? t.lateBy(late) : t.onTime;
    tone = late > 0 ? 'risk' : 'good';
  } else if (m.status === 'overdue' && m.kind === 'duty') {
    status = t.overdueBy(daysBetween(m.due, report.today));
    tone = 'risk';
  }
  const done = m.doneOn && m.kind !== 'event' ? day(m.doneOn, locale) : t.notYet;
  return { cells: [milestoneLabel(m.id, locale), due, done, status], tone };
}

/** Every step the deadline engine returns, in due order: new rules and events appear by themselves. */
export function timelineBlocks(report: DeadlineReport, locale: Locale): FileBlock[] {
  const t = fileTexts(locale).file;
  const rows = report.milestones.map((m) => timelineRow(m, report, locale));
  return [{ type: 'table', head: t.timelineHead, rows: rows.map((r) => r.cells), widths: ['*', 'auto', 'auto', 'auto'], tones: rows.map((r) => r.tone) }];
}

function legalDetails(e: LegalEntry, locale: Locale): string {
  const t = fileTexts(locale).file;
  const f = e.facts;
  const parts: string[] = [];
  if (f.endsOn) parts.push(t.until(day(f.endsOn, locale)));
  if (f.by) parts.push(t.askedBy(requestingPartyLabel(f.by, locale)));
  if (f.topic) parts.push(expertTopicLabel(f.topic, locale));
  if (f.provider) parts.push(f.provider);
  if (f.granted !== undefined) parts.push(f.granted ? t.yes : t.no);
  if (f.needed !== undefined) parts.push(f.needed ? t.yes : t.no);
  if (f.reportTerm) parts.push(safetyNetTermLabel(f.reportTerm, locale));
  return t.list(parts);
}

/** The legal events recorded for the case (legal/entries.ts), after the steps; none: nothing. */
export function legalEventBlocks(c: Case, locale: Locale): FileBlock[] {
  const entries = legalEntries(c);
  if (entries.length === 0) return [];
  const t = fileTexts(locale).file;
  return [
    { type: 'subheading', text: t.legalEvents },
    { type: 'table', head: t.legalHead, rows: entries.map((e) => [day(e.on, locale), legalEventLabel(e.id, locale), legalDetails(e, locale)]), widths: ['auto', '*', 160] },
  ];
}

function viewText(view: EmployeeView, locale: Locale): string {
  const t = fileTexts(locale);
  const stance = choiceLabel('stance', view.stance, t);
  return view.source === 'paper' ? `${stance} (${t.file.viewOnPaper(day(view.givenOn, locale))})` : t.file.viewGiven(stance, day(view.givenOn, locale));
}

function authorLine(v: DocumentVersion, names: FileNames, locale: Locale): string {
  const t = fileTexts(locale).file;
  const name = names.people[v.authorId] ?? '—';
  return t.labelled(t.author, v.authorTitle ? `${name}, ${v.authorTitle}` : name);
}

function versionLabel(doc: CaseDocument, v: DocumentVersion, locale: Locale): string {
  const t = fileTexts(locale).file;
  const label = DOCUMENT_SPECS[doc.type].employeeView !== 'none' && !DOCUMENT_SPECS[doc.type].multiple ? t.version(v.number) : t.update(v.number);
  return `${label} · ${day(v.on, locale)}`;
}

/** One version in full: its fields, who wrote it, and the employee's view where one is asked. */
export function versionBlocks(doc: CaseDocument, v: DocumentVersion, names: FileNames, locale: Locale, heading: string): FileBlock[] {
  const t = fileTexts(locale).file;
  const blocks: FileBlock[] = [{ type: 'subheading', text: heading }, { type: 'facts', rows: documentRows(v, locale) }, { type: 'paragraph', text: authorLine(v, names, locale), tone: 'muted' }];
  const policy = DOCUMENT_SPECS[doc.type].employeeView;
  if (policy !== 'none') {
    const view = doc.views.get(v.versionId);
    const label = policy === 'reply' ? t.reply : t.view;
    blocks.push({ type: 'paragraph', text: t.labelled(label, view ? viewText(view, locale) : t.viewAwaited), tone: view ? undefined : 'attention' });
    if (view?.words) blocks.push({ type: 'paragraph', text: t.labelled(t.ownWords, t.quoted(view.words)) });
  }
  return blocks;
}

/**
 * A document: every version in full when its versions are adjustments both parties agree on (the
 * plan), else the latest in full with the earlier ones listed. A pending draft is mentioned.
 */
export function documentBlocks(doc: CaseDocument, names: FileNames, locale: Locale, heading?: string): FileBlock[] {
  const t = fileTexts(locale).file;
  const title = heading ?? documentTitle(doc.type, locale);
  const blocks: FileBlock[] = [];
  const current = latest(doc);
  const allInFull = DOCUMENT_SPECS[doc.type].employeeView !== 'none' && !DOCUMENT_SPECS[doc.type].multiple;
  // A heading given by the caller already names the document and its date.
  const head = (v: DocumentVersion) => (doc.versions.length > 1 ? `${title} · ${versionLabel(doc, v, locale)}` : heading ?? `${title} · ${day(v.on, locale)}`);
  if (!current) blocks.push({ type: 'subheading', text: title }, { type: 'paragraph', text: t.none, tone: 'muted' });
  else if (allInFull) for (const v of doc.versions) blocks.push(...versionBlocks(doc, v, names, locale, head(v)));
  else {
    blocks.push(...versionBlocks(doc, current, names, locale, head(current)));
    const earlier = doc.versions.slice(0, -1);
    if (earlier.length) blocks.push({ type: 'paragraph', text: t.labelled(t.history, t.list(earlier.map((v) => versionLabel(doc, v, locale)))), tone: 'muted' });
  }
  if (doc.draft) blocks.push({ type: 'paragraph', text: t.draftPending(day(doc.draft.on, locale)), tone: 'muted' });
  return blocks;
}

/** When nothing of a kind is recorded yet. */
export function noneYet(locale: Locale): FileBlock[] {
  return [{ type: 'paragraph', text: fileTexts(locale).file.none, tone: 'muted' }];
}

/** Every recorded conversation: date, how, what was agreed (and adjustments), the note. */
export function contactBlocks(records: readonly FileRecord[], locale: Locale): FileBlock[] {
  const t = fileTexts(locale);
  const outcomes = records
    .filter((r) => r.kind === 'outcome' && typeof r.data.date === 'string')
    .sort((a, b) => String(a.data.date).localeCompare(String(b.data.date)) || a.createdAt.localeCompare(b.createdAt));
  if (outcomes.length === 0) return noneYet(locale);
  const rows = outcomes.map((r) => {
    const d = r.data;
    const agreed = (Array.isArray(d.agreements) ? (d.agreements as string[]) : []).map((a) => choiceLabel('agreement', a, t));
    if (typeof d.buildupHours === 'number') agreed.push(t.file.buildupHours(d.buildupHours));
    if (typeof d.nextContact === 'string') agreed.push(t.file.nextContact(day(d.nextContact, locale)));
    return [day(String(d.date), locale), choiceLabel('contactKind', String(d.kind ?? ''), t), t.file.list(agreed) || '—', typeof d.notes === 'string' ? d.notes : ''];
  });
  return [{ type: 'table', head: t.file.contactHead, rows, widths: ['auto', 'auto', 150, '*'] }];
}

/** Every view asked for, in one table: the employee's view on all of the file (RIV element l). */
export function viewsTable(docs: readonly CaseDocument[], locale: Locale): FileBlock[] {
  const t = fileTexts(locale);
  const rows: string[][] = [];
  for (const doc of docs) {
    if (DOCUMENT_SPECS[doc.type].employeeView === 'none') continue;
    for (const v of doc.versions) {
      const view = doc.views.get(v.versionId);
      const what = `${t.documents[doc.type]} (${day(v.on, locale)})`;
      if (!view) rows.push([what, t.file.viewAwaited, '—', '']);
      else rows.push([what, choiceLabel('stance', view.stance, t), view.source === 'paper' ? t.file.viewOnPaper(day(view.givenOn, locale)) : day(view.givenOn, locale), view.words ?? '']);
    }
  }
  if (rows.length === 0) return noneYet(locale);
  return [{ type: 'paragraph', text: t.file.viewsIntro, tone: 'muted' }, { type: 'table', head: t.file.viewsHead, rows, widths: [130, 'auto', 'auto', '*'] }];
}
