// Reading a request body before anything parses it: Slack's signature is computed over the exact
// bytes, and a Bot Framework activity is authenticated before its body is looked at. Nothing is
// ever written to disk, a compressed body is refused (its size would be the compressed size), and
// no more than the limit is ever held in memory.
import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`request body is larger than ${limitBytes} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

function header(req: IncomingMessage, name: string): string {
  const v = req.headers[name];
  return (Array.isArray(v) ? v.join(',') : (v ?? '')).trim().toLowerCase();
}

/** `application/json` from `application/json; charset=utf-8`; '' when absent. */
export function mediaTypeOf(req: IncomingMessage): string {
  return header(req, 'content-type').split(';')[0]!.trim();
}

/**
 * Why the body cannot be read as it is, before reading it: 415 for an encoded body (gzip,
 * deflate, br...: the limit would count compressed bytes) or a media type not in `accepted`.
 */
export function refuseBeforeReading(req: IncomingMessage, accepted: readonly string[]): { status: 415; reason: string } | null {
  const encoding = header(req, 'content-encoding');
  if (encoding !== '' && encoding !== 'identity') return { status: 415, reason: 'a content-encoding is not accepted; send the body as it is' };
  const type = mediaTypeOf(req);
  if (!accepted.includes(type)) return { status: 415, reason: `send ${accepted.join(' or ')}` };
  return null;
}

export function readRawBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) {
    // Drain without keeping it, so the connection can answer.
    req.resume();
    return Promise.reject(new BodyTooLargeError(limitBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limitBytes) {
        failed = true;
        chunks.length = 0;
        reject(new BodyTooLargeError(limitBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (failed) return;
      failed = true;
      reject(err);
    });
  });
}
