// The case file as a download, for whoever asks through either door: a spent 'dossier' link from
// the chat, or a signed-in workspace page. One implementation for both: the right to the case is
// checked at this moment (the case's manager; HR and the administrator for any case of their
// organisation), HR's download is written to the audit log as an export, the file is put together
// and rendered, and it goes out as an attachment that nothing caches. Refusals are the caller's to
// word: the link answers with its plain "no longer works" page, the workspace with "not found".
import type { Logger } from 'pino';
import type restify from 'restify';
import { assembleCaseExport, assembleCaseFile } from '../core/dossier/assemble';
import { fileAccessFor } from '../core/dossier/file-access';
import { parseFileTarget, type FileFormat } from '../core/dossier/file-flow';
import { resolveLang, type Lang } from '../core/i18n';
import type { Clock } from '../core/ports';
import { localDate } from '../core/time';
import type { LinkGrant } from '../links/one-time-links';
import type { Store } from '../store/store';
import { downloadHeaders } from './download';
import { gone, type LinkHandler } from './link-routes';

/** The PDF edge (pdfkit, its fonts) is loaded on the first download, not at start-up. */
type Render = typeof import('../pdf/case-file-pdf').renderCaseFilePdf;
let renderer: Render | null = null;
function pdfRenderer(): Render {
  renderer ??= (require('../pdf/case-file-pdf') as typeof import('../pdf/case-file-pdf')).renderCaseFilePdf;
  return renderer;
}

export interface CaseFileRequest {
  tenantId: string;
  personId: string;
  caseId: string;
  format: FileFormat;
  lang: Lang;
  /** Through which door, for the audit entry: the chat's link, or the workspace. */
  via: 'link' | 'web';
}

export interface CaseFileBody {
  body: Buffer;
  headers: Record<string, string>;
}

export type CaseFileResult = { ok: true; file: CaseFileBody } | { ok: false; reason: string };

/** Checks the right, audits HR's export, and builds the file; throws only when putting it together fails. */
export async function prepareCaseFile(deps: { store: Store; clock: Clock }, ask: CaseFileRequest): Promise<CaseFileResult> {
  const access = await fileAccessFor(deps.store, ask, ask.caseId);
  if (!access.ok) return access;
  const { c, person, tenant, asHr } = access;
  const now = deps.clock.now();
  if (asHr) {
    const detail = `${ask.via === 'web' ? 'web ' : ''}file.${ask.format}`;
    await deps.store.audit.append({ tenantId: tenant.id, actorId: person.id, caseId: c.id, action: 'export', at: now.toISOString(), detail });
  }
  const reader = { tenant, person, lang: ask.lang, now };
  const employee = (await deps.store.people.get(tenant.id, c.employeeId))?.value.displayName ?? 'case';
  const day = localDate(now, person.timeZone ?? tenant.settings.timeZone);
  const body =
    ask.format === 'pdf'
      ? await pdfRenderer()(await assembleCaseFile(deps.store, c, reader))
      : Buffer.from(JSON.stringify(await assembleCaseExport(deps.store, c, reader), null, 2));
  const headers = downloadHeaders(ask.format === 'pdf' ? 'application/pdf' : 'application/json; charset=utf-8', `dossier-${employee}-${day}.${ask.format}`, body);
  return { ok: true, file: { body, headers } };
}

export function sendCaseFile(res: restify.Response, file: CaseFileBody): void {
  res.writeHead(200, file.headers);
  res.end(file.body);
}

/** What spending a 'dossier' link does. */
export function caseFileDownload(deps: { store: Store; clock: Clock; logger: Logger }): LinkHandler {
  return async (grant: LinkGrant, _req: restify.Request, res: restify.Response) => {
    const lang = resolveLang(grant.lang);
    const target = parseFileTarget(grant.target);
    if (!target) return gone(res, 410, lang);
    let result: CaseFileResult;
    try {
      result = await prepareCaseFile(deps, { tenantId: grant.tenantId, personId: grant.personId, caseId: target.caseId, format: target.format, lang, via: 'link' });
    } catch (err) {
      // The link is spent; the person asks for a new one, and we look at the log.
      deps.logger.error({ err, tenantId: grant.tenantId, caseId: target.caseId }, 'case file could not be put together');
      return gone(res, 410, lang);
    }
    if (!result.ok) {
      deps.logger.warn({ tenantId: grant.tenantId, reason: result.reason }, 'case file download refused');
      return gone(res, 403, lang);
    }
    sendCaseFile(res, result.file);
  };
}
