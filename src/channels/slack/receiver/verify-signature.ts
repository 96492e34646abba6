// Slack signs every request with the app's signing secret (v0 HMAC-SHA256 over
// `v0:<timestamp>:<body>`). Bolt's verifySlackRequest checks the signature and refuses old
// timestamps; we also refuse timestamps from the future, so a captured request cannot be
// replayed later by someone who pre-dated it.
import { verifySlackRequest } from '@slack/bolt';

/** Slack's own replay window. */
export const MAX_SKEW_SECONDS = 5 * 60;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export interface SignedRequest {
  rawBody: string;
  signature: string | string[] | undefined;
  timestamp: string | string[] | undefined;
}

export function checkSlackSignature(signingSecret: string, req: SignedRequest, nowMs: number): SignatureCheck {
  if (typeof req.signature !== 'string' || typeof req.timestamp !== 'string') {
    return { ok: false, reason: 'missing x-slack-signature or x-slack-request-timestamp' };
  }
  if (!/^\d{1,12}$/.test(req.timestamp)) return { ok: false, reason: 'x-slack-request-timestamp is not a number' };
  const timestamp = Number(req.timestamp);
  const skew = timestamp - Math.floor(nowMs / 1000);
  if (Math.abs(skew) > MAX_SKEW_SECONDS) return { ok: false, reason: `timestamp is ${skew} s off (more than 5 minutes)` };
  try {
    verifySlackRequest({
      signingSecret,
      body: req.rawBody,
      headers: { 'x-slack-signature': req.signature, 'x-slack-request-timestamp': timestamp },
      nowMilliseconds: nowMs,
    });
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : 'signature mismatch' };
  }
}
