// Plain server-rendered pages: they work before (and without) any script. Every value that came
// from outside goes through `escapeHtml`; the one inline style is allowed by its hash, so the
// Content-Security-Policy needs no 'unsafe-inline'.
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Text known to be markup already (built from escaped parts). */
export interface Html {
  readonly html: string;
}

export const raw = (html: string): Html => ({ html });

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export function html(strings: TemplateStringsArray, ...values: Array<string | number | Html | Html[]>): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    const part = Array.isArray(v) ? v.map((h) => h.html).join('') : typeof v === 'object' ? v.html : escapeHtml(String(v));
    out += part + strings[i + 1]!;
  });
  return raw(out);
}

// Light and dark follow the system; readable at 200% zoom; focus always visible.
const STYLE = `
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--accent:#0b5cad;--on-accent:#fff;--muted:#4a4a4a}
@media (prefers-color-scheme:dark){:root{--fg:#f2f2f2;--bg:#1f1f1f;--accent:#8ab8ef;--on-accent:#111;--muted:#c8c8c8}}
body{font:1rem/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0}
main{max-width:36rem;margin:3rem auto;padding:0 1rem}
h1{font-size:1.5rem;line-height:1.25}
p{color:var(--muted)}
button{font:inherit;font-weight:600;padding:.6rem 1.4rem;border:0;border-radius:.3rem;background:var(--accent);color:var(--on-accent);cursor:pointer}
button:focus-visible{outline:3px solid var(--fg);outline-offset:3px}
`;
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** The policy for these small pages: nothing loads from anywhere, forms post only to us. */
export const SIMPLE_PAGE_CSP = `default-src 'none'; style-src ${STYLE_HASH}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

export function page(opts: { lang: string; title: string; body: Html }): string {
  return `<!doctype html>
<html lang="${escapeHtml(opts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(opts.title)}</title>
<style>${STYLE}</style>
</head>
<body><main>${opts.body.html}</main></body>
</html>
`;
}

/** Sends a small page with headers that keep it (and the token in its URL) private. */
export function sendPage(res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Content-Security-Policy': SIMPLE_PAGE_CSP,
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(body);
}
