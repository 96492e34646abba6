// The page a browser lands on when a Slack installation did not go through: the person pressed
// Cancel on Slack's approval page, the link was stale, or Slack could not be reached. Plain and
// calm, in Dutch, English or French by the browser's language; never an error dump.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type InstallFailure = 'cancelled' | 'invalid_link' | 'slack_unavailable';

type Lang = 'nl' | 'en' | 'fr';

const TEXTS: Record<Lang, { title: string; body: Record<InstallFailure, string>; back: string }> = {
  nl: {
    title: 'Herstart is niet geïnstalleerd',
    body: {
      cancelled: 'Je hebt de installatie afgebroken. Er is niets geïnstalleerd en er is niets gewijzigd in je Slack-werkruimte.',
      invalid_link: 'Deze installatielink is verlopen of hoort bij een andere browser. Er is niets geïnstalleerd. Begin opnieuw vanaf de installatiepagina.',
      slack_unavailable: 'Slack was even niet bereikbaar, dus er is niets geïnstalleerd. Probeer het over een paar minuten opnieuw.',
    },
    back: 'Opnieuw installeren',
  },
  en: {
    title: 'Herstart was not installed',
    body: {
      cancelled: 'You cancelled the installation. Nothing was installed and nothing changed in your Slack workspace.',
      invalid_link: 'This installation link has expired or belongs to another browser. Nothing was installed. Please start again from the install page.',
      slack_unavailable: 'Slack could not be reached, so nothing was installed. Please try again in a few minutes.',
    },
    back: 'Install again',
  },
  fr: {
    title: 'Herstart n’a pas été installé',
    body: {
      cancelled: 'Vous avez interrompu l’installation. Rien n’a été installé et rien n’a changé dans votre espace de travail Slack.',
      invalid_link:
        'Ce lien d’installation a expiré ou appartient à un autre navigateur. Rien n’a été installé. Recommencez depuis la page d’installation.',
      slack_unavailable: 'Slack était momentanément injoignable, donc rien n’a été installé. Réessayez dans quelques minutes.',
    },
    back: 'Installer à nouveau',
  },
};

function langOf(req: IncomingMessage): Lang {
  const accept = String(req.headers['accept-language'] ?? '').toLowerCase();
  const first = accept.split(',')[0]?.trim() ?? '';
  return first.startsWith('en') ? 'en' : first.startsWith('fr') ? 'fr' : 'nl';
}

export function sendInstallFailure(req: IncomingMessage, res: ServerResponse, failure: InstallFailure, installPath: string): void {
  const lang = langOf(req);
  const t = TEXTS[lang];
  const status = failure === 'cancelled' ? 200 : failure === 'invalid_link' ? 400 : 502;
  const html = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1d1c1d}</style></head>
<body><h1>${t.title}</h1><p>${t.body[failure]}</p><p><a href="${installPath}">${t.back}</a></p></body>
</html>`;
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}
