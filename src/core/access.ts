// Who may see and change what. One place decides for every id a request carries:
//   - a case: its manager, or HR and the administrator of its tenant (each such look is audited);
//     the employee it is about may name it only in the few actions that are hers (`OWN_CASE_ACTIONS`);
//   - a reminder: the person (or, for HR's reminders, HR) it is addressed to, and only while they
//     may see its case;
//   - a record: its owner, for an employee's own check-in answers and wish lists;
//   - a person: someone of the presser's own organisation.
// Every card submit passes `authorizeSubmit` before its handler runs, so a press with a crafted
// id reveals and changes nothing; flows open cases through `openCaseFor`, checked once per turn.
import type { Case } from '../domain/case';
import type { CaseRecord, Person, Reminder, Versioned } from '../store/types';
import { text } from './card';
import { checkinTexts } from './checkins/texts';
import type { FlowContext } from './flow-context';
import type { CoreReply } from './messages';

/**
 * A case opened for a manager or HR, or the refusal. `ownCase`: the presser is the employee the
 * case is about; every flow for managers and HR refuses her, and the card gate lets her through
 * only into `OWN_CASE_ACTIONS`.
 */
export type CaseAccess = { ok: true; found: Versioned<Case>; asHr: boolean } | { ok: false; reply: CoreReply; ownCase?: boolean };

export type Purpose = 'read' | 'update';

export function isHr(person: Person): boolean {
  return person.roles.includes('hr') || person.roles.includes('admin');
}

/**
 * The one rule for a case of the reader's own tenant (the caller reads only within it): its
 * manager may, as its manager; HR and the administrator may, as HR (a look to audit); no one else.
 */
export function rightToCase(person: Person, c: Pick<Case, 'managerId'>): 'manager' | 'hr' | null {
  if (c.managerId === person.id) return 'manager';
  return isHr(person) ? 'hr' : null;
}

export async function openCaseFor(fc: FlowContext, caseId: unknown, purpose: Purpose): Promise<CaseAccess> {
  const { t } = fc.session;
  if (typeof caseId !== 'string' || caseId === '') return { ok: false, reply: { messages: [text(t.errors.badSubmit)] } };
  // Once per case per turn: the check that let the press through is the one the flow uses.
  const known = fc.grants.get(caseId);
  if (known) return known;
  const access = checkCase(fc, caseId, purpose);
  fc.grants.set(caseId, access);
  return access;
}

async function checkCase(fc: FlowContext, caseId: string, purpose: Purpose): Promise<CaseAccess> {
  const { t, person, tenant } = fc.session;
  // Always the caller's own tenant: a case id from another tenant simply is not found. Usually
  // read already, while the session was resolved (the core starts it for a card that names a case).
  const found = await fc.reads.case(caseId);
  if (!found) return { ok: false, reply: { messages: [text(t.errors.caseNotFound)] } };
  const right = rightToCase(person, found.value);
  if (right === 'manager') return { ok: true, found, asHr: false };
  if (right === 'hr') {
    // Written while the flow reads on; the answer waits for it, so no look goes unlogged.
    fc.alongside(
      fc.store.audit.append({
        tenantId: tenant.id,
        actorId: person.id,
        caseId,
        action: purpose,
        at: fc.clock.now().toISOString(),
        detail: fc.inbound.via ?? fc.inbound.channel,
      }),
    );
    return { ok: true, found, asHr: true };
  }
  if (found.value.employeeId === person.id) return { ok: false, reply: { messages: [text(t.errors.noAccess)] }, ownCase: true };
  fc.logger.warn({ tenantId: tenant.id, caseId, personId: person.id }, 'case access refused');
  return { ok: false, reply: { messages: [text(t.errors.noAccess)] } };
}

/** After a flow changed a case, later looks in the same turn see the new version. */
export function rememberCase(fc: FlowContext, saved: Versioned<Case>): void {
  const known = fc.grants.get(saved.value.id);
  if (!known) return;
  fc.grants.set(
    saved.value.id,
    known.then((a) => (a.ok ? { ...a, found: saved } : a)),
  );
}

/**
 * Whether the person may report a colleague sick, or the answer why not: not while they are off
 * sick themselves, and, where the organisation restricts reporting, only as a named manager
 * (`reporter`), HR or the administrator.
 */
export async function reportingRefusal(fc: FlowContext): Promise<CoreReply | null> {
  const { t, tenant, person } = fc.session;
  if (tenant.settings.reporting === 'named' && !isHr(person) && !person.roles.includes('reporter')) {
    return { messages: [text(t.intake.notNamed)] };
  }
  const own = await fc.store.cases.list(tenant.id, { employeeId: person.id, status: 'open' });
  return own.length > 0 ? { messages: [text(t.intake.ownCaseOpen)] } : null;
}

/** A reminder is for the person it names, or for HR as a whole when it is HR's. */
export function addressedTo(r: Pick<Reminder, 'recipientRole' | 'recipientId'>, person: Person): boolean {
  return r.recipientRole === 'hr' ? isHr(person) : r.recipientId === person.id;
}

/** One of the person's own check-in answers or wish lists, by record id. */
export async function ownAnswer(fc: FlowContext, recordId: string): Promise<CaseRecord | null> {
  const { tenant, person } = fc.session;
  const own = [
    ...(await fc.store.records.list(tenant.id, { personId: person.id, kind: 'checkin' })),
    ...(await fc.store.records.list(tenant.id, { personId: person.id, kind: 'wishlist' })),
  ];
  return own.find((r) => r.id === recordId && r.createdBy === person.id) ?? null;
}

/**
 * Checks one id field of a card submit: null when the presser may use it, else the answer that
 * refuses the press. `data` is the whole submit (a field may depend on another, such as caseId).
 */
export type IdCheck = (fc: FlowContext, value: string, data: Record<string, unknown>, press: Press) => Promise<CoreReply | null>;

/** The button pressed: its action, and whether it only reads. */
export interface Press {
  action: string;
  purpose: Purpose;
}

/**
 * The card actions the employee a case is about presses herself with its id: her view on a
 * case-file document put to her (core/dossier/view-flow.ts, which checks again that the case is
 * hers). Any other button naming her case is refused at the gate, as for anyone who is not its
 * manager or HR.
 */
const OWN_CASE_ACTIONS: ReadonlySet<string> = new Set(['view.submit']);

/** The submit fields that name stored things, checked in this order (the case first). */
export const CORE_ID_CHECKS: Record<string, IdCheck> = {
  // Its manager or HR; or the employee it is about, in her own actions only.
  caseId: async (fc, value, _data, press) => {
    const access = await openCaseFor(fc, value, press.purpose);
    return access.ok || (access.ownCase && OWN_CASE_ACTIONS.has(press.action)) ? null : access.reply;
  },
  // Someone else's answer is "not found", as a deleted one of your own would be.
  recordId: async (fc, value) => ((await ownAnswer(fc, value)) ? null : { messages: [text(checkinTexts(fc.session.lang).commands.notFound)] }),
  employeeId: (fc, value) => personOfTenant(fc, value),
  fixedEmployeeId: (fc, value) => personOfTenant(fc, value),
};

async function personOfTenant(fc: FlowContext, personId: string): Promise<CoreReply | null> {
  // Through the turn's reads: usually read already, while the session was resolved.
  return (await fc.reads.person(personId)) ? null : badSubmit(fc);
}

export function badSubmit(fc: FlowContext): CoreReply {
  return { messages: [text(fc.session.t.errors.badSubmit)] };
}

/** Opening a form only reads; everything else a button does may change something. */
export function purposeOf(action: string): Purpose {
  return action.endsWith('.open') ? 'read' : 'update';
}

/**
 * The gate every card submit passes before its handler: each id field present in `data` is checked
 * against the presser's rights. Null when all pass; else the refusal, and nothing else happens.
 */
export async function authorizeSubmit(
  fc: FlowContext,
  action: string,
  data: Record<string, unknown>,
  checks: Record<string, IdCheck>,
): Promise<CoreReply | null> {
  const press: Press = { action, purpose: purposeOf(action) };
  for (const [field, check] of Object.entries(checks)) {
    const value = data[field];
    if (value === undefined || value === null || value === '') continue;
    const refused = typeof value === 'string' ? await check(fc, value, data, press) : badSubmit(fc);
    if (refused) {
      fc.logger.warn({ tenantId: fc.session.tenant.id, personId: fc.session.person.id, action, field }, 'card submit refused: an id the presser may not use');
      return refused;
    }
  }
  return null;
}
