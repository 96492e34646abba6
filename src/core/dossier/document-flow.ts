// Recording a document of the file: open its form (a new one, the draft to finish, or the last
// version to adjust), keep a draft, or save it. Every save is a new append-only record; saving a
// final version marks its legal step done and (through the change listener) puts it to the
// employee for their view.
import type { Case } from '../../domain/case';
import { collectDocuments, DOCUMENT_SPECS, documentTitle, isDocumentType, latest, readVersion, type CaseDocument, type DocumentType } from '../../domain/dossier';
import { milestoneLabel } from '../../domain/labels';
import { computeDeadlines } from '../../domain/deadlines';
import { openCaseFor } from '../access';
import { nameOf } from '../case-view';
import { deadlineOptions } from '../tenant-legal';
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import { personalOnly } from '../personal-only';
import type { CoreReply } from '../messages';
import type { CaseRecord } from '../../store/types';
import { alreadyRecorded, applyOnce } from '../submit-once';
import { longDate } from '../time';
import { updateCase } from '../writes';
import { cardFields, echo, parseDocument, valuesOf, type FormValues } from './document-form';
import { loadFileRecords } from './file-records';
import { dossierCard, recordableTypes } from './overview';
import { applyDocument } from './steps';
import { dossierTexts } from './texts';

interface Opened {
  c: Case;
  employeeName: string;
  type: DocumentType;
  docId: string;
  doc: CaseDocument | null;
  authorTitle: string;
  /** The file's records as read (the overview after a save adds the new one). */
  records: CaseRecord[];
}

type Open = { ok: true; value: Opened } | { ok: false; reply: CoreReply };

/** The case, the document type and which document (a new evaluation gets a new id). */
async function openDocumentOf(fc: FlowContext, data: Record<string, unknown>, purpose: 'read' | 'update'): Promise<Open> {
  const { t, lang, person } = fc.session;
  const refused = personalOnly(fc);
  if (refused) return { ok: false, reply: refused };
  const access = await openCaseFor(fc, data.caseId, purpose);
  if (!access.ok) return access;
  const c = access.found.value;
  const type = data.docType;
  if (!isDocumentType(type) || !recordableTypes(c).includes(type)) return { ok: false, reply: { messages: [text(dossierTexts(lang).form.notThisCase)] } };
  const [records, name] = await Promise.all([loadFileRecords(fc.store, c.tenantId, c.id), nameOf(fc, c.employeeId)]);
  const docs = collectDocuments(records);
  let docId = typeof data.docId === 'string' && data.docId ? data.docId : null;
  if (!docId) {
    // One document per case, whose later versions are updates; evaluations each their own,
    // except that an evaluation kept as a draft is taken up again.
    docId = DOCUMENT_SPECS[type].multiple ? (docs.find((d) => d.type === type && d.versions.length === 0 && d.draft)?.docId ?? fc.newId()) : type;
  }
  const doc = docs.find((d) => d.docId === docId) ?? null;
  if (doc && doc.type !== type) return { ok: false, reply: { messages: [text(t.errors.badSubmit)] } };
  const mine = records.map(readVersion).filter((v) => v?.authorId === person.id && v.authorTitle);
  return { ok: true, value: { c, employeeName: name ?? t.common.unknown, type, docId, doc, authorTitle: mine[mine.length - 1]?.authorTitle ?? '', records } };
}

function formCard(fc: FlowContext, o: Opened, values: FormValues, notice = '') {
  const { lang } = fc.session;
  const f = dossierTexts(lang).form;
  const isAdjustment = (o.doc?.versions.length ?? 0) > 0;
  const doc = documentTitle(o.type, lang);
  const title = isAdjustment ? f.adjustmentTitle(doc, o.employeeName) : f.title(doc, o.employeeName);
  const spec = DOCUMENT_SPECS[o.type];
  return fc.card(
    'document-form',
    {
      caseId: o.c.id,
      docType: o.type,
      docId: o.docId,
      title,
      intro: f.intro,
      doctorNote: spec.fromDoctor ? f.fromDoctor : '',
      notice,
      warning: f.warning,
      fields: cardFields(o.type, isAdjustment, values, lang),
      labels: { saveFinal: spec.employeeView === 'none' ? f.saveFinalNoView : f.saveFinal, saveDraft: f.saveDraft },
    },
    title,
    'form',
  );
}

export async function openDocumentForm(fc: FlowContext, data: Record<string, unknown>): Promise<CoreReply> {
  const opened = await openDocumentOf(fc, data, 'read');
  if (!opened.ok) return opened.reply;
  const o = opened.value;
  const { today } = fc.session;
  const last = o.doc ? latest(o.doc) : null;
  let values: FormValues = { on: today, authorTitle: o.authorTitle };
  if (o.doc?.draft) values = valuesOf(o.doc.draft);
  else if (last) values = { ...valuesOf(last), on: today, adjustmentReason: '', authorTitle: last.authorTitle ?? o.authorTitle };
  return { messages: [formCard(fc, o, values)] };
}

export const saveDraft = (fc: FlowContext, data: Record<string, unknown>, submitId: string) => saveDocument(fc, data, submitId, 'draft');
export const saveFinal = (fc: FlowContext, data: Record<string, unknown>, submitId: string) => saveDocument(fc, data, submitId, 'final');

async function saveDocument(fc: FlowContext, data: Record<string, unknown>, submitId: string, status: 'draft' | 'final'): Promise<CoreReply> {
  // Whether this press was saved before, asked while the case and its file are read.
  const recorded = typeof data.caseId === 'string' ? alreadyRecorded(fc, data.caseId, submitId) : Promise.resolve(false);
  recorded.catch(() => undefined);
  const opened = await openDocumentOf(fc, data, 'update');
  if (!opened.ok) return opened.reply;
  const o = opened.value;
  const { lang, today } = fc.session;
  const f = dossierTexts(lang).form;
  // A repeat of a save that went through (a double click): said so, before this version makes
  // the form read as an adjustment.
  if (await recorded) {
    const title = status === 'draft' ? f.draftSaved(documentTitle(o.type, lang)) : documentTitle(o.type, lang);
    return { messages: [text(fc.session.t.submitted.duplicate)], replaceSubmitted: fc.card('submitted', { title, detail: '' }, title) };
  }
  const isAdjustment = (o.doc?.versions.length ?? 0) > 0;
  const caseStart = computeDeadlines(o.c, today, deadlineOptions(fc)).caseStart;
  const parsed = parseDocument(data, { type: o.type, isAdjustment, final: status === 'final', caseStart, today, lang });
  if (!parsed.ok) {
    // The form comes back in place of the submitted one, with the notice on it; text held back as
    // medical is left out (and the notice does not quote it), so it does not sit in the chat.
    const values = { ...echo(data), ...Object.fromEntries((parsed.clear ?? []).map((input) => [input, ''])) };
    return { messages: [], replaceSubmitted: formCard(fc, o, values, parsed.notice) };
  }

  const spec = DOCUMENT_SPECS[o.type];
  const docName = documentTitle(o.type, lang);
  const record = { docId: o.docId, type: o.type, status, on: parsed.on, fields: parsed.fields, authorTitle: parsed.authorTitle };
  const apply =
    status === 'final' && o.c.status === 'open'
      ? async () => {
          await updateCase(fc, o.c.id, (current) => applyDocument(current, { type: o.type, fields: parsed.fields, on: parsed.on }));
        }
      : undefined;
  const applied = await applyOnce(fc, { caseId: o.c.id, submitId, kind: 'document', personId: o.c.employeeId, data: record, recorded: false }, apply);
  const title = status === 'draft' ? f.draftSaved(docName) : f.saved(docName, longDate(parsed.on, lang));
  if (applied.duplicate) return { messages: [text(fc.session.t.submitted.duplicate)], replaceSubmitted: fc.card('submitted', { title, detail: '' }, title) };
  const lines: string[] = [];
  if (status === 'final') {
    // The version this turn wrote (updateCase keeps it): no read after the write.
    const updated = (await fc.reads.case(o.c.id))?.value ?? o.c;
    if (updated.milestonesDone.some((m) => m.id === spec.milestone)) lines.push(f.stepDone(milestoneLabel(spec.milestone, lang)));
    if (spec.employeeView === 'view') lines.push(f.viewAsked(o.employeeName));
    if (spec.employeeView === 'reply') lines.push(f.replyAsked(o.employeeName));
    o.c = updated;
  }
  return {
    messages: [await dossierCard(fc, o.c, o.employeeName, [...o.records, applied.record])],
    replaceSubmitted: fc.card('submitted', { title, detail: lines.join(' ') }, title),
  };
}
