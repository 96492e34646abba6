// One person in Teams and in Slack. "koppel" in one app gives a one-time code; "koppel <code>" in
// the other app adds that app's identity to the same person. When the other app still counts as
// a separate organisation (its first user became its administrator), the two administrators can
// join it to theirs, as long as nothing was recorded there yet.
import { createHash, randomInt } from 'node:crypto';
import type { Identity, Person, Role } from '../../store/types';
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import { personalOnly } from '../personal-only';
import type { CoreReply } from '../messages';
import { updatePersonIn, updateTenant, updateTenantById } from '../writes';

const NAMESPACE = 'link-code';
const VALID_MS = 15 * 60_000;
/** Unambiguous letters and digits: 10 of them are about 49 bits, far beyond guessing in 15 minutes. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 10;

interface IssuedCode {
  tenantId: string;
  personId: string;
  channel: string;
  expiresAt: string;
}

function newCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** Stored by hash: whoever reads the store cannot use a code. */
function keyOf(code: string): string {
  const normalised = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return createHash('sha256').update(normalised).digest('hex');
}

const APP_NAMES: Record<string, string> = { teams: 'Microsoft Teams', slack: 'Slack' };

export async function linkApps(fc: FlowContext, code: string): Promise<CoreReply> {
  const { t } = fc.session;
  const refused = personalOnly(fc);
  if (refused) return refused;
  return code.trim() ? redeem(fc, code) : issue(fc);
}

async function issue(fc: FlowContext): Promise<CoreReply> {
  const { t, tenant, person } = fc.session;
  const code = newCode();
  const entry: IssuedCode = {
    tenantId: tenant.id,
    personId: person.id,
    channel: fc.inbound.channel,
    expiresAt: new Date(fc.clock.now().getTime() + VALID_MS).toISOString(),
  };
  await fc.store.kv.put(NAMESPACE, keyOf(code), { ...entry });
  return { messages: [text(t.link.issued(code))] };
}

async function redeem(fc: FlowContext, code: string): Promise<CoreReply> {
  const { t, tenant, person } = fc.session;
  const key = keyOf(code);
  const entry = (await fc.store.kv.get(NAMESPACE, key)) as IssuedCode | null;
  if (!entry || entry.expiresAt <= fc.clock.now().toISOString()) return { messages: [text(t.link.unknown)] };
  if (entry.channel === fc.inbound.channel) return { messages: [text(t.link.sameApp)] };
  // Used up the moment it is presented in the other app, whatever comes of it.
  await fc.store.kv.delete(NAMESPACE, key);
  const target = (await fc.store.people.get(entry.tenantId, entry.personId))?.value;
  if (!target) return { messages: [text(t.link.unknown)] };
  if (target.id === person.id) return { messages: [text(t.link.done(target.displayName))] };
  if (await hasCases(fc, tenant.id, person.id)) return { messages: [text(t.link.hasCases)] };

  const joiningOrganisation = entry.tenantId !== tenant.id;
  if (joiningOrganisation) {
    const bothAdmins = target.roles.includes('admin') && person.roles.includes('admin');
    if (!bothAdmins || (await fc.store.cases.list(tenant.id)).length > 0) return { messages: [text(t.link.otherOrganisation)] };
  }
  if (joiningOrganisation) await moveChannelKeys(fc, entry.tenantId);
  await moveIdentity(fc, person, entry.tenantId, target);

  const other = APP_NAMES[entry.channel] ?? entry.channel;
  return {
    messages: [text(t.link.done(target.displayName, other)), ...(joiningOrganisation ? [text(t.link.organisationJoined)] : [])],
  };
}

async function hasCases(fc: FlowContext, tenantId: string, personId: string): Promise<boolean> {
  const [managed, own] = await Promise.all([
    fc.store.cases.list(tenantId, { managerId: personId }),
    fc.store.cases.list(tenantId, { employeeId: personId }),
  ]);
  return managed.length > 0 || own.length > 0;
}

/** This app's workspace now belongs to the organisation the code came from. */
async function moveChannelKeys(fc: FlowContext, targetTenantId: string): Promise<void> {
  const keys = fc.session.tenant.channelKeys;
  // Keys are unique across tenants: let go here first, then take them there.
  await updateTenant(fc, (cur) => ({ ...cur, channelKeys: [] }));
  await updateTenantById(fc, targetTenantId, (cur) => ({ ...cur, channelKeys: [...new Set([...cur.channelKeys, ...keys])] }));
}

async function moveIdentity(fc: FlowContext, me: Person, targetTenantId: string, target: Person): Promise<void> {
  const key = fc.inbound.actor.identityKey;
  const identity: Identity = me.identities.find((i) => i.key === key) ?? { channel: fc.inbound.channel, key, userId: fc.inbound.actor.userId };
  await updatePersonIn(fc, fc.session.tenant.id, me.id, (p) => ({ ...p, identities: p.identities.filter((i) => i.key !== key) }));
  // Within one organisation the roles someone had here come along (HR stays HR); across
  // organisations the target's own roles stand.
  const extraRoles: Role[] = targetTenantId === fc.session.tenant.id ? me.roles : [];
  await updatePersonIn(fc, targetTenantId, target.id, (p) => ({
    ...p,
    roles: [...new Set([...p.roles, ...extraRoles])],
    identities: [...p.identities.filter((i) => i.key !== key), identity],
  }));
  await fc.store.refs.save({
    tenantId: targetTenantId,
    ownerId: target.id,
    channel: fc.inbound.channel,
    ref: fc.inbound.address,
    updatedAt: fc.clock.now().toISOString(),
    dead: false,
    deadReason: null,
  });
}
