// What the store keeps. Plain JSON-able shapes shared by both engines.
import type { Case, Jurisdiction } from '../domain/case';
import type { ContactProcedure } from '../domain/contact-procedure';

export type Channel = 'teams' | 'slack';
/**
 * `reporter`: a manager the administrator named; when the organisation restricts reporting
 * (`TenantSettings.reporting: 'named'`), only reporters, HR and the administrator open cases.
 */
export type Role = 'employee' | 'manager' | 'hr' | 'admin' | 'reporter';

/** A stored value with its version: pass the etag back to update it. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

export interface WorkingHours {
  /** Local wall-clock times, `HH:mm`. */
  start: string;
  end: string;
}

/** A tenant-written escalation rule: an adaptive-expressions expression over the case facts. */
export interface EscalationRuleSetting {
  id: string;
  expression: string;
  enabled: boolean;
}

/** Where HR escalations go, per channel. `conversation` is the channel's own reference (opaque). */
export interface HrDestination {
  channel: Channel;
  /** Opaque, channel-specific address (a Teams conversation reference, a Slack channel id...). */
  address: Record<string, unknown>;
  setBy: string;
  setAt: string;
}

export interface TenantSettings {
  jurisdiction: Jurisdiction;
  timeZone: string;
  /** Default locale for people whose own locale is unknown: `nl-NL`, `nl-BE`, `en` or `fr-BE`. */
  locale: string;
  workingHours: WorkingHours;
  employerSize: number;
  /** Full-time equivalents, when the organisation gave them: the absence percentage then uses FTE instead of heads. */
  fte?: number | null;
  /** Overrides of the default contact cadence, in days, keyed by phase or cadence step id. */
  cadence?: Record<string, number>;
  /** Overrides of the employee check-in rhythm, in days, keyed by setting name (domain/checkins/rhythm.ts). */
  checkinRhythm?: Record<string, number>;
  /** Overrides of the reminder lead times (days before due), keyed by milestone id or `default`. */
  leadTimes?: Record<string, number[]>;
  escalationRules?: EscalationRuleSetting[];
  hrDestinations?: HrDestination[];
  /** Tailored conversation-guide content; replaces the default entries it names. */
  guideOverrides?: Record<string, unknown>;
  /** Who may report a colleague sick: anyone (the default), or only named managers (`reporter`), HR and the administrator. */
  reporting?: 'anyone' | 'named';
  /** Overrides of the configurable legal values (domain/rules/settings.ts), keyed by name. */
  rules?: Record<string, number | boolean>;
  /** The organisation's own days off (a collective agreement's): `YYYY-MM-DD` or yearly `MM-DD`. */
  daysOff?: string[];
  /** BE: the contact procedure from the work rules (domain/contact-procedure.ts). */
  contactProcedure?: ContactProcedure | null;
}

export interface Tenant {
  id: string;
  name: string;
  /** Channel-side keys that map to this tenant: `teams:<aadTenantId>`, `slack:<teamId>`. */
  channelKeys: string[];
  settings: TenantSettings;
  createdAt: string;
}

/** A person's identity on one channel. `key` is unique within a tenant. */
export interface Identity {
  channel: Channel;
  /** `teams:<aadObjectId>` or `slack:<teamId>:<userId>`. */
  key: string;
  /** Channel-specific ids kept for addressing (Teams user id `29:...`, Slack user id). */
  userId: string;
}

export interface Person {
  id: string;
  tenantId: string;
  displayName: string;
  locale?: string | null;
  timeZone?: string | null;
  roles: Role[];
  managerId?: string | null;
  identities: Identity[];
  createdAt: string;
}

export type RecordKind =
  | 'outcome'
  | 'checkin'
  | 'wishlist'
  | 'milestone_done'
  | 'phase_change'
  | 'lookback'
  | 'escalation_state'
  | 'nudge_response'
  /** A Dutch legal event (wage sanction, expert opinion...): domain/legal/events.ts. */
  | 'legal_event'
  /** A version (draft or final) of a re-integration file document (src/domain/dossier). */
  | 'document'
  /** The employee's view on (or BE reply to) one document version. */
  | 'document_view';

/** Append-only. `idempotencyKey` is unique per tenant: the same key stores one record. */
export interface CaseRecord {
  id: string;
  tenantId: string;
  caseId?: string | null;
  /** The person the record is about or from (the employee for check-ins). */
  personId?: string | null;
  kind: RecordKind;
  idempotencyKey: string;
  createdBy: string;
  createdAt: string;
  data: Record<string, unknown>;
}

export type ReminderState = 'pending' | 'claimed' | 'sent' | 'cancelled';
export type RecipientRole = 'manager' | 'hr' | 'employee';

export interface Reminder {
  /** Deterministic (derived from what it reminds of) so re-planning the same item is idempotent. */
  id: string;
  tenantId: string;
  caseId?: string | null;
  recipientId: string;
  recipientRole: RecipientRole;
  /** What it is about: `milestone`, `contact`, `checkin`, `lookback`, `escalation`... */
  kind: string;
  milestoneId?: string | null;
  ruleId?: string | null;
  /** UTC instant, ISO 8601 with `Z`. */
  dueAt: string;
  state: ReminderState;
  /** While claimed: the lease end (UTC ISO); a lease that has run out makes the reminder due again. */
  claimedUntil?: string | null;
  claimedBy?: string | null;
  sentAt?: string | null;
  attempts: number;
  lastError?: string | null;
  payload?: Record<string, unknown> | null;
}

/** How to reach a person (or an HR channel) proactively. `ref` is opaque to everything but its channel. */
export interface ConversationRef {
  tenantId: string;
  /** A person id, or `hr:<channel>` for an HR destination. */
  ownerId: string;
  channel: Channel;
  ref: Record<string, unknown>;
  updatedAt: string;
  dead: boolean;
  deadReason?: string | null;
}

export interface AuditEntry {
  tenantId: string;
  actorId: string;
  caseId: string;
  action: 'read' | 'list' | 'update' | 'export' | 'erase';
  at: string;
  detail?: string | null;
}

export type { Case };
