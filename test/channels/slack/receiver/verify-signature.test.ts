import { createHmac } from 'node:crypto';
import { checkSlackSignature } from '../../../../src/channels/slack/receiver/verify-signature';

const secret = '8f742231b10e8888abcd99yyyzzz85a5';
const now = 1_760_000_000_000;
const ts = String(now / 1000);
const body = 'token=x&team_id=T1&command=%2Fherstart&text=hulp';
const sign = (b: string, t: string, s = secret) => `v0=${createHmac('sha256', s).update(`v0:${t}:${b}`).digest('hex')}`;

describe('checkSlackSignature', () => {
  it('accepts a request signed with the secret within five minutes', () => {
    expect(checkSlackSignature(secret, { rawBody: body, signature: sign(body, ts), timestamp: ts }, now)).toEqual({ ok: true });
    const old = String(now / 1000 - 299);
    expect(checkSlackSignature(secret, { rawBody: body, signature: sign(body, old), timestamp: old }, now).ok).toBe(true);
  });

  it.each([
    ['another secret', { rawBody: body, signature: sign(body, ts, 'other'), timestamp: ts }],
    ['a changed body', { rawBody: `${body}&x=1`, signature: sign(body, ts), timestamp: ts }],
    ['no signature', { rawBody: body, signature: undefined, timestamp: ts }],
    ['a signature twice', { rawBody: body, signature: [sign(body, ts), sign(body, ts)], timestamp: ts }],
    ['an unknown version', { rawBody: body, signature: sign(body, ts).replace('v0=', 'v1='), timestamp: ts }],
    ['a timestamp that is not a number', { rawBody: body, signature: sign(body, '1e9'), timestamp: '1e9' }],
    ['a timestamp over five minutes old', { rawBody: body, signature: sign(body, String(now / 1000 - 301)), timestamp: String(now / 1000 - 301) }],
    ['a timestamp over five minutes ahead', { rawBody: body, signature: sign(body, String(now / 1000 + 301)), timestamp: String(now / 1000 + 301) }],
  ])('refuses %s', (_what, req) => {
    const result = checkSlackSignature(secret, req, now);
    expect(result.ok).toBe(false);
  });
});
