// Proactive delivery: Herstart writes first (nudges, escalations, check-ins). Picks the channel a
// person last used, sends in their language, and when a conversation is gone for good marks it
// dead and makes sure HR hears of it once: through the listener (the scheduler's escalation card)
// when it takes it on, else as a short note of its own.
import type { Logger } from 'pino';
import type { Store } from '../store/store';
import { noteDeadAddress } from './addresses';
import type { Channel, ConversationRef, Person, Tenant } from '../store/types';
import { text } from './card';
import { hrOwnerId } from './flows/hr-admin';
import { resolveLang, texts, type Lang, type Texts } from './i18n';
import type { OutboundMessage } from './messages';
import type { ChannelSender, Clock, SendOutcome } from './ports';

export type MessageBuilder = (lang: Lang, t: Texts) => OutboundMessage[];

export interface DeliveryReport {
  outcome: SendOutcome;
  channel: Channel | null;
}

const NO_ADDRESS: SendOutcome = { status: 'dead', reason: 'no conversation with this person yet' };

/**
 * The tenant and person as the caller has just read them (the scheduler reads them for many
 * recipients at once), so they are not read again for the send. Their conversations are always
 * read at the send: whether someone can be reached is decided on what is stored now.
 */
export interface KnownRecipient {
  tenant: Tenant;
  person: Person;
}

/** Hears when someone Herstart writes to can no longer be reached at all. */
export interface UnreachableListener {
  /**
   * Every conversation with `person`, written to as `role`, has just gone. Returns true when HR
   * will hear of it this way (an escalation is planned or already went), so Delivery says nothing.
   */
  personUnreachable(tenantId: string, person: Person, role: string): Promise<boolean>;
}

export class Delivery {
  /**
   * The live list of channel senders: the app adds Slack's once it exists, after this object was
   * built (the core, which Slack needs, needs delivery first).
   */
  constructor(
    private readonly store: Store,
    private readonly senders: readonly ChannelSender[],
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  private unreachable: UnreachableListener | null = null;

  /** Set by the scheduler, which exists only after delivery does. */
  onUnreachable(listener: UnreachableListener): void {
    this.unreachable = listener;
  }

  private sender(channel: Channel): ChannelSender | undefined {
    return this.senders.find((s) => s.channel === channel);
  }

  async toPerson(tenantId: string, personId: string, role: string, build: MessageBuilder, known?: KnownRecipient): Promise<DeliveryReport> {
    const [tenant, person]: [Tenant | undefined, Person | undefined] =
      known && known.tenant.id === tenantId && known.person.id === personId
        ? [known.tenant, known.person]
        : await Promise.all([this.store.tenants.get(tenantId), this.store.people.get(tenantId, personId)]).then(([t, p]) => [t?.value, p?.value]);
    if (!tenant || !person) return { outcome: { status: 'failed', error: 'unknown tenant or person' }, channel: null };
    const lang = resolveLang(person.locale, tenant.settings.locale);
    const report = await this.sendVia(tenantId, personId, build(lang, texts(lang)));
    if (report.outcome.status === 'dead' && report.channel) await this.tellHrUnreachable(tenantId, person, role);
    return report;
  }

  /**
   * To the tenant's HR channel; when there is none, to each HR person directly. Sent when at least
   * one HR person got it (those who did not are logged), so a retry never repeats it to the others.
   */
  async toHr(tenantId: string, build: MessageBuilder): Promise<DeliveryReport> {
    const tenant = await this.store.tenants.get(tenantId);
    if (!tenant) return { outcome: { status: 'failed', error: 'unknown tenant' }, channel: null };
    const lang = resolveLang(tenant.value.settings.locale);
    for (const { channel } of this.senders) {
      const report = await this.sendVia(tenantId, hrOwnerId(channel), build(lang, texts(lang)));
      if (report.outcome.status !== 'dead') return report;
    }
    const reports: Array<{ personId: string; report: DeliveryReport }> = [];
    for (const p of await this.store.people.listByRole(tenantId, 'hr')) {
      const personLang = resolveLang(p.locale, tenant.value.settings.locale);
      reports.push({ personId: p.id, report: await this.sendVia(tenantId, p.id, build(personLang, texts(personLang))) });
    }
    const combined = combineOutcomes(reports.map((r) => r.report));
    const missed = reports.filter((r) => r.report.outcome.status !== 'sent');
    if (combined.outcome.status === 'sent' && missed.length > 0) {
      this.logger.warn({ tenantId, missed: missed.map((r) => ({ personId: r.personId, outcome: r.report.outcome.status })) }, 'an HR message reached some HR people, not all');
    } else if (combined.outcome.status === 'dead') {
      this.logger.warn({ tenantId }, 'no way to reach HR: no HR channel and no reachable HR person');
    }
    return combined;
  }

  /**
   * Tries the person's live conversations, most recently used first. Read by key on the channels
   * there are senders for (a point read each, not a query: on Cosmos DB one round trip and 1 RU).
   */
  private async sendVia(tenantId: string, ownerId: string, messages: OutboundMessage[]): Promise<DeliveryReport> {
    const channels = [...new Set(this.senders.map((s) => s.channel))];
    const refs = (await Promise.all(channels.map((c) => this.store.refs.get(tenantId, ownerId, c))))
      .filter((r): r is ConversationRef => r !== null && !r.dead)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    let last: DeliveryReport = { outcome: NO_ADDRESS, channel: null };
    for (const ref of refs) {
      const outcome = await this.sender(ref.channel)!.send(ref, messages);
      last = { outcome, channel: ref.channel };
      if (outcome.status !== 'dead') return last;
      await this.markDead(ref, outcome.reason);
    }
    return last;
  }

  private async markDead(ref: ConversationRef, reason: string): Promise<void> {
    this.logger.warn({ tenantId: ref.tenantId, ownerId: ref.ownerId, channel: ref.channel, reason }, 'conversation is gone');
    await this.store.refs.markDead(ref.tenantId, ref.ownerId, ref.channel, reason);
    await noteDeadAddress(this.store, ref.tenantId);
  }

  private async tellHrUnreachable(tenantId: string, person: Person, role: string): Promise<void> {
    // Avoid a loop: HR itself being unreachable is only logged.
    if (person.roles.includes('hr')) return;
    // An employee who removes or blocks the app has stopped the check-ins, which is theirs to do;
    // HR hears of check-ins only what the employee was promised (signals, not this).
    if (role === 'employee') return;
    if (await this.escalatedElsewhere(tenantId, person, role)) return;
    const report = await this.toHr(tenantId, (_lang, t) => [text(t.hr.deadReference(person.displayName, roleName(t, role)))]);
    this.logger.info({ tenantId, personId: person.id, at: this.clock.now().toISOString(), hr: report.outcome.status }, 'HR told about an unreachable person');
  }

  private async escalatedElsewhere(tenantId: string, person: Person, role: string): Promise<boolean> {
    if (!this.unreachable) return false;
    try {
      return await this.unreachable.personUnreachable(tenantId, person, role);
    } catch (err) {
      // Better the short note than silence.
      this.logger.error({ err, tenantId, personId: person.id }, 'could not plan the escalation for an unreachable person');
      return false;
    }
  }
}

/** Several sends of one message: sent if any arrived; otherwise the outcome most worth retrying. */
function combineOutcomes(reports: readonly DeliveryReport[]): DeliveryReport {
  const sent = reports.find((r) => r.outcome.status === 'sent');
  if (sent) return sent;
  const throttled = reports.filter((r) => r.outcome.status === 'throttled');
  if (throttled.length > 0) {
    const wait = Math.max(...throttled.map((r) => (r.outcome.status === 'throttled' ? r.outcome.retryAfterMs : 0)));
    return { outcome: { status: 'throttled', retryAfterMs: wait }, channel: throttled[0]!.channel };
  }
  return reports.find((r) => r.outcome.status === 'failed') ?? reports.find((r) => r.channel !== null) ?? { outcome: NO_ADDRESS, channel: null };
}

function roleName(t: Texts, role: string): string {
  return (t.roles as Record<string, string>)[role] ?? role;
}
