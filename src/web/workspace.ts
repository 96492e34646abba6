// The HR workspace's routes on the one restify server: who is asking (a Teams tab bearer token or
// a browser session), what they may see (roles from the store), and one page per concern.
// Pages live in ./pages, data in ./data, the figures in src/domain/figures.
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { HerstartCore } from '../core/conversation-core';
import type { FlowContext } from '../core/flow-context';
import type { Clock } from '../core/ports';
import { StoreUnavailableError } from '../store/errors';
import type { Store } from '../store/store';
import { EntraTokenValidator } from './auth/entra-token';
import { SessionStore } from './auth/sessions';
import { sessionCookieName, viewerOf, type Scope, type Viewer, type ViewerDeps } from './auth/viewer';
import { BodyError, cookieHeader, cookies, fromOurOwnPage, readForm, redirect, sendHtml } from './http';
import { webTexts, type WebTexts } from './i18n';
import { layout, THEMES, type Chrome, type Section, type Theme } from './layout';
import type { Markup } from './markup';
import { messagePage } from './pages/simple-pages';
import type { WebConfig } from './web-config';
import { csrfMatches } from './auth/sessions';
import { resolveLang } from '../core/i18n';

export interface WorkspaceDeps {
  store: Store;
  core: HerstartCore;
  clock: Clock;
  logger: Logger;
  config: WebConfig;
}

/** What a page handler gets: the person, their words and language, and the chat's own context for them. */
export interface PageContext {
  req: Request;
  res: Response;
  viewer: Viewer;
  fc: FlowContext;
  t: WebTexts;
  now: Date;
  /** Renders `main` in the shell (or, for the tab, the same page; it shows only <main>). */
  send(status: number, title: string, main: Markup, section: Section | null, headers?: Record<string, string>): void;
  /** Hands out a random id for forms on this page (a press's submit id is made from it). */
  formId(): string;
}

export type PageHandler = (p: PageContext) => Promise<void>;

export interface Workspace {
  sessions: SessionStore;
  /** Who the browser already is, for the sign-in link's POST (a link for someone else is refused). */
  principal(req: Request): Promise<{ tenantId: string; personId: string } | null>;
  /** Starts a browser session and sends the browser on: the 'signin' link purpose. */
  signIn(res: Response, who: { tenantId: string; personId: string }, target: string): Promise<void>;
  get(path: string, scopes: readonly Scope[], handler: PageHandler): void;
  post(path: string, scopes: readonly Scope[], handler: (p: PageContext, form: URLSearchParams) => Promise<void>): void;
}

interface HeldPage {
  status: number;
  html: string;
  headers?: Record<string, string>;
}

export const THEME_COOKIE = 'herstart_theme';

export function createWorkspace(server: Server, deps: WorkspaceDeps): Workspace {
  const { config, logger } = deps;
  const sessions = new SessionStore(deps.store.kv, { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs });
  const entra = config.entra ? new EntraTokenValidator(config.entra) : null;
  const viewerDeps: ViewerDeps = { store: deps.store, sessions, entra, secureCookies: config.secureCookies, logger };
  const cookieName = sessionCookieName(config.secureCookies);

  const themeOf = (req: Request): Theme => {
    const v = cookies(req).get(THEME_COOKIE) as Theme | undefined;
    return v && THEMES.includes(v) ? v : 'auto';
  };

  const chromeFor = (req: Request, viewer: Viewer | null, t: WebTexts, lang: Chrome['lang'], section: Section | null): Chrome => ({
    lang,
    t,
    theme: themeOf(req),
    nav: viewer && viewer.scope !== 'employee' ? { hr: viewer.scope === 'hr', current: section } : null,
    csrf: viewer?.session?.value.csrf ?? null,
    signOut: viewer?.session !== null && viewer !== null,
  });

  /** A page for someone we could not identify: in the browser's language, pointing to the chat. */
  const refuse = (req: Request, res: Response, status: number, why: 'none' | 'expired' | 'unknown_person' | 'bad_token' | 'forbidden' | 'bad_request') => {
    const lang = resolveLang(String(req.headers['accept-language'] ?? '').split(',')[0]);
    const t = webTexts(lang);
    const body =
      why === 'unknown_person' ? t.errors.unknownPerson : why === 'expired' ? t.errors.expired : why === 'forbidden' ? t.errors.forbidden : why === 'bad_request' ? t.errors.badRequest : t.errors.signIn;
    const title = why === 'forbidden' ? t.errors.forbidden : why === 'bad_request' ? t.errors.badRequest : t.errors.signInTitle;
    sendHtml(res, status, layout(chromeFor(req, null, t, lang, null), title, messagePage(title, body)));
  };

  const run = async (req: Request, res: Response, scopes: readonly Scope[], body: (p: PageContext) => Promise<void>) => {
    try {
      const now = deps.clock.now();
      const found = await viewerOf(req, viewerDeps, now);
      if (!found.ok) return refuse(req, res, 401, found.why);
      const viewer = found.viewer;
      if (!scopes.includes(viewer.scope)) return refuse(req, res, 403, 'forbidden');
      const { fc, written } = deps.core.contextFor(viewer.tenant, viewer.person);
      const t = webTexts(fc.session.lang);
      // A page is held until the writes its reads caused (an HR look's audit entry) are stored.
      let page: HeldPage | null = null;
      await body({
        req,
        res,
        viewer,
        fc,
        t,
        now,
        send: (status, title, main, section, headers) => {
          page = { status, html: layout(chromeFor(req, viewer, t, fc.session.lang, section), title, main), headers };
        },
        formId: () => randomBytes(9).toString('base64url'),
      });
      await written();
      // (Assigned in `send`, which the compiler does not follow.)
      const ready = page as HeldPage | null;
      if (ready) sendHtml(res, ready.status, ready.html, ready.headers);
    } catch (err) {
      if (err instanceof BodyError) return refuse(req, res, err.status, 'bad_request');
      const unavailable = err instanceof StoreUnavailableError;
      logger.error({ err, path: req.path() }, unavailable ? 'workspace: store unavailable' : 'workspace page failed');
      const lang = resolveLang(String(req.headers['accept-language'] ?? '').split(',')[0]);
      const t = webTexts(lang);
      sendHtml(res, unavailable ? 503 : 500, layout(chromeFor(req, null, t, lang, null), t.errors.generic, messagePage(t.errors.generic, t.errors.generic)));
    }
  };

  const workspace: Workspace = {
    sessions,
    async principal(req) {
      const found = await viewerOf(req, viewerDeps, deps.clock.now());
      return found.ok ? { tenantId: found.viewer.tenant.id, personId: found.viewer.person.id } : null;
    },
    async signIn(res, who, target) {
      const now = deps.clock.now();
      const { id } = await sessions.start(who, now);
      const cookie = cookieHeader(cookieName, id, { secure: config.secureCookies, maxAgeSeconds: Math.floor(config.sessionAbsoluteMs / 1000) });
      redirect(res, target.startsWith('/') && !target.startsWith('//') ? target : '/', { 'set-cookie': cookie });
    },
    get(path, scopes, handler) {
      server.get(path, async (req: Request, res: Response) => run(req, res, scopes, handler));
    },
    post(path, scopes, handler) {
      server.post(path, async (req: Request, res: Response) =>
        run(req, res, scopes, async (p) => {
          const form = await readForm(req);
          // A browser session must prove the form is ours; a bearer token is never sent by a browser on its own.
          if (p.viewer.session && (!fromOurOwnPage(req) || !csrfMatches(p.viewer.session.value, form.get('csrf')))) {
            logger.warn({ path: req.path() }, 'workspace: form without a valid CSRF token refused');
            return refuse(req, res, 403, 'forbidden');
          }
          await handler(p, form);
        }),
      );
    },
  };

  // Sign-out ends the session in the store (every instance) and clears the cookie.
  server.post('/signout', async (req: Request, res: Response) =>
    run(req, res, ['hr', 'manager', 'employee'], async (p) => {
      const form = await readForm(req);
      const session = p.viewer.session;
      if (!session || !fromOurOwnPage(req) || !csrfMatches(session.value, form.get('csrf'))) return refuse(req, res, 403, 'forbidden');
      await sessions.end(session.id);
      const t = p.t;
      sendHtml(res, 200, layout(chromeFor(req, null, t, p.fc.session.lang, null), t.signedOut.title, messagePage(t.signedOut.title, t.signedOut.body)), {
        'set-cookie': cookieHeader(cookieName, '', { secure: config.secureCookies, maxAgeSeconds: 0 }),
      });
    }),
  );

  // The appearance choice: a cookie with no personal data in it, kept a year.
  workspace.post('/theme', ['hr', 'manager', 'employee'], async (p, form) => {
    const theme = form.get('theme') as Theme;
    if (!THEMES.includes(theme)) return refuse(p.req, p.res, 400, 'bad_request');
    redirect(p.res, samePageBack(p.req), { 'set-cookie': cookieHeader(THEME_COOKIE, theme, { secure: config.secureCookies, maxAgeSeconds: 365 * 86_400 }) });
  });
  return workspace;
}

/** Back to the page the form was on, when the browser says which of ours that was; else the start page. */
function samePageBack(req: Request): string {
  try {
    const from = new URL(String(req.headers.referer ?? ''));
    return from.host === req.headers.host ? `${from.pathname}${from.search}` : '/';
  } catch {
    return '/';
  }
}
