// One-time links posted in chat: the case file download and the workspace sign-in both use them.
// OWASP ASVS 4.0.3 V2.7 and the Forgot Password Cheat Sheet give the rules: random from a CSPRNG,
// short-lived, usable once, bound to the person who asked, and only a hash stored, so a copy of
// the database opens nothing. The token is spent by a POST (see src/web/link-routes.ts), never by
// the GET that link scanners and Slack's unfurler make.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Clock, LinkMaker, LinkRequest } from '../core/ports';
import type { Store } from '../store/store';

export interface LinkGrant {
  /** What spending the link does: 'signin' (workspace), 'dossier' (case file download), ... */
  purpose: string;
  tenantId: string;
  personId: string;
  /** A path on our own server that the purpose's handler serves (never a full URL). */
  target: string;
  /** The asker's language, for the pages around the link. */
  lang: string;
  createdAt: string;
  expiresAt: string;
}

const NAMESPACE = 'link';
/** 256 bits: far beyond guessing within a link's few minutes. */
const TOKEN_BYTES = 32;
/** Longest lifetime a purpose may ask for (the case file's 15 minutes is the longest today). */
export const MAX_LINK_TTL_MS = 15 * 60_000;

const StoredGrant = z.object({
  purpose: z.string(),
  tenantId: z.string(),
  personId: z.string(),
  target: z.string(),
  lang: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});

/** base64url of 32 bytes: 43 characters. Anything else is not one of ours and costs no store read. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function isTokenShaped(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export class OneTimeLinks implements LinkMaker {
  /**
   * `baseUrl` is the configured public origin; a function because without one it is this
   * machine's address, known only once the server listens.
   */
  constructor(private readonly deps: { store: Store; clock: Clock; baseUrl: string | (() => string) }) {}

  async mint(req: LinkRequest): Promise<{ url: string; expiresAt: Date }> {
    if (!req.target.startsWith('/') || req.target.startsWith('//')) throw new TypeError(`link target must be a local path: ${req.target}`);
    if (!(req.ttlMs > 0 && req.ttlMs <= MAX_LINK_TTL_MS)) throw new RangeError(`link lifetime out of range: ${req.ttlMs} ms`);
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const now = this.deps.clock.now();
    const expiresAt = new Date(now.getTime() + req.ttlMs);
    const grant: LinkGrant = {
      purpose: req.purpose,
      tenantId: req.tenantId,
      personId: req.personId,
      target: req.target,
      lang: req.lang,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    };
    await this.deps.store.kv.put(NAMESPACE, hashOf(token), { ...grant }, { expiresAt });
    const base = typeof this.deps.baseUrl === 'function' ? this.deps.baseUrl() : this.deps.baseUrl;
    return { url: `${base.replace(/\/+$/, '')}/l/${token}`, expiresAt };
  }

  /** The grant while the token is known, unspent and unexpired; does not spend it. */
  async peek(token: string): Promise<LinkGrant | null> {
    if (!isTokenShaped(token)) return null;
    return this.live(await this.deps.store.kv.get(NAMESPACE, hashOf(token)));
  }

  /** Spends the token: the first caller gets the grant, every later one (and any after expiry) null. */
  async spend(token: string): Promise<LinkGrant | null> {
    if (!isTokenShaped(token)) return null;
    return this.live(await this.deps.store.kv.take(NAMESPACE, hashOf(token)));
  }

  private live(doc: Record<string, unknown> | null): LinkGrant | null {
    const parsed = StoredGrant.safeParse(doc);
    if (!parsed.success) return null;
    return Date.parse(parsed.data.expiresAt) > this.deps.clock.now().getTime() ? parsed.data : null;
  }
}
