// A verified request body to what it is: Slack's SSL check, its URL verification handshake, or a
// payload for the app (an Events API envelope, an interaction, a slash command).
import { parse as parseQuery } from 'node:querystring';

export type ParsedBody =
  | { kind: 'ssl_check' }
  | { kind: 'url_verification'; challenge: string }
  | { kind: 'payload'; body: Record<string, unknown> }
  | { kind: 'invalid'; reason: string };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseJsonObject(text: string, what: string): ParsedBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'invalid', reason: `${what} is not JSON` };
  }
  if (!isPlainObject(value)) return { kind: 'invalid', reason: `${what} is not a JSON object` };
  if (value.type === 'url_verification') {
    return typeof value.challenge === 'string'
      ? { kind: 'url_verification', challenge: value.challenge }
      : { kind: 'invalid', reason: 'url_verification without a challenge' };
  }
  return { kind: 'payload', body: value };
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Slack's SSL check is unsigned; it is recognised before the signature is checked and does nothing. */
export function isSslCheck(rawBody: string, contentType: string | undefined): boolean {
  return mediaType(contentType) === 'application/x-www-form-urlencoded' && parseQuery(rawBody).ssl_check === '1';
}

export function parseSlackBody(rawBody: string, contentType: string | undefined): ParsedBody {
  const type = mediaType(contentType);
  if (type === 'application/json') return parseJsonObject(rawBody, 'the body');
  if (type !== 'application/x-www-form-urlencoded') return { kind: 'invalid', reason: `unsupported content type "${type}"` };
  const form = parseQuery(rawBody);
  if (form.ssl_check === '1') return { kind: 'ssl_check' };
  if (form.payload !== undefined) {
    return typeof form.payload === 'string' ? parseJsonObject(form.payload, 'payload') : { kind: 'invalid', reason: 'payload given twice' };
  }
  if (typeof form.command !== 'string') return { kind: 'invalid', reason: 'neither a payload nor a slash command' };
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    if (typeof value !== 'string') return { kind: 'invalid', reason: `${key} given twice` };
    body[key] = value;
  }
  return { kind: 'payload', body };
}
