// Proactive delivery: Herstart writes first (nudges, escalations, check-ins). Picks the channel a
// person last used, sends in their language, and when a conversation is gone for good marks it
// dead and tells HR, once.
import type { Logger } from 'pino';
import type { Store } from '../store/store';
import type { Channel, ConversationRef, Person } from '../store/types';
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

  private sender(channel: Channel): ChannelSender | undefined {
    return this.senders.find((s) => s.channel === channel);
  }

  async toPerson(tenantId: string, personId: string, role: string, build: MessageBuilder): Promise<DeliveryReport> {
    const [tenant, person] = await Promise.all([this.store.tenants.get(tenantId), this.store.people.get(tenantId, personId)]);
    if (!tenant || !person) return { outcome: { status: 'failed', error: 'unknown tenant or person' }, channel: null };
    const lang = resolveLang(person.value.locale, tenant.value.settings.locale);
    const report = await this.sendVia(tenantId, personId, build(lang, texts(lang)));
    if (report.outcome.status === 'dead' && report.channel) await this.tellHrUnreachable(tenantId, person.value, role);
    return report;
  }

  /** To the tenant's HR channel; when there is none, to each HR person directly. */
  async toHr(tenantId: string, build: MessageBuilder): Promise<DeliveryReport> {
    const tenant = await this.store.tenants.get(tenantId);
    if (!tenant) return { outcome: { status: 'failed', error: 'unknown tenant' }, channel: null };
    const lang = resolveLang(tenant.value.settings.locale);
    for (const { channel } of this.senders) {
      const report = await this.sendVia(tenantId, hrOwnerId(channel), build(lang, texts(lang)));
      if (report.outcome.status !== 'dead') return report;
    }
    const hrPeople = await this.store.people.listByRole(tenantId, 'hr');
    let last: DeliveryReport = { outcome: NO_ADDRESS, channel: null };
    for (const p of hrPeople) {
      const personLang = resolveLang(p.locale, tenant.value.settings.locale);
      last = await this.sendVia(tenantId, p.id, build(personLang, texts(personLang)));
    }
    if (last.outcome.status === 'dead') this.logger.warn({ tenantId }, 'no way to reach HR: no HR channel and no reachable HR person');
    return last;
  }

  /** Tries the person's live conversations, most recently used first. */
  private async sendVia(tenantId: string, ownerId: string, messages: OutboundMessage[]): Promise<DeliveryReport> {
    const refs = (await this.store.refs.listForOwner(tenantId, ownerId))
      .filter((r) => !r.dead && this.sender(r.channel) !== undefined)
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
  }

  private async tellHrUnreachable(tenantId: string, person: Person, role: string): Promise<void> {
    // Avoid a loop: HR itself being unreachable is only logged.
    if (person.roles.includes('hr')) return;
    const report = await this.toHr(tenantId, (_lang, t) => [text(t.hr.deadReference(person.displayName, roleName(t, role)))]);
    this.logger.info({ tenantId, personId: person.id, at: this.clock.now().toISOString(), hr: report.outcome.status }, 'HR told about an unreachable person');
  }
}

function roleName(t: Texts, role: string): string {
  return (t.roles as Record<string, string>)[role] ?? role;
}
