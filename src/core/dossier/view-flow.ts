// The employee's view on a document (NL: both parties' view since July 2023; BE: the reply to the
// plan), given in their own chat, or recorded by the manager or HR when it was given on paper.
// One view per version: the first counts. Their words are screened like every free text.
import { z } from 'zod';
import type { Case } from '../../domain/case';
import { collectDocuments, DOCUMENT_SPECS, documentTitle, stancesFor, versionsAwaitingView, type CaseDocument, type DocumentVersion } from '../../domain/dossier';
import { screenText } from '../../domain/privacy/medical-screen';
import { openCaseFor } from '../access';
import { nameOf } from '../case-view';
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import type { CoreReply } from '../messages';
import { alreadyRecorded, applyOnce } from '../submit-once';
import { parseIsoDate, shortDate } from '../time';
import { updateCase } from '../writes';
import { echo } from './document-form';
import { loadFileRecords } from './file-records';
import { dossierCard } from './overview';
import { markStepDone } from './steps';
import { dossierTexts } from './texts';
import { viewCard } from './view-card';

const ViewSubmit = z.object({ caseId: z.string().min(1), docId: z.string().min(1), versionId: z.string().min(1), stance: z.string().default(''), words: z.string().max(1000).default('') });

interface Found {
  doc: CaseDocument;
  version: DocumentVersion;
}

async function findVersion(fc: FlowContext, c: Case, versionId: string): Promise<Found | null> {
  const docs = collectDocuments(await loadFileRecords(fc.store, c.tenantId, c.id));
  for (const doc of docs) {
    const version = doc.versions.find((v) => v.versionId === versionId);
    if (version) return { doc, version };
  }
  return null;
}

/** Records the view; a Belgian reply also marks the reply step done on the day it was given. */
async function recordView(fc: FlowContext, c: Case, found: Found, submitId: string, view: { stance: string; words: string | null; source: 'chat' | 'paper'; givenOn: string }, recorded?: boolean) {
  const reply = DOCUMENT_SPECS[found.doc.type].employeeView === 'reply';
  const apply = reply && c.status === 'open' ? async () => void (await updateCase(fc, c.id, (cur) => markStepDone(cur, 'be.rit_plan_reply', view.givenOn))) : undefined;
  return applyOnce(fc, { caseId: c.id, submitId, kind: 'document_view', personId: c.employeeId, data: { docId: found.doc.docId, versionId: found.version.versionId, ...view }, recorded }, apply);
}

/** The employee answers the card in their own chat. */
export async function submitView(fc: FlowContext, data: Record<string, unknown>, submitId: string): Promise<CoreReply> {
  const { lang, person, today } = fc.session;
  const v = dossierTexts(lang).view;
  const parsed = ViewSubmit.safeParse(data);
  if (!parsed.success) return { messages: [text(fc.session.t.errors.badSubmit)] };
  const { caseId, versionId, stance } = parsed.data;
  // Read while the session was resolved (the card names the case).
  const c = (await fc.reads.case(caseId))?.value;
  // Only the employee the document is about answers it; anyone else is told so, nothing more.
  if (!c || c.employeeId !== person.id) return { messages: [text(v.notYours)] };
  const found = await findVersion(fc, c, versionId);
  if (!found) return { messages: [text(v.gone)] };
  if (found.doc.views.has(versionId)) return { messages: [text(v.already)], replaceSubmitted: fc.card('submitted', { title: v.savedTitle, detail: '' }, v.savedTitle) };
  const policy = DOCUMENT_SPECS[found.doc.type].employeeView;
  const words = parsed.data.words.trim();
  const author = (await nameOf(fc, found.version.authorId)) ?? fc.session.t.common.unknown;
  // The card comes back in place of the submitted one, with the notice on it.
  const again = (notice: string, values = echo(data)): CoreReply => ({
    messages: [],
    replaceSubmitted: viewCard(lang, { caseId, ...found, authorName: author, values, notice }, fc.newId()),
  });
  if (!(stancesFor(policy) as readonly string[]).includes(stance)) return again(v.stanceMissing);
  if (policy === 'reply' && stance === 'disagree' && !words) return again(v.reasonsNeeded);
  const screen = screenText(words);
  // Not kept, not shown again and not quoted: the words would sit in the chat history.
  if (screen.flagged) return again(dossierTexts(lang).form.heldBack, { ...echo(data), words: '' });
  const applied = await recordView(fc, c, found, submitId, { stance, words: words || null, source: 'chat', givenOn: today });
  const done = fc.card('submitted', { title: v.savedTitle, detail: applied.duplicate ? '' : v.saved }, v.savedTitle);
  return { messages: applied.duplicate ? [text(fc.session.t.submitted.duplicate)] : [], replaceSubmitted: done };
}

function awaiting(docs: readonly CaseDocument[]): Found[] {
  return docs.flatMap((doc) => versionsAwaitingView(doc).map((version) => ({ doc, version })));
}

function paperCard(fc: FlowContext, c: Case, employeeName: string, open: Found[], values: Record<string, string>, notice = '') {
  const { lang, today } = fc.session;
  const p = dossierTexts(lang).paper;
  const v = dossierTexts(lang).view;
  const t = fc.session.t;
  const replyOnly = open.every((f) => DOCUMENT_SPECS[f.doc.type].employeeView === 'reply');
  const stances = replyOnly ? stancesFor('reply') : stancesFor('view');
  return fc.card(
    'view-paper',
    {
      caseId: c.id,
      title: p.title(employeeName),
      intro: p.intro,
      notice,
      documents: open.map((f) => ({ title: `${documentTitle(f.doc.type, lang)} · ${shortDate(f.version.on, lang)}`, value: f.version.versionId })),
      stances: stances.map((s) => ({ title: v.stances[s], value: s })),
      values: { versionId: open[0]?.version.versionId ?? '', stance: '', givenOn: today, today, ...values },
      labels: { document: p.document, documentMissing: t.errors.missing(p.document), stance: v.stance, stanceMissing: v.stanceMissing, givenOn: p.givenOn, givenOnMissing: t.errors.missing(p.givenOn), submit: p.submit },
    },
    p.title(employeeName),
    'form',
  );
}

export async function openPaperView(fc: FlowContext, data: Record<string, unknown>): Promise<CoreReply> {
  const access = await openCaseFor(fc, data.caseId, 'read');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  const [records, name] = await Promise.all([loadFileRecords(fc.store, c.tenantId, c.id), nameOf(fc, c.employeeId)]);
  const open = awaiting(collectDocuments(records));
  if (open.length === 0) return { messages: [text(dossierTexts(fc.session.lang).paper.nothing)] };
  return { messages: [paperCard(fc, c, name ?? fc.session.t.common.unknown, open, {})] };
}

/** The manager or HR records a view the employee gave on paper, and when. */
export async function submitPaperView(fc: FlowContext, data: Record<string, unknown>, submitId: string): Promise<CoreReply> {
  const { lang, today } = fc.session;
  const p = dossierTexts(lang).paper;
  const access = await openCaseFor(fc, data.caseId, 'update');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  const [recorded, records, employeeName] = await Promise.all([
    alreadyRecorded(fc, c.id, submitId),
    loadFileRecords(fc.store, c.tenantId, c.id),
    nameOf(fc, c.employeeId),
  ]);
  if (recorded) return { messages: [text(fc.session.t.submitted.duplicate)] };
  const open = awaiting(collectDocuments(records));
  const name = employeeName ?? fc.session.t.common.unknown;
  const found = open.find((f) => f.version.versionId === data.versionId);
  if (!found) return { messages: [text(open.length ? fc.session.t.errors.badSubmit : p.nothing)] };
  // The form comes back in place of the submitted one (one live form), with the notice on it.
  const again = (notice: string): CoreReply => ({ messages: [], replaceSubmitted: paperCard(fc, c, name, open, echo(data), notice) });
  const stance = typeof data.stance === 'string' ? data.stance : '';
  if (!(stancesFor(DOCUMENT_SPECS[found.doc.type].employeeView) as readonly string[]).includes(stance)) return again(dossierTexts(lang).view.stanceMissing);
  const givenOn = parseIsoDate(data.givenOn);
  if (!givenOn || givenOn > today) return again(fc.session.t.errors.invalidDate(p.givenOn));
  if (givenOn < found.version.on) return again(dossierTexts(lang).form.dateOrder(p.givenOn));
  const applied = await recordView(fc, c, found, submitId, { stance, words: null, source: 'paper', givenOn }, recorded);
  const title = p.saved(documentTitle(found.doc.type, lang));
  if (applied.duplicate) return { messages: [text(fc.session.t.submitted.duplicate)], replaceSubmitted: fc.card('submitted', { title, detail: '' }, title) };
  // The version this turn wrote, if it wrote one (updateCase keeps it); the file with the new view.
  const updated = (await fc.reads.case(c.id))?.value ?? c;
  return { messages: [await dossierCard(fc, updated, name, [...records, applied.record])], replaceSubmitted: fc.card('submitted', { title, detail: '' }, title) };
}
