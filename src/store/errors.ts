// Typed store failures. Callers decide: retry a conflict where it is safe, tell the user
// "not saved, please try again" on an unavailable store. Nothing is swallowed.

/** A write lost a race: the etag was stale, or a unique id or key is already taken. */
export class ConflictError extends Error {
  readonly code = 'STORE_CONFLICT';
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** The store could not be reached or kept failing after retries. Nothing was written. */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

export function isConflict(err: unknown): err is ConflictError {
  return err instanceof ConflictError;
}
