// Sending one claimed check-in reminder: the invitation, a check-in or its one reminder. Checked
// against the plan first (a pause, a stop, an answer since, a closed case: nothing is sent).
// An employee who never wrote to Herstart is reached by opening a chat where the channel allows;
// otherwise their manager is asked, once, to share the app.
import type { Logger } from 'pino';
import { text } from '../../core/card';
import { checkinCard, inviteCard } from '../../core/checkins/cards';
import { loadEnrolment, saveEnrolment } from '../../core/checkins/enrolment';
import { ensureReachable, type ConversationOpener } from '../../core/checkins/reach';
import { wishlistsOf } from '../../core/checkins/records';
import { checkinTexts } from '../../core/checkins/texts';
import type { Delivery } from '../../core/delivery';
import type { Lang } from '../../core/i18n';
import type { OutboundMessage } from '../../core/messages';
import type { Clock, SendOutcome } from '../../core/ports';
import { checkinRhythm, returnIsNear } from '../../domain/checkins/rhythm';
import type { Store } from '../../store/store';
import type { Case, Reminder } from '../../store/types';
import { desiredCheckin, payloadOf, todayFor, type CheckinPayload } from './checkin-plan';

export type PromptResult = { status: 'skipped' } | { status: 'delivered'; outcome: SendOutcome };

export interface CheckinPrompterDeps {
  store: Store;
  delivery: Pick<Delivery, 'toPerson'>;
  openers: readonly ConversationOpener[];
  clock: Clock;
  logger: Logger;
  newId: () => string;
}

export class CheckinPrompter {
  constructor(private readonly deps: CheckinPrompterDeps) {}

  async deliver(r: Reminder): Promise<PromptResult> {
    const { store, clock } = this.deps;
    const now = clock.now();
    const payload = payloadOf(r);
    const [tenant, found] = await Promise.all([store.tenants.get(r.tenantId), r.caseId ? store.cases.get(r.tenantId, r.caseId) : null]);
    if (!payload || !tenant || !found) return { status: 'skipped' };
    const c = found.value;
    const [enrolment, personV] = await Promise.all([loadEnrolment(store, tenant.value.id, c.employeeId), store.people.get(tenant.value.id, c.employeeId)]);
    const person = personV?.value ?? null;
    // Check state before send: only what the plan still wants goes out.
    const wanted = await desiredCheckin(store, tenant.value, c, person, enrolment, now);
    if (!wanted || wanted.id !== r.id || !person || !enrolment) return { status: 'skipped' };

    if (!(await ensureReachable(store, this.deps.openers, person, now))) {
      // Only an employee never reached yet is the manager's to mention; one who removed the app
      // since has stopped the check-ins, and nobody is told.
      if (payload.type === 'invite') await this.askManagerOnce(c, enrolment, todayFor(tenant.value, person, now));
      return { status: 'delivered', outcome: { status: 'dead', reason: 'no conversation with the employee yet' } };
    }
    const today = todayFor(tenant.value, person, now);
    const showWishlist = payload.type !== 'invite' && returnIsNear(c, today) && (await wishlistsOf(store, c.tenantId, c.employeeId, c.id)).length === 0;
    const rhythm = checkinRhythm(tenant.value.settings.checkinRhythm);
    const report = await this.deps.delivery.toPerson(tenant.value.id, person.id, 'employee', (lang) =>
      this.messages(lang, payload, person.displayName, rhythm, showWishlist),
    );
    if (report.outcome.status === 'sent' && payload.type === 'invite') {
      await saveEnrolment(store, tenant.value.id, person.id, { ...enrolment, invitedOn: today, changedAt: now.toISOString() });
    }
    return { status: 'delivered', outcome: report.outcome };
  }

  private messages(lang: Lang, p: CheckinPayload, name: string, rhythm: ReturnType<typeof checkinRhythm>, showWishlist: boolean): OutboundMessage[] {
    const ct = checkinTexts(lang);
    if (p.type === 'invite') return [inviteCard(ct, name, rhythm, this.deps.newId())];
    const hello = p.type === 'reminder' ? ct.prompt.reminder(name) : ct.prompt.hello(name);
    return [text(showWishlist ? `${hello}\n\n${ct.prompt.wishlist}` : hello), checkinCard(ct, this.deps.newId(), { showWishlist })];
  }

  /** The employee cannot be reached: their manager is asked to share the app, once per case. */
  private async askManagerOnce(c: Case, enrolment: NonNullable<Awaited<ReturnType<typeof loadEnrolment>>>, today: string): Promise<void> {
    if (enrolment.askedManagerOn) return;
    const { store, clock } = this.deps;
    const employee = (await store.people.get(c.tenantId, c.employeeId))?.value;
    const report = await this.deps.delivery.toPerson(c.tenantId, c.managerId, 'manager', (lang) => [
      text(checkinTexts(lang).manager.askToShare(employee?.displayName ?? '?')),
    ]);
    if (report.outcome.status === 'sent') {
      await saveEnrolment(store, c.tenantId, c.employeeId, { ...enrolment, askedManagerOn: today, changedAt: clock.now().toISOString() });
    }
  }
}
