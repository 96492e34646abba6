// Small HTTP helpers for the workspace's routes: security headers, cookies, reading a form body.
// Only the workspace's own POST routes read a body, and only a small urlencoded one.
import type { Request, Response } from 'restify';

/** Teams and Microsoft 365 hosts that may frame the workspace (the personal tab); ../shared/web-auth.md §2. */
export const TEAMS_FRAME_ANCESTORS = [
  'teams.microsoft.com',
  '*.teams.microsoft.com',
  '*.cloud.microsoft',
  '*.microsoft365.com',
  '*.office.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook-sdf.office.com',
  'outlook-sdf.office365.com',
];

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  // The tab's MSAL asks Entra ID for a token; nothing else leaves the page.
  "connect-src 'self' https://login.microsoftonline.com",
  "form-action 'self'",
  "base-uri 'none'",
  `frame-ancestors ${TEAMS_FRAME_ANCESTORS.join(' ')}`,
].join('; ');

export function sendHtml(res: Response, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    // Personal data: never kept by a browser or proxy cache.
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
}

export function redirect(res: Response, location: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(303, { location, 'cache-control': 'no-store', ...headers });
  res.end();
}

export function cookies(req: Request): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return out;
}

export interface CookieOptions {
  secure: boolean;
  maxAgeSeconds?: number;
  httpOnly?: boolean;
}

/** A cookie for this host only: Path=/, SameSite=Lax, and Secure with the __Host- prefix when served over https. */
export function cookieHeader(name: string, value: string, o: CookieOptions): string {
  const parts = [`${name}=${value}`, 'Path=/', 'SameSite=Lax'];
  if (o.httpOnly !== false) parts.push('HttpOnly');
  if (o.secure) parts.push('Secure');
  if (o.maxAgeSeconds !== undefined) parts.push(`Max-Age=${o.maxAgeSeconds}`);
  return parts.join('; ');
}

export class BodyError extends Error {
  constructor(readonly status: 413 | 415 | 400) {
    super(`body refused (${status})`);
  }
}

const FORM_LIMIT = 8 * 1024;

/** A urlencoded form body of at most 8 KB; anything else is a BodyError (415, 413). */
export async function readForm(req: Request): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new BodyError(415);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as unknown as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > FORM_LIMIT) throw new BodyError(413);
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * A state-changing request from a page of ours: browsers send Origin (and Sec-Fetch-Site) with
 * every form POST, and a cross-site one names another origin than the host it is sent to. A
 * request with neither is not from a browser form. Defence in depth beside the synchronizer
 * token (OWASP CSRF Cheat Sheet).
 */
export function fromOurOwnPage(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  if (typeof origin !== 'string') return true;
  // A page sent with Referrer-Policy: no-referrer (the link page) makes Chromium send `Origin: null`
  // on its own form's POST; Fetch Metadata still says where it came from.
  if (origin === 'null') return site === 'same-origin';
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
