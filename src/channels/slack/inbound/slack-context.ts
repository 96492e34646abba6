// A Slack interaction as the core's neutral context. Identity keys are per workspace:
// `slack:<team>:<user>`; the workspace is the tenant (`slack:<team>`).
import type { InboundContext, MentionedUser } from '../../../core/messages';
import type { SlackUserInfo } from '../slack-directory';
import type { SlackAddress } from './slack-address';

export function slackIdentityKey(teamId: string, userId: string): string {
  return `slack:${teamId}:${userId}`;
}

export function slackTenantKey(teamId: string): string {
  return `slack:${teamId}`;
}

export function slackContext(p: {
  teamId: string;
  userId: string;
  user: SlackUserInfo;
  address: SlackAddress;
  receivedAt: Date;
}): InboundContext {
  return {
    tenantKey: slackTenantKey(p.teamId),
    channel: 'slack',
    actor: {
      channel: 'slack',
      identityKey: slackIdentityKey(p.teamId, p.userId),
      userId: p.userId,
      displayName: p.user.displayName,
      locale: p.user.locale,
      timeZone: p.user.timeZone,
    },
    conversationKind: p.address.kind === 'dm' ? 'personal' : 'channel',
    conversationKey: `slack:${p.teamId}:${p.address.channelId}`,
    address: { ...p.address },
    receivedAt: p.receivedAt,
  };
}

export function slackMention(teamId: string, userId: string, user: SlackUserInfo): MentionedUser {
  return { identityKey: slackIdentityKey(teamId, userId), userId, displayName: user.displayName || userId };
}
