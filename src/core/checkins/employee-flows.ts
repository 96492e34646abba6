// The employee's choices about taking part: the answer to the invitation, starting a check-in
// by typing, pause, resume and stop. Nothing is asked before a yes.
import { z } from 'zod';
import { addDays } from '../../domain/dates';
import type { Case } from '../../domain/case';
import { intervalOn, returnIsNear } from '../../domain/checkins/rhythm';
import { workingDayOnOrAfter } from '../../domain/working-days';
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import type { CoreReply } from '../messages';
import { longDate } from '../time';
import { checkinCard, inviteCard } from './cards';
import { employeeContext, setStatus } from './context';
import { wishlistsOf } from './records';

const Consent = z.object({ choice: z.enum(['yes', 'later', 'no']) });

/** Shown in the check-in card when the return is near and there is no wish list yet. */
export async function wishlistInvited(fc: FlowContext, c: Pick<Case, 'id' | 'phase' | 'expectedReturn'>): Promise<boolean> {
  if (!returnIsNear(c, fc.session.today)) return false;
  return (await wishlistsOf(fc.store, fc.session.tenant.id, fc.session.person.id, c.id)).length === 0;
}

export async function answerInvitation(fc: FlowContext, data: Record<string, unknown>): Promise<CoreReply> {
  const ec = await employeeContext(fc);
  const { ct, c } = ec;
  if (!c) return { messages: [text(ct.commands.noCase)] };
  const parsed = Consent.safeParse(data);
  if (!parsed.success) return { messages: [text(fc.session.t.errors.badSubmit)] };
  const choice = parsed.data.choice;
  const label = choice === 'yes' ? ct.invite.yes : choice === 'later' ? ct.invite.later : ct.invite.no;
  const done = fc.card('submitted', { title: ct.invite.doneTitle(label), detail: '' }, ct.invite.doneTitle(label));
  if (choice === 'no') {
    await setStatus(fc, c, ec.enrolment, 'stopped');
    return { messages: [text(ct.invite.declined)], replaceSubmitted: done };
  }
  if (choice === 'later') {
    await setStatus(fc, c, ec.enrolment, ec.enrolment?.status === 'active' ? 'active' : 'invited');
    return { messages: [text(ct.invite.postponed)], replaceSubmitted: done };
  }
  await setStatus(fc, c, ec.enrolment, 'active');
  const form = checkinCard(ct, fc.newId(), { showWishlist: await wishlistInvited(fc, c) });
  return { messages: [text(ct.invite.accepted), form], replaceSubmitted: done };
}

/**
 * "check-in": one now. Someone who never saw the invitation gets it first; `whoShown` when they
 * pressed the button on their welcome, which just said who sees what.
 */
export async function startCheckin(fc: FlowContext, whoShown = false): Promise<CoreReply> {
  const ec = await employeeContext(fc);
  const { ct, c, enrolment } = ec;
  if (!c) return { messages: [text(ct.commands.noCase)] };
  if (!enrolment || (enrolment.status === 'invited' && !enrolment.invitedOn)) {
    // Seen now, so the planned invitation is not sent again.
    await setStatus(fc, c, enrolment, 'invited');
    return { messages: [inviteCard(ct, fc.session.person.displayName, ec.rhythm, fc.newId(), whoShown)] };
  }
  if (enrolment.status !== 'active') await setStatus(fc, c, enrolment, 'active');
  return { messages: [checkinCard(ct, fc.newId(), { showWishlist: await wishlistInvited(fc, c) })] };
}

export async function pauseOrStop(fc: FlowContext, status: 'paused' | 'stopped'): Promise<CoreReply> {
  const { ct, c, enrolment } = await employeeContext(fc);
  if (!c) return { messages: [text(ct.commands.noCase)] };
  if (!enrolment || enrolment.status === 'stopped' || (status === 'paused' && enrolment.status !== 'active')) {
    if (status === 'stopped' && enrolment) return { messages: [text(ct.commands.stopped)] };
    return { messages: [text(enrolment?.status === 'paused' ? ct.commands.paused : ct.commands.notEnrolled)] };
  }
  await setStatus(fc, c, enrolment, status);
  return { messages: [text(status === 'paused' ? ct.commands.paused : ct.commands.stopped)] };
}

export async function resume(fc: FlowContext): Promise<CoreReply> {
  const { ct, c, enrolment } = await employeeContext(fc);
  if (!c) return { messages: [text(ct.commands.noCase)] };
  if (!enrolment) return startCheckin(fc);
  await setStatus(fc, c, enrolment, 'active');
  return { messages: [text(ct.commands.resumed)] };
}

/**
 * Roughly when the next check-in comes, for the thank-you line: on a working day, as check-ins are
 * sent (a rhythm that lands on a Saturday goes out on the Monday).
 */
export function nextAround(fc: FlowContext, c: Parameters<typeof intervalOn>[0], rhythm: Parameters<typeof intervalOn>[2]): string | null {
  const { today, tenant, lang } = fc.session;
  const every = intervalOn(c, today, rhythm);
  return every === null ? null : longDate(workingDayOnOrAfter(addDays(today, every), tenant.settings.jurisdiction), lang);
}
