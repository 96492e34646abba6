// Who is asking: a Teams tab request carries an Entra ID bearer token, a browser a session cookie.
// Either way the person is one of Herstart's own (tenant + identity in the store) and their role
// comes from the store, never from the token.
import type { Request } from 'restify';
import type { Logger } from 'pino';
import { isHr } from '../../core/access';
import type { Store } from '../../store/store';
import type { Person, Tenant } from '../../store/types';
import { cookies } from '../http';
import { bearerOf, type EntraTokenValidator } from './entra-token';
import type { SessionStore, WebSession } from './sessions';

export type Scope = 'hr' | 'manager' | 'employee';

export interface Viewer {
  tenant: Tenant;
  person: Person;
  scope: Scope;
  /** Cookie sessions have one (with its CSRF token); the Teams tab's bearer requests do not. */
  session: { id: string; value: WebSession } | null;
}

export type ViewerResult = { ok: true; viewer: Viewer } | { ok: false; why: 'none' | 'expired' | 'unknown_person' | 'bad_token' };

export function scopeOf(person: Person): Scope {
  if (isHr(person)) return 'hr';
  return person.roles.includes('manager') ? 'manager' : 'employee';
}

export function sessionCookieName(secure: boolean): string {
  // The __Host- prefix needs Secure; plain local http gets a plain name.
  return secure ? '__Host-herstart' : 'herstart_session';
}

export interface ViewerDeps {
  store: Store;
  sessions: SessionStore;
  entra: EntraTokenValidator | null;
  secureCookies: boolean;
  logger: Logger;
}

export async function viewerOf(req: Request, deps: ViewerDeps, now: Date): Promise<ViewerResult> {
  const token = bearerOf(req.headers.authorization);
  if (token) {
    if (!deps.entra) return { ok: false, why: 'bad_token' };
    const check = await deps.entra.check(token, now);
    if (!check.ok) {
      deps.logger.warn({ reason: check.reason }, 'workspace token refused');
      return { ok: false, why: 'bad_token' };
    }
    const tenant = await deps.store.tenants.findByChannelKey(`teams:${check.who.tenantId}`);
    const person = tenant ? await deps.store.people.findByIdentity(tenant.value.id, `teams:${check.who.objectId}`) : null;
    if (!tenant || !person) return { ok: false, why: 'unknown_person' };
    return { ok: true, viewer: { tenant: tenant.value, person: person.value, scope: scopeOf(person.value), session: null } };
  }
  const id = cookies(req).get(sessionCookieName(deps.secureCookies));
  if (!id) return { ok: false, why: 'none' };
  const session = await deps.sessions.find(id, now);
  if (!session) return { ok: false, why: 'expired' };
  const [tenant, person] = await Promise.all([deps.store.tenants.get(session.tenantId), deps.store.people.get(session.tenantId, session.personId)]);
  if (!tenant || !person) return { ok: false, why: 'unknown_person' };
  return { ok: true, viewer: { tenant: tenant.value, person: person.value, scope: scopeOf(person.value), session: { id, value: session } } };
}
