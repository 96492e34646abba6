// The Teams personal tab: a shell with no personal data in it. Its script signs in with Teams
// single sign-on (NAA through MSAL where the host offers it, getAuthToken otherwise), then fetches
// the workspace's own pages with the Entra token as a bearer and shows their content: cookies are
// third-party inside Teams on the web, so the tab never relies on one.
import type { Request, Response, Server } from 'restify';
import { resolveLang } from '../core/i18n';
import { sendHtml } from './http';
import { webTexts } from './i18n';
import { html, md } from './markup';
import type { WebConfig } from './web-config';

export function mountTab(server: Server, config: WebConfig): void {
  server.get('/tab', async (req: Request, res: Response) => {
    const lang = resolveLang(String(req.headers['accept-language'] ?? '').split(',')[0]);
    const t = webTexts(lang);
    const entra = config.entra;
    const scope = entra ? `${entra.resource ?? `api://${entra.clientId}`}/${entra.scope}` : '';
    const page = `<!doctype html>${html`<html lang="${lang === 'en' ? 'en' : lang}" data-theme="auto" data-host="teams">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.appName}</title>
<link rel="stylesheet" href="/static/workspace.css">
<script src="/static/teams-js.js" defer></script>
<script src="/static/msal-browser.js" defer></script>
<script src="/static/tab.js" defer></script>
</head>
<body>
<div id="tab-config" hidden data-client-id="${entra?.clientId ?? ''}" data-scope="${scope}"></div>
<template id="t-outside"><p>${md(t.tab.outsideTeams)}</p></template>
<template id="t-notconfigured"><p>${md(t.tab.notConfigured)}</p></template>
<template id="t-failed"><p>${md(t.tab.signInFailed)}</p><p><button type="button" data-retry>${t.tab.retry}</button></p></template>
<header class="top" id="tab-header"><p class="brand">${t.appName}</p></header>
<main id="main" tabindex="-1" aria-live="polite"><p>${t.tab.loading}</p></main>
</body>
</html>`}`;
    sendHtml(res, 200, page);
  });
}
