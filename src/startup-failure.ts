// What a failed start prints: one line an operator can act on. A stack trace (with our source
// paths) is for developers and shows only at LOG_LEVEL=debug or trace.

const MAX_LENGTH = 400;

function messageOf(err: unknown): string {
  const raw = err instanceof Error ? err.message : typeof err === 'string' ? err : 'unknown error';
  const line = raw.replace(/\s+/g, ' ').trim() || (err instanceof Error ? err.name : 'unknown error');
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}

export function startupFailure(err: unknown, logLevel: string | undefined): string {
  const line = `Herstart cannot start: ${messageOf(err)}\n`;
  const debug = logLevel === 'debug' || logLevel === 'trace';
  const stack = err instanceof Error ? err.stack : undefined;
  return debug && stack ? `${line}${stack}\n` : line;
}
