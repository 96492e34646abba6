// The case's file in chat (the Dossier button on the case card): how complete it is, which
// documents are in and whether the employee's view is, and where to add the next one.
import { computeDeadlines } from '../../domain/deadlines';
import type { Case } from '../../domain/case';
import {
  collectDocuments,
  completenessOf,
  completenessText,
  DOCUMENT_SPECS,
  documentTitle,
  documentTypesFor,
  versionsAwaitingView,
  type CaseDocument,
  type DocumentType,
} from '../../domain/dossier';
import { openCaseFor } from '../access';
import { nameOf } from '../case-view';
import { deadlineOptions } from '../tenant-legal';
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import { personalOnly } from '../personal-only';
import { emphasis } from '../emphasis';
import type { CardMessage, CoreReply } from '../messages';
import type { CaseRecord } from '../../store/types';
import { shortDate } from '../time';
import { loadFileRecords } from './file-records';
import { dossierTexts } from './texts';

const FINDINGS_SHOWN = 5;

/** Which documents can be recorded now: the country's, and the Belgian plan only after decision A or B. */
export function recordableTypes(c: Case): DocumentType[] {
  const decided = c.rit?.decision?.kind === 'A' || c.rit?.decision?.kind === 'B';
  return documentTypesFor(c.jurisdiction).filter((t) => c.jurisdiction === 'NL' || decided || DOCUMENT_SPECS[t].milestone !== 'be.rit_plan');
}

function documentState(fc: FlowContext, doc: CaseDocument): string {
  const o = dossierTexts(fc.session.lang).overview;
  const policy = DOCUMENT_SPECS[doc.type].employeeView;
  const parts: string[] = [];
  const last = doc.versions[doc.versions.length - 1];
  if (last && policy !== 'none') {
    const view = doc.views.get(last.versionId);
    if (!view) parts.push(policy === 'reply' ? o.replyAwaited : o.viewAwaited);
    else parts.push(view.source === 'paper' ? o.viewOnPaper : policy === 'reply' ? o.replyIn : o.viewIn);
  }
  if (doc.draft) parts.push(o.draft);
  return parts.join(' · ') || '✓';
}

/** `records`: the file's records when the caller has them as they stand now (else they are read). */
export async function dossierCard(fc: FlowContext, c: Case, employeeName: string, records?: readonly CaseRecord[]): Promise<CardMessage> {
  const { lang, today } = fc.session;
  const o = dossierTexts(lang).overview;
  records ??= await loadFileRecords(fc.store, c.tenantId, c.id);
  const docs = collectDocuments(records);
  const check = completenessOf(c, computeDeadlines(c, today, deadlineOptions(fc)), docs, today);
  const types = recordableTypes(c);
  const title = o.title(employeeName);
  return fc.card(
    'dossier',
    {
      caseId: c.id,
      title,
      intro: o.intro,
      status: check.complete ? o.complete : o.incomplete(check.items.length),
      // Bold in the template; a risk also in the accent colour (src/core/emphasis.ts says why no red).
      statusColor: emphasis(check.risks > 0 ? 'late' : 'none').color,
      findings: check.items.slice(0, FINDINGS_SHOWN).map((i) => ({ text: completenessText(i, lang) })),
      more: check.items.length > FINDINGS_SHOWN ? o.more(check.items.length - FINDINGS_SHOWN) : '',
      documentsTitle: o.documents,
      empty: o.none,
      documents: docs.map((d) => {
        const v = d.versions[d.versions.length - 1] ?? d.draft!;
        const adjustments = d.versions.length > 1 ? ` (${d.versions.length})` : '';
        return { title: `${documentTitle(d.type, lang)}${adjustments} · ${shortDate(v.on, lang)}`, value: documentState(fc, d) };
      }),
      note: c.jurisdiction === 'BE' && !types.some((t) => DOCUMENT_SPECS[t].milestone === 'be.rit_plan') ? o.noRitYet : '',
      firstType: types[0] ?? '',
      types: types.map((t) => ({ title: documentTitle(t, lang), value: t })),
      showPaper: docs.some((d) => versionsAwaitingView(d).length > 0),
      labels: { choose: o.choose, open: o.open, paper: o.paper, download: o.download, export: o.export },
    },
    title,
  );
}

export async function showDossier(fc: FlowContext, caseId: unknown): Promise<CoreReply> {
  const refused = personalOnly(fc);
  if (refused) return refused;
  const access = await openCaseFor(fc, caseId, 'read');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  const [name, records] = await Promise.all([nameOf(fc, c.employeeId), loadFileRecords(fc.store, c.tenantId, c.id)]);
  return { messages: [await dossierCard(fc, c, name ?? fc.session.t.common.unknown, records)] };
}
