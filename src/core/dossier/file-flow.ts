// "dossier" / "file" in chat, and the Dossier card's download buttons: the answer is a one-time
// link (valid once, 15 minutes, for the asker only) to the case file as a PDF, or to the whole
// case as JSON. Who may ask: the case's manager, and HR for any case of its organisation (each
// such look is audited when the link is asked for and again when the file is fetched).
import { openCaseFor } from '../access';
import { nameOf } from '../case-view';
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import { personalOnly } from '../personal-only';
import type { CoreReply } from '../messages';
import { visibleCases } from '../flows/cases';
import { dossierTexts } from './texts';

export const FILE_LINK_PURPOSE = 'dossier';
export const FILE_LINK_TTL_MS = 15 * 60_000;
export type FileFormat = 'pdf' | 'json';

/** The path the link leads to, which the download handler reads back. */
export function fileTarget(caseId: string, format: FileFormat): string {
  return `/cases/${encodeURIComponent(caseId)}/file.${format}`;
}

export function parseFileTarget(target: string): { caseId: string; format: FileFormat } | null {
  const m = /^\/cases\/([^/]+)\/file\.(pdf|json)$/.exec(target);
  return m ? { caseId: decodeURIComponent(m[1]!), format: m[2] as FileFormat } : null;
}

export async function fileLink(fc: FlowContext, data: Record<string, unknown>): Promise<CoreReply> {
  const { t, lang, tenant, person } = fc.session;
  const refused = personalOnly(fc);
  if (refused) return refused;
  const access = await openCaseFor(fc, data.caseId, 'read');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  if (!fc.links) return { messages: [text(t.errors.generic)] };
  const format: FileFormat = data.format === 'json' ? 'json' : 'pdf';
  const [{ url }, employeeName] = await Promise.all([
    fc.links.mint({ purpose: FILE_LINK_PURPOSE, tenantId: tenant.id, personId: person.id, target: fileTarget(c.id, format), lang, ttlMs: FILE_LINK_TTL_MS }),
    nameOf(fc, c.employeeId),
  ]);
  const f = dossierTexts(lang).file;
  const name = employeeName ?? t.common.unknown;
  const title = f.linkTitle(name);
  return {
    messages: [fc.card('file-link', { title, text: f.linkText(FILE_LINK_TTL_MS / 60_000), open: format === 'json' ? f.openJson : f.openPdf, url }, title)],
  };
}

/** Typed: with one case (or a name that picks one) the link comes at once; else a choice. */
export async function fileCommand(fc: FlowContext, search: string): Promise<CoreReply> {
  const { t, lang } = fc.session;
  const refused = personalOnly(fc);
  if (refused) return refused;
  const f = dossierTexts(lang).file;
  const { views } = await visibleCases(fc);
  const needle = search.replace(/^@/, '').trim().toLowerCase();
  const matching = needle ? views.filter((v) => v.employeeName.toLowerCase().includes(needle)) : views;
  if (views.length === 0) return { messages: [text(f.none)] };
  if (matching.length === 0) return { messages: [text(f.noMatch(search))] };
  if (matching.length === 1) return fileLink(fc, { caseId: matching[0]!.c.id, format: 'pdf' });
  const o = dossierTexts(lang).overview;
  return {
    messages: [
      fc.card(
        'file-pick',
        { title: f.pickTitle, label: f.pick, first: matching[0]!.c.id, cases: matching.map((v) => ({ title: v.employeeName, value: v.c.id })), labels: { pdf: o.download, dossier: f.openDossier } },
        f.pickTitle,
      ),
    ],
  };
}
