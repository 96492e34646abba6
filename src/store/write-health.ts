// Whether the store can write, for /healthz: reads can keep working while every write fails (a
// full disk, a database turned read-only, a Cosmos DB account out of storage or permission).
// Each engine reports write failures of that kind here, and clears them once a write lands.

export interface WriteFailure {
  reason: string;
  at: number;
}

export class WriteHealth {
  private failure: WriteFailure | null = null;

  failed(reason: string, at: number): void {
    this.failure = { reason, at };
  }

  succeeded(): void {
    this.failure = null;
  }

  /** The last write failure not yet followed by a successful write. */
  current(): WriteFailure | null {
    return this.failure;
  }
}

/** The first line of an error, with its code: enough for an operator, never a stack. */
export function reasonOf(err: unknown): string {
  const cause = (err as { cause?: unknown } | null)?.cause ?? err;
  const e = cause as { code?: unknown; message?: unknown } | null;
  const message = typeof e?.message === 'string' ? (e.message.split('\n')[0] ?? '') : String(cause);
  return typeof e?.code === 'string' || typeof e?.code === 'number' ? `${String(e.code)}: ${message}` : message;
}
