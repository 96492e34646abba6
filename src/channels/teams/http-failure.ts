// Reading HTTP failures from the Bot Framework connector client, and how long to wait.

export function statusOf(err: unknown): number | null {
  const e = err as { statusCode?: unknown; response?: { status?: unknown } } | null;
  const status = e?.statusCode ?? e?.response?.status;
  return typeof status === 'number' ? status : null;
}

/** Retry-After in ms (seconds or an HTTP date), when the response carried one. */
export function retryAfterMsOf(err: unknown, now = Date.now()): number | null {
  const headers = (err as { response?: { headers?: { get?(name: string): string | undefined } } } | null)?.response
    ?.headers;
  const raw = typeof headers?.get === 'function' ? headers.get('retry-after') : undefined;
  if (!raw) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export { backoffDelay } from '../backoff';
