// Validates a Bot Framework activity and translates it into the core's neutral event.
// Everything Teams-specific about reading an activity stays in this file.
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { InboundContext, InboundEvent, MentionedUser } from '../../core/messages';
import { ADAPTIVE_CARD_ACTION, CardActionValueSchema } from './universal-actions';

const Account = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
});

/** The fields Herstart relies on. Anything else passes through untouched. */
export const ActivitySchema = z.looseObject({
  type: z.string().min(1),
  id: z.string().optional(),
  serviceUrl: z.string().url(),
  channelId: z.string().min(1),
  from: Account,
  recipient: Account,
  conversation: z.looseObject({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
  }),
  text: z.string().optional(),
  value: z.unknown().optional(),
  locale: z.string().optional(),
  localTimezone: z.string().optional(),
  replyToId: z.string().optional(),
  membersAdded: z.array(Account).optional(),
  membersRemoved: z.array(Account).optional(),
  action: z.string().optional(),
  name: z.string().optional(),
  entities: z.array(z.looseObject({ type: z.string().optional() })).optional(),
  channelData: z.looseObject({ tenant: z.looseObject({ id: z.string() }).optional() }).optional(),
});

export type InboundActivity = z.infer<typeof ActivitySchema>;

/** The activity as botbuilder expects it: timestamps as dates, the raw strings kept (as CloudAdapter does). */
export function toBotActivity(body: Record<string, unknown>): Activity {
  const a: Record<string, unknown> = { ...body };
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['expiration', 'rawExpiration'], ['localTimestamp', 'rawLocalTimestamp']] as const) {
    if (typeof a[field] === 'string') {
      a[raw] = a[field];
      a[field] = new Date(a[field] as string);
    }
  }
  return a as unknown as Activity;
}

export function tenantKeyOf(a: InboundActivity): string {
  const tenant = a.conversation.tenantId ?? a.channelData?.tenant?.id;
  // The Emulator and some test clients send no tenant: they share one local tenant.
  return `teams:${tenant ?? `local-${a.channelId}`}`;
}

export function identityKeyOf(account: { id: string; aadObjectId?: string }): string {
  return `teams:${account.aadObjectId ?? account.id}`;
}

function conversationKind(a: InboundActivity): InboundContext['conversationKind'] {
  switch (a.conversation.conversationType) {
    case 'channel':
      return 'channel';
    case 'groupChat':
      return 'group';
    default:
      return 'personal';
  }
}

/**
 * Teams' deep link to the one-to-one chat with the bot (`users=28:<app id>`). The bot's own id is
 * the recipient of every activity; anything else (the Emulator's ids) gets no link.
 */
export function personalChatLinkOf(a: InboundActivity): string | null {
  return /^28:[A-Za-z0-9-]+$/.test(a.recipient.id) ? `https://teams.microsoft.com/l/chat/0/0?users=${a.recipient.id}` : null;
}

export function toInboundContext(a: InboundActivity, address: Record<string, unknown>, receivedAt: Date): InboundContext {
  return {
    tenantKey: tenantKeyOf(a),
    channel: 'teams',
    actor: {
      channel: 'teams',
      identityKey: identityKeyOf(a.from),
      userId: a.from.id,
      displayName: a.from.name ?? '',
      locale: a.locale ?? null,
      timeZone: a.localTimezone ?? null,
    },
    conversationKind: conversationKind(a),
    conversationKey: `teams:${a.conversation.id}`,
    personalChatLink: personalChatLinkOf(a),
    address,
    receivedAt,
  };
}

/** Teams wraps mentions as `<at>Name</at>` in the text; the names travel separately as mentions. */
export function stripMentionMarkup(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function mentionsOf(a: InboundActivity): Array<{ id: string; name: string }> {
  const out: Array<{ id: string; name: string }> = [];
  for (const e of a.entities ?? []) {
    if (e.type !== 'mention') continue;
    const m = (e as { mentioned?: { id?: unknown; name?: unknown } }).mentioned;
    if (!m || typeof m.id !== 'string' || m.id === a.recipient.id) continue;
    out.push({ id: m.id, name: typeof m.name === 'string' ? m.name : '' });
  }
  return out;
}

/**
 * The neutral event for an activity, or null when Herstart has nothing to do with it.
 * `resolveMentions` turns mention ids into people (the adapter asks Teams for their AAD ids).
 */
export async function toInboundEvent(
  a: InboundActivity,
  resolveMentions: (m: Array<{ id: string; name: string }>) => Promise<MentionedUser[]>,
  loadRoster: () => Promise<MentionedUser[]>,
): Promise<InboundEvent | null> {
  if (isCardAction(a)) {
    // Teams waits for an answer to a press, also to one we cannot read.
    const parsed = CardActionValueSchema.safeParse(a.value);
    const event = parsed.success ? submitEvent(a, { ...parsed.data.action.data, action: parsed.data.action.verb }) : null;
    return event ?? { type: 'unreadable' };
  }
  if (a.type === 'message') {
    // Action.Submit: from the Emulator, Web Chat, and cards posted before Teams had Action.Execute.
    if (a.value && typeof a.value === 'object' && !Array.isArray(a.value)) return submitEvent(a, a.value as Record<string, unknown>);
    const text = stripMentionMarkup(a.text ?? '');
    return { type: 'command', text, mentions: await resolveMentions(mentionsOf(a)) };
  }
  // Teams announces one install (or removal) twice: as a conversationUpdate and as an
  // installationUpdate. The core greets once per conversation, whichever comes first.
  const botAdded = a.type === 'conversationUpdate' && (a.membersAdded ?? []).some((m) => m.id === a.recipient.id);
  const installed = a.type === 'installationUpdate' && a.action === 'add';
  if (botAdded || installed) {
    return { type: 'install', members: a.conversation.conversationType === 'channel' ? await loadRoster() : [] };
  }
  const botRemoved = a.type === 'conversationUpdate' && (a.membersRemoved ?? []).some((m) => m.id === a.recipient.id);
  const uninstalled = a.type === 'installationUpdate' && a.action === 'remove';
  if (botRemoved || uninstalled) return { type: 'uninstall' };
  return null;
}

/** A press on an Action.Execute button: Teams waits for the answer to this very request. */
export function isCardAction(a: InboundActivity): boolean {
  return a.type === 'invoke' && a.name === ADAPTIVE_CARD_ACTION;
}

function submitEvent(a: InboundActivity, value: Record<string, unknown>): InboundEvent | null {
  const { action, cardId, ...data } = value;
  if (typeof action !== 'string' || !action) return null;
  const submitId = typeof cardId === 'string' && cardId ? `${cardId}:${action}` : `activity:${a.id ?? ''}`;
  return { type: 'submit', action, data, submitId };
}
