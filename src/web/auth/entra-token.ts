// Validates the Entra ID access token the Teams tab sends as a bearer (Teams SSO, NAA or
// getAuthToken). With jose: the signature against the key set, then the issuer compared exactly
// for the token's own tenant (Microsoft's common key set signs for every tenant, so a signature
// alone would let any organisation in), the audience (our app only), the `access_as_user` scope
// and the expiry. Facts and sources: ../shared/web-auth.md §1.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

export interface EntraSettings {
  /** The tab's Entra app (client) id; a v2 token's `aud` is exactly this. */
  clientId: string;
  /** Also accepted as `aud` (a v1 token may carry the Application ID URI, `api://<host>/...`). */
  resource: string | null;
  /** Issuer templates; `{tenantid}` is replaced by the token's `tid` and the result compared exactly. */
  issuers: string[];
  jwksUrl: string;
  /** The delegated scope the tab asks for. */
  scope: string;
}

export const DEFAULT_ISSUERS = ['https://login.microsoftonline.com/{tenantid}/v2.0', 'https://sts.windows.net/{tenantid}/'];
export const DEFAULT_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

export interface EntraIdentity {
  tenantId: string;
  objectId: string;
}

export type TokenCheck = { ok: true; who: EntraIdentity } | { ok: false; reason: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class EntraTokenValidator {
  private readonly keys: JWTVerifyGetKey;

  constructor(
    private readonly settings: EntraSettings,
    keys?: JWTVerifyGetKey,
  ) {
    // Microsoft's rollover advice: keep keys about an hour, refetch on an unknown kid at most every 5 minutes.
    this.keys = keys ?? createRemoteJWKSet(new URL(settings.jwksUrl), { cacheMaxAge: 3_600_000, cooldownDuration: 300_000, timeoutDuration: 5_000 });
  }

  async check(token: string, now: Date): Promise<TokenCheck> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        algorithms: ['RS256'],
        audience: [this.settings.clientId, ...(this.settings.resource ? [this.settings.resource] : [])],
        currentDate: now,
        clockTolerance: 60,
        requiredClaims: ['iss', 'aud', 'exp', 'tid', 'oid'],
      }));
    } catch (err) {
      return { ok: false, reason: describe(err) };
    }
    const tid = typeof payload.tid === 'string' ? payload.tid : '';
    const oid = typeof payload.oid === 'string' ? payload.oid : '';
    if (!GUID.test(tid) || !GUID.test(oid)) return { ok: false, reason: 'tid or oid is not a GUID' };
    const expected = this.settings.issuers.map((t) => t.replace('{tenantid}', tid));
    if (!expected.includes(String(payload.iss))) return { ok: false, reason: 'issuer is not the token tenant\'s own' };
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(this.settings.scope)) return { ok: false, reason: `scope ${this.settings.scope} missing` };
    return { ok: true, who: { tenantId: tid, objectId: oid } };
  }
}

function describe(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'expired';
  if (err instanceof errors.JWTClaimValidationFailed) return `claim ${err.claim} refused`;
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'bad signature';
  if (err instanceof errors.JWKSNoMatchingKey) return 'unknown signing key';
  if (err instanceof errors.JOSEError) return err.code;
  return 'unreadable token';
}

/** The bearer token of a request, if it has one. */
export function bearerOf(header: string | undefined): string | null {
  const m = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header ?? '');
  return m ? m[1]! : null;
}
