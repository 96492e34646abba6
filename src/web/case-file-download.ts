// What spending a 'dossier' link does: the case file as a PDF, or the whole case as JSON, as an
// attachment. Checked again at this moment (the person must still have the right to the case),
// HR's download written to the audit log, nothing cached, and any refusal the same plain page.
import type { Logger } from 'pino';
import type restify from 'restify';
import { assembleCaseExport, assembleCaseFile } from '../core/dossier/assemble';
import { fileAccessFor } from '../core/dossier/file-access';
import { parseFileTarget } from '../core/dossier/file-flow';
import { resolveLang } from '../core/i18n';
import type { Clock } from '../core/ports';
import { localDate } from '../core/time';
import type { LinkGrant } from '../links/one-time-links';
import type { Store } from '../store/store';
import { gone, type LinkHandler } from './link-routes';

/** The PDF edge (pdfkit, its fonts) is loaded on the first download, not at start-up. */
type Render = typeof import('../pdf/case-file-pdf').renderCaseFilePdf;
let renderer: Render | null = null;
function pdfRenderer(): Render {
  renderer ??= (require('../pdf/case-file-pdf') as typeof import('../pdf/case-file-pdf')).renderCaseFilePdf;
  return renderer;
}

/** An ASCII file name for old clients, the real one (RFC 5987) for the rest. */
export function contentDisposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function caseFileDownload(deps: { store: Store; clock: Clock; logger: Logger }): LinkHandler {
  return async (grant: LinkGrant, _req: restify.Request, res: restify.Response) => {
    const lang = resolveLang(grant.lang);
    const target = parseFileTarget(grant.target);
    if (!target) return gone(res, 410, lang);
    const access = await fileAccessFor(deps.store, grant, target.caseId);
    if (!access.ok) {
      deps.logger.warn({ tenantId: grant.tenantId, reason: access.reason }, 'case file download refused');
      return gone(res, 403, lang);
    }
    const { c, person, tenant, asHr } = access;
    const now = deps.clock.now();
    if (asHr) {
      await deps.store.audit.append({ tenantId: tenant.id, actorId: person.id, caseId: c.id, action: 'export', at: now.toISOString(), detail: `file.${target.format}` });
    }
    const reader = { tenant, person, lang, now };
    const employee = (await deps.store.people.get(tenant.id, c.employeeId))?.value.displayName ?? 'case';
    const day = localDate(now, person.timeZone ?? tenant.settings.timeZone);
    try {
      const body =
        target.format === 'pdf'
          ? await pdfRenderer()(await assembleCaseFile(deps.store, c, reader))
          : Buffer.from(JSON.stringify(await assembleCaseExport(deps.store, c, reader), null, 2));
      res.writeHead(200, {
        'Content-Type': target.format === 'pdf' ? 'application/pdf' : 'application/json; charset=utf-8',
        'Content-Length': String(body.length),
        'Content-Disposition': contentDisposition(`dossier-${employee}-${day}.${target.format}`),
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
    } catch (err) {
      // The link is spent; the person asks for a new one, and we look at the log.
      deps.logger.error({ err, tenantId: tenant.id, caseId: c.id }, 'case file could not be put together');
      gone(res, 410, lang);
    }
  };
}
