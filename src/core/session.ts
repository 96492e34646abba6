// Who is talking, in which organisation, in which language. Creates the tenant on first contact
// (its first person becomes the administrator) and the person on their first message.
import { randomUUID } from 'node:crypto';
import { ConflictError } from '../store/errors';
import type { Store } from '../store/store';
import type { Identity, Person, Tenant, TenantSettings, Versioned } from '../store/types';
import { resolveLang, texts, type Lang, type Texts } from './i18n';
import type { InboundContext, MentionedUser } from './messages';
import { localDate } from './time';
import { remember as rememberTenant, tenantByChannelKey } from './tenant-cache';

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

export async function resolveSession(store: Store, ctx: InboundContext, newId: () => string = randomUUID): Promise<Session> {
  const { tenant, created: newTenant } = await findOrCreateTenant(store, ctx, newId);
  const { person, created: newPerson } = await findOrCreatePerson(store, tenant.id, ctx, newTenant, newId);
  const lang = resolveLang(person.locale, ctx.actor.locale, tenant.settings.locale);
  return {
    tenant,
    person,
    lang,
    t: texts(lang),
    today: localDate(ctx.receivedAt, person.timeZone ?? tenant.settings.timeZone),
    newTenant,
    newPerson,
  };
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
): Promise<{ tenant: Tenant; created: boolean }> {
  const existing = await tenantByChannelKey(store, ctx.tenantKey);
  if (existing) return { tenant: existing, created: false };
  const tenant: Tenant = {
    id: newId(),
    name: '',
    channelKeys: [ctx.tenantKey],
    settings: { ...defaultTenantSettings, locale: resolveLang(ctx.actor.locale) },
    createdAt: ctx.receivedAt.toISOString(),
  };
  try {
    const created = (await store.tenants.create(tenant)).value;
    rememberTenant(store, created);
    return { tenant: created, created: true };
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
): Promise<{ person: Person; created: boolean }> {
  const found = await store.people.findByIdentity(tenantId, ctx.actor.identityKey);
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
    return { person: (await store.people.create(person)).value, created: true };
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    const winner = await store.people.findByIdentity(tenantId, ctx.actor.identityKey);
    if (!winner) throw err;
    return { person: winner.value, created: false };
  }
}

/** Keeps name, time zone and the channel user id current; skips the write when nothing changed. */
async function refreshPerson(store: Store, found: Versioned<Person>, ctx: InboundContext): Promise<Person> {
  const p = found.value;
  const identity = identityOf(ctx);
  const known = p.identities.find((i) => i.key === identity.key);
  const name = ctx.actor.displayName || p.displayName;
  const timeZone = ctx.actor.timeZone ?? p.timeZone ?? null;
  // A person's chosen language wins over what the client reports; take the client's only if none yet.
  const locale = p.locale ?? ctx.actor.locale ?? null;
  if (known?.userId === identity.userId && name === p.displayName && timeZone === p.timeZone && locale === p.locale) {
    return p;
  }
  const updated: Person = {
    ...p,
    displayName: name,
    timeZone,
    locale,
    identities: [...p.identities.filter((i) => i.key !== identity.key), identity],
  };
  try {
    return (await store.people.update(updated, found.etag)).value;
  } catch (err) {
    if (err instanceof ConflictError) return p; // someone else refreshed it a moment ago
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
