// The routes behind a one-time link: GET shows a button, the POST from that button spends the
// token and hands the grant to whatever the link is for (a download, a sign-in). Link scanners
// and Slack's unfurler only ever GET, so they never spend a link.
import type restify from 'restify';
import type { Logger } from 'pino';
import { resolveLang, type Lang } from '../core/i18n';
import type { LinkGrant, OneTimeLinks } from '../links/one-time-links';
import { html, page, sendPage } from './html';
import { fromOurOwnPage } from './http';
import { linkTexts } from './link-texts';

export const LINK_PATH = '/l/:token';

/** Who the browser already is (a workspace session), when anyone. */
export interface Principal {
  tenantId: string;
  personId: string;
}

export type LinkHandler = (grant: LinkGrant, req: restify.Request, res: restify.Response) => Promise<void>;

export interface LinkRouteDeps {
  links: OneTimeLinks;
  logger: Logger;
  /** Handlers by purpose ('signin', 'dossier', ...). */
  handlers: Record<string, LinkHandler>;
  principal?: (req: restify.Request) => Promise<Principal | null>;
}

export function mountLinkRoutes(server: restify.Server, deps: LinkRouteDeps): void {
  server.get(LINK_PATH, async function showLink(req: restify.Request, res: restify.Response) {
    const grant = await deps.links.peek(tokenOf(req));
    if (!grant || !deps.handlers[grant.purpose]) return gone(res, 410, langOf(req));
    const t = linkTexts(resolveLang(grant.lang));
    // The form posts back to this same URL; no token leaves the page in a Referer.
    const body = html`<h1>${t.readyTitle}</h1>
<p>${t.readyLead}</p>
<form method="post"><button type="submit">${t.open}</button></form>
<p>${t.readyOnce}</p>`;
    sendPage(res, 200, page({ lang: htmlLang(resolveLang(grant.lang)), title: t.readyTitle, body }));
  });

  server.post(LINK_PATH, async function spendLink(req: restify.Request, res: restify.Response) {
    // Only our own page may press the button: a form on another site must not sign a browser in.
    if (!fromOurOwnPage(req)) return gone(res, 403, langOf(req));
    const token = tokenOf(req);
    const preview = await deps.links.peek(token);
    if (!preview) return gone(res, 410, langOf(req));
    const handler = deps.handlers[preview.purpose];
    if (!handler) return gone(res, 410, langOf(req));
    const current = deps.principal ? await deps.principal(req) : null;
    if (current && (current.tenantId !== preview.tenantId || current.personId !== preview.personId)) {
      // Someone else's link in a browser signed in as another person: refuse, and leave it for its owner.
      deps.logger.warn({ purpose: preview.purpose, tenantId: preview.tenantId }, 'one-time link opened by another person; refused');
      return gone(res, 403, resolveLang(preview.lang));
    }
    const grant = await deps.links.spend(token);
    if (!grant) return gone(res, 410, resolveLang(preview.lang));
    deps.logger.info({ purpose: grant.purpose, tenantId: grant.tenantId }, 'one-time link used');
    await handler(grant, req, res);
  });
}

/** The page every refusal shows: nothing about what the link was for or whose it was. */
export function gone(res: restify.Response, status: 403 | 410, lang: Lang): void {
  const t = linkTexts(lang);
  const body = html`<h1>${t.goneTitle}</h1>
<p>${t.goneLead}</p>
<p>${t.goneWhy}</p>`;
  sendPage(res, status, page({ lang: htmlLang(lang), title: t.goneTitle, body }));
}

function tokenOf(req: restify.Request): string {
  const token = (req.params as Record<string, unknown> | undefined)?.token;
  return typeof token === 'string' ? token : '';
}

function langOf(req: restify.Request): Lang {
  const header = req.headers['accept-language'];
  const first = typeof header === 'string' ? header.split(',')[0]?.split(';')[0]?.trim() : undefined;
  return resolveLang(first);
}

const htmlLang = (lang: Lang) => (lang === 'en' ? 'en' : lang);
