// Reaching someone in Slack who never wrote to Herstart: the app may open a direct message with
// anyone in a workspace where it is installed (conversations.open, scope im:write). Used for the
// employee's check-in invitation; the DM's address is then kept like any conversation.
import { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { ConversationOpener } from '../../core/checkins/reach';
import type { Person } from '../../store/types';
import { boltLogger } from './bolt-logger';
import { dmAddress } from './inbound/slack-address';
import type { TokenLookup } from './slack-sender';
import { classifyWebApiError, describeFailure, isGone } from './web-api-errors';

export class SlackOpener implements ConversationOpener {
  readonly channel = 'slack' as const;
  private readonly clients = new Map<string, webApi.WebClient>();

  constructor(private readonly deps: { tokenFor: TokenLookup; apiUrl: string; logger: Logger }) {}

  /**
   * The DM's address, or null when Slack says the person cannot be reached (gone, deactivated,
   * the app no longer installed). Other failures throw, so the invitation is tried again later
   * instead of asking the manager to share an app the employee already has.
   */
  async open(person: Person, userId: string): Promise<Record<string, unknown> | null> {
    const teamId = workspaceOf(person, userId);
    if (!teamId) return null;
    const token = await this.deps.tokenFor({ teamId, enterpriseId: null });
    if (!token) return null;
    try {
      const res = await this.client(token).conversations.open({ users: userId });
      const channelId = res.channel?.id;
      if (!channelId) throw new Error('conversations.open returned no channel');
      return { ...dmAddress(teamId, null, userId, channelId) };
    } catch (err) {
      const failure = classifyWebApiError(err);
      if (isGone(failure)) {
        this.deps.logger.warn({ personId: person.id, failure: describeFailure(failure) }, 'could not open a Slack DM with a person');
        return null;
      }
      throw new Error(`conversations.open failed: ${describeFailure(failure)}`);
    }
  }

  private client(token: string): webApi.WebClient {
    let c = this.clients.get(token);
    if (!c) {
      // The tick retries later; no waiting inside the client.
      c = new webApi.WebClient(token, { slackApiUrl: this.deps.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, logger: boltLogger(this.deps.logger) });
      this.clients.set(token, c);
    }
    return c;
  }
}

/** The workspace of a Slack identity: its key is `slack:<team>:<user>`. */
function workspaceOf(person: Person, userId: string): string | null {
  const identity = person.identities.find((i) => i.channel === 'slack' && i.userId === userId);
  const m = identity ? /^slack:([^:]+):/.exec(identity.key) : null;
  return m?.[1] ?? null;
}
