// Browser sessions for the workspace, kept in the store (kv namespace `websession`) so every
// instance behind a load balancer knows them. The cookie holds a random id (256 bits); the store
// holds only its SHA-256, so a copy of the database cannot be replayed as a cookie. Sessions end
// after an idle time and, whatever happens, after an absolute time (OWASP Session Management
// Cheat Sheet; ../shared/web-auth.md §4).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { KeyValueRepo } from '../../store/store';

const NAMESPACE = 'websession';
/** Writing the last-seen time on every request would cost a write per page; a minute is precise enough. */
const TOUCH_AFTER_MS = 60_000;

export interface SessionSettings {
  idleMs: number;
  absoluteMs: number;
}

export interface WebSession {
  tenantId: string;
  personId: string;
  /** Synchronizer token for this session's forms (CSRF). */
  csrf: string;
  createdAt: string;
  lastSeenAt: string;
}

const Stored = z.object({ tenantId: z.string(), personId: z.string(), csrf: z.string(), createdAt: z.string(), lastSeenAt: z.string() });

const hash = (id: string): string => createHash('sha256').update(id).digest('hex');

export class SessionStore {
  constructor(
    private readonly kv: KeyValueRepo,
    private readonly settings: SessionSettings,
  ) {}

  /** A new session; returns the cookie value. Always a fresh id, so a login never reuses an old one. */
  async start(who: { tenantId: string; personId: string }, now: Date): Promise<{ id: string; session: WebSession }> {
    const id = randomBytes(32).toString('base64url');
    const session: WebSession = { ...who, csrf: randomBytes(24).toString('base64url'), createdAt: now.toISOString(), lastSeenAt: now.toISOString() };
    await this.kv.put(NAMESPACE, hash(id), { ...session }, { expiresAt: this.expiry(session) });
    return { id, session };
  }

  /** The live session for a cookie value, or null (unknown, idle too long, or past its absolute end). */
  async find(id: string, now: Date): Promise<WebSession | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(id)) return null;
    const key = hash(id);
    const parsed = Stored.safeParse(await this.kv.get(NAMESPACE, key));
    if (!parsed.success) return null;
    const s = parsed.data;
    const t = now.getTime();
    if (t - Date.parse(s.lastSeenAt) >= this.settings.idleMs || t - Date.parse(s.createdAt) >= this.settings.absoluteMs) {
      await this.kv.delete(NAMESPACE, key);
      return null;
    }
    if (t - Date.parse(s.lastSeenAt) > TOUCH_AFTER_MS) {
      const touched = { ...s, lastSeenAt: now.toISOString() };
      await this.kv.put(NAMESPACE, key, { ...touched }, { expiresAt: this.expiry(touched) });
      return touched;
    }
    return s;
  }

  async end(id: string): Promise<void> {
    await this.kv.delete(NAMESPACE, hash(id));
  }

  /** When the store may forget it: the earlier of idle and absolute expiry. */
  private expiry(s: WebSession): Date {
    return new Date(Math.min(Date.parse(s.lastSeenAt) + this.settings.idleMs, Date.parse(s.createdAt) + this.settings.absoluteMs));
  }
}

/** Constant-time comparison of a submitted CSRF token with the session's. */
export function csrfMatches(session: WebSession, submitted: unknown): boolean {
  if (typeof submitted !== 'string' || submitted.length !== session.csrf.length) return false;
  return timingSafeEqual(Buffer.from(submitted), Buffer.from(session.csrf));
}
