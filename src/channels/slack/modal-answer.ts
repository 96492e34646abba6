// The answer to a modal submission, given in the HTTP response (Slack's response_action):
// - the form was taken (the core replaced it): close every modal; the answer goes to the DM;
// - the core sent a form back (a new step), or the same form again in place of the submitted one
//   (a note that reads as medical, a missing field): show that form;
// - the core only said something (a missing field): show it above the same form, whose inputs
//   keep what the person entered.
import type { types } from '@slack/bolt';
import type { CoreReply, OutboundMessage } from '../../core/messages';
import type { ViewPayload } from './inbound/payloads';
import { planModal } from './slack-replies';
import type { ModalOrigin, SlackRenderer } from './slack-render';

export type ViewResponse = { response_action: 'clear' } | { response_action: 'update'; view: types.ModalView };

export interface SubmissionAnswer {
  /** The body of the HTTP answer; none closes just this modal. */
  response?: ViewResponse;
  /** What still goes to the person's DM. */
  rest: OutboundMessage[];
}

export function answerSubmission(reply: CoreReply, view: ViewPayload, renderer: SlackRenderer, origin: ModalOrigin): SubmissionAnswer {
  const replacement = reply.replaceSubmitted;
  if (replacement?.type === 'card' && replacement.presentation === 'form') {
    const notices = reply.messages.flatMap((m) => (m.type === 'text' ? [m.text] : []));
    return { response: { response_action: 'update', view: renderer.modal(replacement, notices, origin) }, rest: reply.messages.filter((m) => m.type !== 'text') };
  }
  // A modal cannot be replaced by a message: the replacement goes to the DM, first.
  if (replacement) return { response: { response_action: 'clear' }, rest: [replacement, ...reply.messages] };
  const plan = planModal(reply.messages, false);
  if (plan) return { response: { response_action: 'update', view: renderer.modal(plan.card, plan.notices, origin) }, rest: plan.rest };
  const notices = reply.messages.flatMap((m) => (m.type === 'text' ? [m.text] : []));
  if (notices.length === 0) return { rest: reply.messages };
  return {
    response: { response_action: 'update', view: renderer.sameModalWithNotices(view, notices) },
    rest: reply.messages.filter((m) => m.type !== 'text'),
  };
}
