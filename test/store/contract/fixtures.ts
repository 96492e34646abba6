// Builders for valid store values, so each test states only what it is about.
import type { Case } from '../../../src/domain/case';
import type { AuditEntry, CaseRecord, ConversationRef, Person, Reminder, Tenant } from '../../../src/store/types';

export function aTenant(id: string, overrides: Partial<Tenant> = {}): Tenant {
  return {
    id,
    name: `Tenant ${id}`,
    channelKeys: [`teams:${id}-aad`, `slack:${id}-team`],
    settings: {
      jurisdiction: 'NL',
      timeZone: 'Europe/Amsterdam',
      locale: 'nl-NL',
      workingHours: { start: '09:00', end: '17:00' },
      employerSize: 120,
    },
    createdAt: '2024-01-02T08:00:00.000Z',
    ...overrides,
  };
}

export function aPerson(tenantId: string, id: string, overrides: Partial<Person> = {}): Person {
  return {
    id,
    tenantId,
    displayName: `Person ${id}`,
    locale: 'nl-NL',
    timeZone: 'Europe/Amsterdam',
    roles: ['employee'],
    managerId: null,
    identities: [{ channel: 'teams', key: `teams:${tenantId}-${id}-aad`, userId: `29:${id}` }],
    createdAt: '2024-01-02T08:00:00.000Z',
    ...overrides,
  };
}

export function aCase(tenantId: string, id: string, overrides: Partial<Case> = {}): Case {
  return {
    id,
    tenantId,
    employeeId: 'emp-1',
    managerId: 'mgr-1',
    jurisdiction: 'NL',
    employerSize: 120,
    sickPeriods: [{ start: '2024-02-05', end: null, kind: 'full' }],
    maternityLeave: null,
    phase: 'dropout',
    phaseHistory: [{ phase: 'dropout', on: '2024-02-05' }],
    milestonesDone: [],
    rit: null,
    expectedReturn: null,
    status: 'open',
    closedOn: null,
    createdAt: '2024-02-05T09:00:00.000Z',
    ...overrides,
  };
}

export function aRecord(tenantId: string, key: string, overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: `rec-${key}`,
    tenantId,
    caseId: 'case-1',
    personId: 'emp-1',
    kind: 'outcome',
    idempotencyKey: key,
    createdBy: 'mgr-1',
    createdAt: '2024-02-10T10:00:00.000Z',
    data: { agreed: 'call again next week' },
    ...overrides,
  };
}

export function aReminder(tenantId: string, id: string, overrides: Partial<Reminder> = {}): Reminder {
  return {
    id,
    tenantId,
    caseId: 'case-1',
    recipientId: 'mgr-1',
    recipientRole: 'manager',
    kind: 'milestone',
    milestoneId: 'nl.problem_analysis',
    ruleId: null,
    dueAt: '2024-03-01T08:00:00.000Z',
    state: 'pending',
    claimedUntil: null,
    claimedBy: null,
    sentAt: null,
    attempts: 0,
    lastError: null,
    payload: null,
    ...overrides,
  };
}

export function aRef(tenantId: string, ownerId: string, overrides: Partial<ConversationRef> = {}): ConversationRef {
  return {
    tenantId,
    ownerId,
    channel: 'teams',
    ref: { conversation: { id: `a:${ownerId}` }, serviceUrl: 'https://smba.trafficmanager.net/emea/' },
    updatedAt: '2024-02-05T09:00:00.000Z',
    dead: false,
    deadReason: null,
    ...overrides,
  };
}

export function anAudit(tenantId: string, at: string, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return { tenantId, actorId: 'hr-1', caseId: 'case-1', action: 'read', at, detail: null, ...overrides };
}

export const at = (iso: string): Date => new Date(iso);

export function byId<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.id.localeCompare(b.id));
}
