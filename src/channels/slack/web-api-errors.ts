// What went wrong with a Web API call, in the terms Herstart acts on. Slack answers most failures
// with HTTP 200 and `{ ok: false, error: "<code>" }`; only rate limits use a status (429).
import { webApi } from '@slack/bolt';

export type WebApiFailure =
  | { kind: 'ratelimited'; retryAfterMs: number }
  | { kind: 'platform'; code: string }
  | { kind: 'http'; status: number }
  | { kind: 'network'; message: string };

/** The conversation or the person is gone for good: retrying will not help. */
export const GONE = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'user_not_found',
  'user_disabled',
  'cannot_dm_bot',
  'token_revoked',
  'team_access_not_granted',
]);

/** Slack's own hiccups: worth another try soon. */
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited']);

export function classifyWebApiError(err: unknown): WebApiFailure {
  const e = err as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; retryAfter?: unknown; message?: unknown };
  switch (e?.code) {
    case webApi.ErrorCode.RateLimitedError:
      return { kind: 'ratelimited', retryAfterMs: Math.max(0, Number(e.retryAfter) || 0) * 1000 };
    case webApi.ErrorCode.PlatformError:
      return { kind: 'platform', code: typeof e.data?.error === 'string' ? e.data.error : 'unknown_error' };
    case webApi.ErrorCode.HTTPError:
      return { kind: 'http', status: typeof e.statusCode === 'number' ? e.statusCode : 0 };
    default:
      return { kind: 'network', message: typeof e?.message === 'string' ? e.message : String(err) };
  }
}

export function isGone(f: WebApiFailure): boolean {
  return f.kind === 'platform' && GONE.has(f.code);
}

export function isTransient(f: WebApiFailure): boolean {
  if (f.kind === 'ratelimited' || f.kind === 'network') return true;
  if (f.kind === 'http') return f.status >= 500 || f.status === 408;
  return TRANSIENT.has(f.code);
}

export function describeFailure(f: WebApiFailure): string {
  switch (f.kind) {
    case 'ratelimited':
      return `rate limited (retry after ${f.retryAfterMs} ms)`;
    case 'platform':
      return f.code;
    case 'http':
      return `HTTP ${f.status}`;
    case 'network':
      return f.message;
  }
}
