// A small organisation in a real SQLite store in a temp dir: a tenant, HR, managers, employees,
// their Teams conversations (pointing at a fake Bot Connector) and sickness cases.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TurnContext } from 'botbuilder';
import type { Case } from '../../src/domain/case';
import { openCase } from '../../src/domain/case-events';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store';
import type { Store } from '../../src/store/store';
import type { ConversationRef, Person, Role, Tenant, TenantSettings } from '../../src/store/types';

export class VirtualClock {
  constructor(private t: number) {}
  now(): Date {
    return new Date(this.t);
  }
  set(iso: string): void {
    this.t = Date.parse(iso);
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export interface World {
  dir: string;
  path: string;
  store: Store;
  tenant: Tenant;
  serviceUrl: string;
  dispose(): Promise<void>;
}

export async function makeWorld(opts: { serviceUrl?: string; settings?: Partial<TenantSettings>; tenantId?: string } = {}): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'herstart-sched-'));
  const path = join(dir, 'herstart.db');
  const store = await openSqliteStore(path);
  const tenant: Tenant = {
    id: opts.tenantId ?? 't1',
    name: 'Acme',
    channelKeys: [`teams:aad-${opts.tenantId ?? 't1'}`],
    settings: {
      jurisdiction: 'NL',
      timeZone: 'Europe/Amsterdam',
      locale: 'nl-NL',
      workingHours: { start: '09:00', end: '17:00' },
      employerSize: 50,
      ...opts.settings,
    },
    createdAt: '2025-12-01T00:00:00Z',
  };
  await store.tenants.create(tenant);
  const handles = [store];
  return {
    dir,
    path,
    store,
    tenant,
    serviceUrl: opts.serviceUrl ?? 'http://127.0.0.1:9/',
    dispose: async () => {
      for (const h of handles) await h.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function addPerson(w: World, id: string, roles: Role[], extra: Partial<Person> = {}): Promise<Person> {
  const person: Person = {
    id,
    tenantId: w.tenant.id,
    displayName: extra.displayName ?? id,
    locale: extra.locale ?? null,
    timeZone: extra.timeZone ?? null,
    roles,
    managerId: null,
    identities: [{ channel: 'teams', key: `teams:${id}`, userId: `29:${id}` }],
    createdAt: '2025-12-01T00:00:00Z',
  };
  await w.store.people.create(person);
  return person;
}

/** A Teams conversation for `ownerId` (a person id, or `hr:teams` for the HR channel). */
export async function addConversation(w: World, ownerId: string, conversationId = `conv-${ownerId}`): Promise<ConversationRef> {
  const activity = {
    type: 'message',
    channelId: 'msteams',
    serviceUrl: w.serviceUrl,
    from: { id: `29:${ownerId}` },
    recipient: { id: '28:bot' },
    conversation: { id: conversationId, tenantId: `aad-${w.tenant.id}` },
  };
  const ref: ConversationRef = {
    tenantId: w.tenant.id,
    ownerId,
    channel: 'teams',
    ref: TurnContext.getConversationReference(activity as never) as unknown as Record<string, unknown>,
    updatedAt: '2025-12-01T00:00:00Z',
    dead: false,
  };
  await w.store.refs.save(ref);
  return ref;
}

export async function addCase(w: World, id: string, managerId: string, employeeId: string, firstSickDay: string): Promise<Case> {
  const c = openCase({
    id,
    tenantId: w.tenant.id,
    employeeId,
    managerId,
    jurisdiction: w.tenant.settings.jurisdiction,
    employerSize: w.tenant.settings.employerSize,
    firstSickDay,
    createdAt: `${firstSickDay}T08:00:00Z`,
  });
  await w.store.cases.create(c);
  return c;
}

/** One manager with one sick employee, both reachable; HR with a channel. */
export async function oneCaseWorld(opts: { serviceUrl?: string; firstSickDay?: string; settings?: Partial<TenantSettings> } = {}) {
  const w = await makeWorld(opts);
  await addPerson(w, 'hr1', ['hr'], { displayName: 'Hanna HR' });
  const manager = await addPerson(w, 'm1', ['manager'], { displayName: 'Sanne Jansen' });
  const employee = await addPerson(w, 'e1', ['employee'], { displayName: 'Anna de Vries' });
  await addConversation(w, 'm1');
  await addConversation(w, 'hr:teams', 'conv-hr');
  const c = await addCase(w, 'c1', manager.id, employee.id, opts.firstSickDay ?? '2026-01-05');
  return { ...w, manager, employee, c };
}
