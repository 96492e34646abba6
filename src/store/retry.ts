// One retry policy for both engines. Transient failures (Cosmos 429/503/408, network timeouts,
// SQLITE_BUSY) are retried with exponential backoff and full jitter, honouring a server's
// retry-after; a conflict passes through untouched for the caller to handle; anything else, or a
// transient failure that outlasts the budget, becomes a StoreUnavailableError so the chat layer
// can say "not saved, please try again". Nothing is swallowed.
import { ConflictError, StoreUnavailableError } from './errors';

export interface RetryPolicy {
  /** Tries in total, the first one included. */
  maxAttempts: number;
  /** Backoff before the second try; doubles after each failure. */
  baseDelayMs: number;
  /** Cap on one backoff. */
  maxDelayMs: number;
  /** Give up once this much time has gone by (a chat reply cannot wait long). */
  maxElapsedMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 25,
  maxDelayMs: 1_000,
  maxElapsedMs: 5_000,
};

/** What to do with a failure. */
export type Verdict =
  /** Try again, waiting at least `afterMs` when the server said so. */
  | { action: 'retry'; afterMs?: number }
  /** Hand the error to the caller as it is (a conflict, a not-found the caller maps itself). */
  | { action: 'rethrow' }
  /** A permanent failure: wrap it as StoreUnavailableError. */
  | { action: 'fail' };

export type Classifier = (err: unknown) => Verdict;

/** Seams for tests: time and randomness are injected, never read inside the logic. */
export interface RetryDeps {
  sleep(ms: number): Promise<void>;
  random(): number;
  now(): number;
  /** Told about each retry, for logs. */
  onRetry?(info: { what: string; attempt: number; delayMs: number; error: unknown }): void;
}

export const realRetryDeps: RetryDeps = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
};

/** Full jitter (a uniform pick below the exponential cap) spreads out callers that failed together. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * cap);
}

/**
 * Runs `op` until it succeeds, a verdict says stop, or the budget is spent. `op` gets the attempt
 * number (1-based) so a write can tell a first try from a retry whose predecessor may have landed.
 */
export async function withRetry<T>(
  what: string,
  op: (attempt: number) => Promise<T>,
  classify: Classifier,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  deps: RetryDeps = realRetryDeps,
): Promise<T> {
  const started = deps.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await op(attempt);
    } catch (err) {
      if (err instanceof ConflictError || err instanceof StoreUnavailableError) throw err;
      const verdict = classify(err);
      if (verdict.action === 'rethrow') throw err;
      if (verdict.action === 'fail') {
        throw new StoreUnavailableError(`${what} failed: ${describe(err)}`, { cause: err });
      }
      const jitter = backoffDelay(attempt, policy, deps.random);
      // A server's retry-after is a floor; jitter on top keeps throttled callers from returning in step.
      const delayMs = verdict.afterMs !== undefined ? verdict.afterMs + Math.floor(jitter / 2) : jitter;
      const elapsed = deps.now() - started;
      if (attempt >= policy.maxAttempts || elapsed + delayMs > policy.maxElapsedMs) {
        throw new StoreUnavailableError(
          `${what} still failing after ${attempt} attempt(s) in ${elapsed} ms: ${describe(err)}`,
          { cause: err },
        );
      }
      deps.onRetry?.({ what, attempt, delayMs, error: err });
      await deps.sleep(delayMs);
    }
  }
}

/** Duck-typed: errors from native modules may come from another realm and fail `instanceof Error`. */
function describe(err: unknown): string {
  if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') {
    const { code, message } = err as { code?: unknown; message: string };
    const first = message.split('\n')[0] ?? '';
    return code !== undefined ? `${String(code)} ${first}` : first;
  }
  return String(err);
}
