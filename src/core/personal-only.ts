// Cases, reports and someone's own answers belong in the person's one-to-one chat with Herstart,
// never in a channel others read. Asked in a channel, Herstart says so and gives the way there.
import { text } from './card';
import type { FlowContext } from './flow-context';
import type { CoreReply } from './messages';

/** The refusal for a channel or group chat; null in the person's own chat. */
export function personalOnly(fc: FlowContext): CoreReply | null {
  if (fc.inbound.conversationKind === 'personal') return null;
  return { messages: [text(fc.session.t.errors.onlyInPersonal(fc.inbound.personalChatLink ?? null))] };
}
