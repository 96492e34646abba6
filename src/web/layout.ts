// The page shell every workspace page shares: skip link, header with the menu, the theme choice
// and sign-out, one <main>. Scripts and styles are our own files (no CDN, no inline script), so
// the CSP can be strict. In the Teams tab the same pages are fetched with a bearer token and only
// their <main> is shown.
import type { Lang } from '../core/i18n';
import type { WebTexts } from './i18n';
import { html, type Markup } from './markup';

export type Theme = 'auto' | 'light' | 'dark' | 'contrast';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'contrast'];

export type Section = 'cases' | 'escalations' | 'figures' | 'helps';

export interface Chrome {
  lang: Lang;
  t: WebTexts;
  theme: Theme;
  /** The menu: null on pages for someone not signed in. */
  nav: { hr: boolean; current: Section | null } | null;
  /** Forms of a cookie session carry it; bearer requests (the Teams tab) need none. */
  csrf: string | null;
  /** Sign-out exists for cookie sessions only; in Teams there is nothing to sign out of. */
  signOut: boolean;
}

const htmlLang = (lang: Lang) => (lang === 'en' ? 'en' : lang);

export function layout(chrome: Chrome, title: string, main: Markup): string {
  const { t, nav } = chrome;
  const link = (section: Section, href: string, label: string) =>
    html`<li><a href="${href}"${nav?.current === section ? html` aria-current="page"` : ''}>${label}</a></li>`;
  return `<!doctype html>${html`<html lang="${htmlLang(chrome.lang)}" data-theme="${chrome.theme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t.appName}</title>
<link rel="stylesheet" href="/static/workspace.css">
<script src="/static/workspace.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="top">
<p class="brand"><a href="/">${t.appName}</a></p>
${
  nav
    ? html`<nav aria-label="${t.nav.label}"><ul>
${link('cases', '/', nav.hr ? t.nav.cases : t.nav.myCases)}
${nav.hr ? [link('escalations', '/escalations', t.nav.escalations), link('figures', '/figures', t.nav.figures), link('helps', '/helps', t.nav.helps)] : ''}
</ul></nav>`
    : ''
}
<div class="tools">
${themeForm(chrome)}
${chrome.signOut && chrome.csrf ? html`<form method="post" action="/signout"><input type="hidden" name="csrf" value="${chrome.csrf}"><button type="submit" class="link">${t.signOut}</button></form>` : ''}
</div>
</header>
<main id="main" tabindex="-1">
${main}
</main>
</body>
</html>`}`;
}

function themeForm(chrome: Chrome): Markup {
  const { t } = chrome;
  const labels: Record<Theme, string> = { auto: t.theme.auto, light: t.theme.light, dark: t.theme.dark, contrast: t.theme.contrast };
  return html`<form method="post" action="/theme" class="theme">
${chrome.csrf ? html`<input type="hidden" name="csrf" value="${chrome.csrf}">` : ''}
<label for="theme">${t.theme.label}</label>
<select id="theme" name="theme">${THEMES.map((th) => html`<option value="${th}"${th === chrome.theme ? html` selected` : ''}>${labels[th]}</option>`)}</select>
<button type="submit">${t.theme.apply}</button>
</form>`;
}
