// The workspace's pages: cases (with CSV), one case, escalations, figures, what helps. Every HR
// look at a case is audited as in the chat ('list' for a row shown, 'read' for the case page,
// 'export' for a CSV row or the case file); the figures are aggregates about nobody in particular.
// The case file download is the chat link's own (prepareCaseFile): same checks, audit, rendering.
import type { Lang } from '../core/i18n';
import { recentPeriods, type PeriodKind } from '../domain/figures/periods';
import { periodFigures } from '../domain/figures/absence-figures';
import { whatHelps } from '../domain/figures/what-helps';
import { currentEscalationCard } from '../scheduler/actions/escalation-actions';
import { DIFFERENT, HELPED } from '../scheduler/actions/lookback-actions';
import type { Logger } from 'pino';
import type { Clock } from '../core/ports';
import { prepareCaseFile, sendCaseFile } from './case-file-download';
import { loadCaseDetail } from './data/case-detail';
import { downloadHeaders } from './download';
import { loadCaseRows, type RowCache } from './data/case-rows';
import { parseCaseQuery, tablePage } from './data/case-table';
import { toCsv } from './data/csv';
import { escalationQueue } from './data/escalation-queue';
import { loadOrganisation } from './data/organisation';
import { casePage } from './pages/case-page';
import { casesCsv, casesPage } from './pages/cases-page';
import { escalationsPage } from './pages/escalations-page';
import { figuresPage } from './pages/figures-page';
import { helpsPage } from './pages/helps-page';
import { employeePage, messagePage } from './pages/simple-pages';
import type { PageContext, Workspace } from './workspace';
import type { CardMessage } from '../core/messages';
import { mapLimit } from '../store/map-limit';
import type { HerstartCore } from '../core/conversation-core';

/** The CSV's file name, in the reader's words. */
const CSV_NAME: Record<Lang, string> = { 'nl-NL': 'casussen', 'nl-BE': 'casussen', en: 'cases', 'fr-BE': 'dossiers' };

const ANSWERS = new Set(['escalation.take', 'escalation.ack', 'escalation.snooze']);
const RECENT_ANSWERS_MS = 30 * 86_400_000;
const MAX_CARDS = 100;

const searchOf = (p: PageContext) => new URL(p.req.url ?? '/', 'http://workspace').searchParams;

/**
 * HR's looks at other people's cases, one audit entry per case, as the chat writes them: all
 * stored before the page goes out, a few at a time (a CSV of many cases waits for no single chain).
 */
async function audit(p: PageContext, caseIds: Iterable<string>, action: 'list' | 'read' | 'export', ownCases: ReadonlySet<string> = new Set()): Promise<void> {
  if (p.viewer.scope !== 'hr') return;
  const at = p.now.toISOString();
  const looked = [...caseIds].filter((caseId) => !ownCases.has(caseId));
  await mapLimit(looked, 8, (caseId) => p.fc.store.audit.append({ tenantId: p.viewer.tenant.id, actorId: p.viewer.person.id, caseId, action, at, detail: 'web' }));
}

export function mountPages(ws: Workspace, deps: { core: Pick<HerstartCore, 'act'>; rows: RowCache; clock: Clock; logger: Logger }): void {
  const { core, rows: rowCache } = deps;
  ws.get('/', ['hr', 'manager', 'employee'], async (p) => {
    const { t, viewer, fc } = p;
    if (viewer.scope === 'employee') return p.send(200, t.employee.title, employeePage(t), null);
    const hr = viewer.scope === 'hr';
    const rows = await loadCaseRows(fc.store, viewer.tenant, hr ? { kind: 'hr' } : { kind: 'manager', managerId: viewer.person.id }, fc.session.today, rowCache);
    const query = parseCaseQuery(searchOf(p));
    const table = tablePage(rows, query);
    const own = new Set(rows.filter((r) => r.managerId === viewer.person.id).map((r) => r.id));
    await audit(p, table.rows.map((r) => r.id), 'list', own);
    const managers = [...new Map(rows.map((r) => [r.managerId, r.manager])).entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
    const title = hr ? t.cases.hrTitle : t.cases.managerTitle;
    p.send(200, title, casesPage({ lang: fc.session.lang, t, today: fc.session.today, hr, query, table, total: rows.length, managers }), 'cases');
  });

  ws.get('/cases.csv', ['hr', 'manager'], async (p) => {
    const { t, viewer, fc } = p;
    const hr = viewer.scope === 'hr';
    const rows = await loadCaseRows(fc.store, viewer.tenant, hr ? { kind: 'hr' } : { kind: 'manager', managerId: viewer.person.id }, fc.session.today, rowCache);
    const { matching } = tablePage(rows, parseCaseQuery(searchOf(p)));
    await audit(p, matching.map((r) => r.id), 'export', new Set(rows.filter((r) => r.managerId === viewer.person.id).map((r) => r.id)));
    const { header, rows: cells } = casesCsv(matching, t, fc.session.lang, hr);
    const body = toCsv(header, cells, fc.session.lang === 'en' ? ',' : ';');
    p.res.writeHead(200, downloadHeaders('text/csv; charset=utf-8', `herstart-${CSV_NAME[fc.session.lang]}-${fc.session.today}.csv`, body));
    p.res.end(body);
  });

  ws.get('/cases/:id', ['hr', 'manager'], async (p) => {
    const { t, fc } = p;
    const detail = await loadCaseDetail(fc, String(p.req.params.id ?? ''));
    if (!detail) return p.send(404, t.case.notFound, messagePage(t.case.notFound, t.case.notFound), 'cases');
    p.send(200, detail.employee, casePage({ lang: fc.session.lang, t, today: fc.session.today, detail, csrf: p.viewer.session?.value.csrf ?? null, formId: p.formId(), download: p.viewer.session !== null }), 'cases');
  });

  // The case file, for a signed-in browser: the right to the case checked again, HR's download audited.
  for (const format of ['pdf', 'json'] as const) {
    ws.get(`/cases/:id/file.${format}`, ['hr', 'manager'], async (p) => {
      const { t, fc, viewer } = p;
      const caseId = String(p.req.params.id ?? '');
      const result = await prepareCaseFile({ store: fc.store, clock: deps.clock }, { tenantId: viewer.tenant.id, personId: viewer.person.id, caseId, format, lang: fc.session.lang, via: 'web' });
      if (!result.ok) {
        deps.logger.warn({ tenantId: viewer.tenant.id, reason: result.reason }, 'workspace: case file download refused');
        return p.send(404, t.case.notFound, messagePage(t.case.notFound, t.case.notFound), 'cases');
      }
      sendCaseFile(p.res, result.file);
    });
  }

  ws.get('/escalations', ['hr'], async (p) => {
    const { t, fc, viewer } = p;
    const [sent, states] = await Promise.all([
      fc.store.reminders.listForTenant(viewer.tenant.id, { kind: 'escalation', state: 'sent' }),
      fc.store.records.list(viewer.tenant.id, { kind: 'escalation_state' }),
    ]);
    const queue = escalationQueue(sent, states);
    const since = new Date(p.now.getTime() - RECENT_ANSWERS_MS).toISOString();
    // A few cards at a time, in the queue's order: the page does not wait one case after another.
    const cards = async (groups: typeof queue.waiting) => {
      const built = await mapLimit(groups.slice(0, MAX_CARDS), 8, async (g) => {
        const c = await fc.reads.case(g.caseId);
        const card = c ? await currentEscalationCard(fc, c.value, g.items) : null;
        return card ? { caseId: g.caseId, card } : null;
      });
      return built.filter((e): e is { caseId: string; card: CardMessage } => e !== null);
    };
    const waiting = await cards(queue.waiting);
    const answered = await cards(queue.answered.filter((g) => (g.answeredAt ?? '') >= since));
    await audit(p, new Set([...waiting, ...answered].map((e) => e.caseId)), 'list');
    p.send(200, t.escalations.title, escalationsPage({ t, waiting, answered, csrf: viewer.session?.value.csrf ?? null, formId: p.formId() }), 'escalations');
  });

  // The same three answers as the card's buttons, through the same handlers: one state for both.
  ws.post('/escalations/act', ['hr'], async (p, form) => {
    const action = form.get('action') ?? '';
    const formId = form.get('form') ?? '';
    if (!ANSWERS.has(action) || !/^[A-Za-z0-9_-]{6,40}$/.test(formId)) return p.send(400, p.t.errors.badRequest, messagePage(p.t.errors.badRequest, p.t.errors.badRequest), 'escalations');
    const data = { caseId: form.get('caseId') ?? '', items: form.get('items') ?? '' };
    await core.act(p.viewer.tenant, p.viewer.person, action, data, `web-${formId}:${action}`);
    const back = form.get('back') ?? '';
    p.res.writeHead(303, { location: /^\/(cases\/[^/?#]+|escalations)?$/.test(back) ? back : '/escalations', 'cache-control': 'no-store' });
    p.res.end();
  });

  ws.get('/figures', ['hr'], async (p) => {
    const { t, fc, viewer } = p;
    const kind: PeriodKind = searchOf(p).get('by') === 'quarter' ? 'quarter' : 'month';
    const org = await loadOrganisation(fc.store, viewer.tenant, fc.session.today);
    const settings = viewer.tenant.settings;
    const headcount = settings.employerSize > 0 ? settings.employerSize : null;
    const fte = settings.fte && settings.fte > 0 ? settings.fte : null;
    const figures = recentPeriods(kind, fc.session.today, kind === 'month' ? 12 : 8).map((period) => periodFigures(org.figureCases, period, fc.session.today, { headcount, fte }));
    p.send(200, t.figures.title, figuresPage({ lang: fc.session.lang, t, kind, figures, today: fc.session.today, workforce: { size: fte ?? headcount, fte: fte !== null } }), 'figures');
  });

  ws.get('/helps', ['hr'], async (p) => {
    const { t, fc, viewer } = p;
    const org = await loadOrganisation(fc.store, viewer.tenant, fc.session.today);
    const result = whatHelps(org.helpsCases, fc.session.today, { helped: HELPED, different: DIFFERENT });
    p.send(200, t.helps.title, helpsPage(fc.session.lang, t, result), 'helps');
  });
}
