import { ConflictError, StoreUnavailableError } from '../../src/store/errors';
import { backoffDelay, withRetry, type Classifier, type RetryDeps, type RetryPolicy } from '../../src/store/retry';
import { classifySqliteError } from '../../src/store/sqlite/runner';

const policy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000, maxElapsedMs: 10_000 };

/** A clock that only moves when the code under test sleeps. */
function fakeTime(random = 0.5): RetryDeps & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    random: () => random,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

const transient = Object.assign(new Error('busy'), { code: 'BUSY' });
const retryBusy: Classifier = (err) =>
  (err as { code?: string }).code === 'BUSY' ? { action: 'retry' } : (err as { code?: string }).code === 'GONE' ? { action: 'rethrow' } : { action: 'fail' };

function failing(times: number, error: unknown = transient) {
  let calls = 0;
  const attempts: number[] = [];
  return {
    attempts,
    op: async (attempt: number) => {
      attempts.push(attempt);
      if (calls++ < times) throw error;
      return 'ok';
    },
  };
}

describe('withRetry', () => {
  it('retries transient failures with growing, jittered backoff and returns the result', async () => {
    const time = fakeTime(0.5);
    const f = failing(3);
    await expect(withRetry('save', f.op, retryBusy, policy, time)).resolves.toBe('ok');
    expect(f.attempts).toEqual([1, 2, 3, 4]);
    expect(time.slept).toEqual([50, 100, 200]);
  });

  it('caps each backoff and spreads callers with full jitter', () => {
    expect(backoffDelay(10, policy, () => 0.999)).toBe(999);
    expect(backoffDelay(1, policy, () => 0)).toBe(0);
    expect(backoffDelay(3, policy, () => 0.25)).toBe(100);
  });

  it('waits at least the server\'s retry-after', async () => {
    const time = fakeTime(0.5);
    const f = failing(2);
    const honour: Classifier = () => ({ action: 'retry', afterMs: 700 });
    await withRetry('save', f.op, honour, policy, time);
    expect(time.slept).toEqual([725, 750]);
  });

  it('raises StoreUnavailableError after the last attempt, keeping the cause', async () => {
    const time = fakeTime();
    const f = failing(99);
    const err = await withRetry('save case', f.op, retryBusy, policy, time).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).message).toMatch(/save case still failing after 5 attempt/);
    expect((err as Error).cause).toBe(transient);
    expect(f.attempts).toHaveLength(5);
  });

  it('stops early when the next wait would pass the time budget', async () => {
    const time = fakeTime();
    const f = failing(99);
    const long: Classifier = () => ({ action: 'retry', afterMs: 6000 });
    await expect(withRetry('save', f.op, long, policy, time)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(f.attempts).toEqual([1, 2]);
    expect(time.slept).toEqual([6025]);
  });

  it('fails at once on a permanent error', async () => {
    const time = fakeTime();
    const f = failing(1, Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' }));
    await expect(withRetry('save', f.op, classifySqliteError, policy, time)).rejects.toThrow(StoreUnavailableError);
    expect(f.attempts).toEqual([1]);
    expect(time.slept).toEqual([]);
  });

  it('passes conflicts and errors the caller handles through untouched', async () => {
    const time = fakeTime();
    const conflict = new ConflictError('stale');
    await expect(withRetry('save', failing(1, conflict).op, retryBusy, policy, time)).rejects.toBe(conflict);
    const gone = Object.assign(new Error('gone'), { code: 'GONE' });
    await expect(withRetry('save', failing(1, gone).op, retryBusy, policy, time)).rejects.toBe(gone);
    expect(time.slept).toEqual([]);
  });

  it('treats SQLITE_BUSY and SQLITE_LOCKED, with extended codes, as transient', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE']) {
      expect(classifySqliteError(Object.assign(new Error(code), { code }))).toEqual({ action: 'retry' });
    }
    for (const code of ['SQLITE_FULL', 'SQLITE_CORRUPT', 'SQLITE_READONLY', undefined]) {
      expect(classifySqliteError(Object.assign(new Error('x'), { code }))).toEqual({ action: 'fail' });
    }
  });
});
