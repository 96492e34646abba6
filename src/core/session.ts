// Who is talking, in which organisation, in which language. Creates the tenant on first contact
// (its first person becomes the administrator) and the person on their first message.
//
// Every turn reads the tenant and the person fresh, together, in one round trip: settings and
// roles are never served stale. Only which ids a channel key and an identity belong to is kept
// (IdCache), and checked against those fresh documents on every use.
import { randomUUID } from 'node:crypto';
import { ConflictError } from '../store/errors';
import type { Store } from '../store/store';
import type { Identity, Person, Tenant, TenantSettings, Versioned } from '../store/types';
import { resolveLang, texts, type Lang, type Texts } from './i18n';
import { IdCache } from './id-cache';
import type { InboundContext, MentionedUser } from './messages';
import { localDate } from './time';

export interface Session {
  tenant: Tenant;
  person: Person;
  lang: Lang;
  t: Texts;
  /** The person's calendar date when the event arrived. */
  today: string;
  /** True on the tenant's very first event: its first person was just made administrator. */
  newTenant: boolean;
  newPerson: boolean;
}

export const defaultTenantSettings: TenantSettings = {
  jurisdiction: 'NL',
  timeZone: 'Europe/Amsterdam',
  locale: 'nl-NL',
  workingHours: { start: '09:00', end: '17:00' },
  employerSize: 50,
};

export interface SessionOptions {
  newId?: () => string;
  ids?: IdCache;
  /** Told the tenant id as soon as it is known, so reads that need nothing more can start. */
  onTenantId?: (tenantId: string) => void;
  /** Told the person's stored version, so the turn does not read it again. */
  onPerson?: (person: Versioned<Person>) => void;
}

export async function resolveSession(store: Store, ctx: InboundContext, opts: SessionOptions = {}): Promise<Session> {
  const newId = opts.newId ?? randomUUID;
  const ids = opts.ids ?? new IdCache();
  const known = await lookUp(store, ctx, ids, opts.onTenantId);
  const { tenant, created: newTenant } = known.tenant
    ? { tenant: known.tenant, created: false }
    : await findOrCreateTenant(store, ctx, newId, known.noTenant);
  ids.rememberTenant(ctx.tenantKey, tenant.id);
  if (!known.tenant) opts.onTenantId?.(tenant.id);
  const { person, created: newPerson } = known.tenant && known.person
    ? { person: await refreshPerson(store, known.person, ctx), created: false }
    : await findOrCreatePerson(store, tenant.id, ctx, newTenant, newId, newTenant || (known.tenant !== null && known.noPerson));
  ids.rememberPerson(tenant.id, ctx.actor.identityKey, person.value.id);
  opts.onPerson?.(person);
  const lang = resolveLang(person.value.locale, ctx.actor.locale, tenant.settings.locale);
  return {
    tenant,
    person: person.value,
    lang,
    t: texts(lang),
    today: localDate(ctx.receivedAt, person.value.timeZone ?? tenant.settings.timeZone),
    newTenant,
    newPerson,
  };
}

interface LookedUp {
  tenant: Tenant | null;
  person: Versioned<Person> | null;
  /** Certain that nothing claims the channel key (not merely that a cached id went stale). */
  noTenant: boolean;
  noPerson: boolean;
}

/**
 * The tenant and the person, read together: from remembered ids in one round trip, else after
 * the key look-ups (which for the person start as soon as the tenant id is known).
 */
async function lookUp(store: Store, ctx: InboundContext, ids: IdCache, onTenantId?: (id: string) => void): Promise<LookedUp> {
  const channelKey = ctx.tenantKey;
  const identityKey = ctx.actor.identityKey;
  const tenantId = ids.tenantOf(channelKey) ?? (await store.tenants.idForChannelKey(channelKey));
  if (tenantId === null) return { tenant: null, person: null, noTenant: true, noPerson: true };
  onTenantId?.(tenantId);
  const cachedPerson = ids.personOf(tenantId, identityKey);
  let noPerson = false;
  const personRead = (async () => {
    const personId = cachedPerson ?? (await store.people.idForIdentity(tenantId, identityKey));
    if (personId === null) noPerson = true;
    return personId === null ? null : store.people.get(tenantId, personId);
  })();
  const [tenantFound, personFound] = await Promise.all([store.tenants.get(tenantId), personRead]);
  const tenant = tenantFound?.value.channelKeys.includes(channelKey) ? tenantFound.value : null;
  if (!tenant) {
    // A key that moved (two apps joined) or a claim a crash left behind: look it up properly.
    ids.forgetTenant(channelKey);
    return { tenant: null, person: null, noTenant: false, noPerson: false };
  }
  const person = personFound?.value.identities.some((i) => i.key === identityKey) ? personFound : null;
  if (!person) ids.forgetPerson(tenantId, identityKey);
  return { tenant, person, noTenant: false, noPerson };
}

/** The session of a known person outside a chat turn (the HR workspace): no identity to resolve, nothing created. */
export function sessionFor(tenant: Tenant, person: Person, now: Date): Session {
  const lang = resolveLang(person.locale, tenant.settings.locale);
  return { tenant, person, lang, t: texts(lang), today: localDate(now, person.timeZone ?? tenant.settings.timeZone), newTenant: false, newPerson: false };
}

async function findOrCreateTenant(
  store: Store,
  ctx: InboundContext,
  newId: () => string,
  knownAbsent: boolean,
): Promise<{ tenant: Tenant; created: boolean }> {
  const existing = knownAbsent ? null : await store.tenants.findByChannelKey(ctx.tenantKey);
  if (existing) return { tenant: existing.value, created: false };
  const tenant: Tenant = {
    id: newId(),
    name: '',
    channelKeys: [ctx.tenantKey],
    settings: { ...defaultTenantSettings, locale: resolveLang(ctx.actor.locale) },
    createdAt: ctx.receivedAt.toISOString(),
  };
  try {
    return { tenant: (await store.tenants.create(tenant)).value, created: true };
  } catch (err) {
    // Two first messages at once: the other one created it.
    if (!(err instanceof ConflictError)) throw err;
    const winner = await store.tenants.findByChannelKey(ctx.tenantKey);
    if (!winner) throw err;
    return { tenant: winner.value, created: false };
  }
}

function identityOf(ctx: InboundContext): Identity {
  return { channel: ctx.channel, key: ctx.actor.identityKey, userId: ctx.actor.userId };
}

async function findOrCreatePerson(
  store: Store,
  tenantId: string,
  ctx: InboundContext,
  firstOfTenant: boolean,
  newId: () => string,
  knownAbsent: boolean,
): Promise<{ person: Versioned<Person>; created: boolean }> {
  const found = knownAbsent ? null : await store.people.findByIdentity(tenantId, ctx.actor.identityKey);
  if (found) return { person: await refreshPerson(store, found, ctx), created: false };
  const person: Person = {
    id: newId(),
    tenantId,
    displayName: ctx.actor.displayName,
    locale: ctx.actor.locale ?? null,
    timeZone: ctx.actor.timeZone ?? null,
    roles: firstOfTenant ? ['admin', 'manager'] : ['manager'],
    managerId: null,
    identities: [identityOf(ctx)],
    createdAt: ctx.receivedAt.toISOString(),
  };
  try {
    return { person: await store.people.create(person), created: true };
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    const winner = await store.people.findByIdentity(tenantId, ctx.actor.identityKey);
    if (!winner) throw err;
    return { person: winner, created: false };
  }
}

/** Keeps name, time zone and the channel user id current; skips the write when nothing changed. */
async function refreshPerson(store: Store, found: Versioned<Person>, ctx: InboundContext): Promise<Versioned<Person>> {
  const p = found.value;
  const identity = identityOf(ctx);
  const known = p.identities.find((i) => i.key === identity.key);
  const name = ctx.actor.displayName || p.displayName;
  const timeZone = ctx.actor.timeZone ?? p.timeZone ?? null;
  // A person's chosen language wins over what the client reports; take the client's only if none yet.
  const locale = p.locale ?? ctx.actor.locale ?? null;
  if (known?.userId === identity.userId && name === p.displayName && timeZone === p.timeZone && locale === p.locale) {
    return found;
  }
  const updated: Person = {
    ...p,
    displayName: name,
    timeZone,
    locale,
    identities: [...p.identities.filter((i) => i.key !== identity.key), identity],
  };
  try {
    return await store.people.update(updated, found.etag);
  } catch (err) {
    if (err instanceof ConflictError) return found; // someone else refreshed it a moment ago
    throw err;
  }
}

/** A person known only from a roster or a mention: they get a record so they can be chosen. */
export async function ensurePersonFor(
  store: Store,
  tenantId: string,
  channel: Identity['channel'],
  user: MentionedUser,
  now: Date,
  newId: () => string = randomUUID,
): Promise<Person> {
  const found = await store.people.findByIdentity(tenantId, user.identityKey);
  if (found) return found.value;
  const person: Person = {
    id: newId(),
    tenantId,
    displayName: user.displayName,
    locale: null,
    timeZone: null,
    roles: ['employee'],
    managerId: null,
    identities: [{ channel, key: user.identityKey, userId: user.userId }],
    createdAt: now.toISOString(),
  };
  try {
    return (await store.people.create(person)).value;
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    const winner = await store.people.findByIdentity(tenantId, user.identityKey);
    if (!winner) throw err;
    return winner.value;
  }
}
