// What the scheduler needs from the rest of the application. The core's Delivery fits
// ProactiveDelivery as it is; tests and the simulation use the real one too.
import type { Locale } from '../domain/labels';
import type { OutboundMessage } from '../core/messages';
import type { SendOutcome } from '../core/ports';
import type { KnownRecipient } from '../core/delivery';
import type { Channel, RecipientRole } from '../store/types';

export type MessageBuilder = (lang: Locale) => OutboundMessage[];

export interface DeliveryResult {
  outcome: SendOutcome;
  channel: Channel | null;
}

/** Proactive delivery to a person (their live conversation, in their language) or to HR. */
export interface ProactiveDelivery {
  /** `known`: the tenant, person and conversations the caller has just read, not read again. */
  toPerson(tenantId: string, personId: string, role: string, build: MessageBuilder, known?: KnownRecipient): Promise<DeliveryResult>;
  toHr(tenantId: string, build: MessageBuilder): Promise<DeliveryResult>;
}

/** One message the scheduler delivered (or tried to): what the simulation prints. */
export interface DeliveryEvent {
  at: Date;
  tenantId: string;
  to: RecipientRole;
  recipientId: string;
  /** `nudge` (a bundle of reminders) or `escalation` (one case, for HR). */
  kind: 'nudge' | 'escalation';
  items: Array<{ reminderId: string; kind: string; caseId: string | null; milestoneId: string | null; ruleId: string | null }>;
  outcome: SendOutcome;
}
