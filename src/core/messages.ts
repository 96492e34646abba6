// The conversation core's language: neutral inbound events and outbound messages.
// Teams and Slack adapters translate to and from these; no channel type appears here.
import type { Channel } from '../store/types';
import type { Lang } from './i18n';

/** Who sent the event, as the channel knows them. */
export interface Actor {
  channel: Channel;
  /** Tenant-unique identity key: `teams:<aadObjectId>` or `slack:<teamId>:<userId>`. */
  identityKey: string;
  /** Channel user id used for addressing (Teams `29:...`, Slack `U...`). */
  userId: string;
  displayName: string;
  locale?: string | null;
  timeZone?: string | null;
}

/** Someone named in a message or listed in a team roster (a Teams mention, a Slack `<@U..>`). */
export interface MentionedUser {
  identityKey: string;
  userId: string;
  displayName: string;
}

export interface InboundContext {
  /** Channel-side tenant key: `teams:<aadTenantId>` or `slack:<teamId>`. */
  tenantKey: string;
  channel: Channel;
  actor: Actor;
  /** `personal` is the 1:1 chat with the bot; `channel` a team or Slack channel. */
  conversationKind: 'personal' | 'channel' | 'group';
  /** Names this conversation on its channel (`teams:<conversation id>`, `slack:<team>:<channel>`). */
  conversationKey: string;
  /** Opens the person's one-to-one chat with Herstart (a deep link), where the channel has one. */
  personalChatLink?: string | null;
  /** Opaque address the channel can use to reach this conversation again (saved for proactive sends). */
  address: Record<string, unknown>;
  receivedAt: Date;
  /** Set when the event did not come through a chat at all (`web`: the HR workspace); audit entries name it. */
  via?: 'web';
}

export type InboundEvent =
  /** The app was added to a personal chat or a team; `members` is the team roster when known. */
  | { type: 'install'; members: MentionedUser[] }
  /** The app was removed from this conversation: a later install is greeted again. */
  | { type: 'uninstall' }
  /** A press the channel could not read (an old or altered card): nothing can be done with it. */
  | { type: 'unreadable' }
  /** Typed text, with the bot's own mention removed. */
  | { type: 'command'; text: string; mentions: MentionedUser[] }
  /**
   * A card or modal submit. `action` names what was submitted (`outcome.submit`); `submitId` is
   * stable across re-sends and double clicks of the same card instance, so it is recorded once.
   */
  | { type: 'submit'; action: string; data: Record<string, unknown>; submitId: string }
  /**
   * The person opened the app's own page (Slack's App Home): a summary of their cases and the
   * ways to start. Channels without such a page never send it.
   */
  | { type: 'home' };

/** A card: a template in `cards/` and the data to bind. The adapter renders it for its channel. */
export interface CardMessage {
  type: 'card';
  template: string;
  data: Record<string, unknown>;
  /** `form` asks for input: Slack shows it as a modal when it can, Teams inline. */
  presentation?: 'inline' | 'form';
  /** Plain-text fallback for notifications and screen readers. */
  summary: string;
}

export interface TextMessage {
  type: 'text';
  text: string;
}

export type OutboundMessage = TextMessage | CardMessage;

export interface CoreReply {
  messages: OutboundMessage[];
  /**
   * Shown in place of the card that was submitted, so it cannot be submitted twice. Where the
   * channel cannot replace it (no message to update), the adapter sends it as a new message.
   */
  replaceSubmitted?: OutboundMessage | null;
  /** The channel did not grant this turn its delivery (a repeat, or a claim refused): nothing was done, nothing to send. */
  duplicate?: true;
  /**
   * The language Herstart speaks with this person (their own choice first): for the few words a
   * channel adapter adds itself. Set by the core on every answer.
   */
  lang?: Lang;
}
