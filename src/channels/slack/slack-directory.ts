// Who a Slack user is (users.info: name, time zone, locale) and where their direct messages with
// the app live (conversations.open). Both are asked once and remembered for a while: a busy turn
// should not cost two extra Web API calls.
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';

type WebClient = webApi.WebClient;

export interface SlackUserInfo {
  displayName: string;
  locale: string | null;
  timeZone: string | null;
}

export interface SlackDirectoryOptions {
  /** How long a users.info answer is trusted; names and time zones change rarely. */
  userTtlMs: number;
  maxEntries: number;
  nowMs: () => number;
}

export const defaultDirectoryOptions: SlackDirectoryOptions = { userTtlMs: 60 * 60_000, maxEntries: 20_000, nowMs: Date.now };

interface UserProfile {
  name?: string;
  real_name?: string;
  tz?: string;
  locale?: string;
  deleted?: boolean;
  profile?: { display_name?: string; real_name?: string };
}

export class SlackDirectory {
  private readonly users = new Map<string, { info: SlackUserInfo; at: number }>();
  private readonly dms = new Map<string, string>();

  constructor(
    private readonly logger: Logger,
    private readonly opts: SlackDirectoryOptions = defaultDirectoryOptions,
  ) {}

  /** The person behind a user id; when Slack cannot say, the name the payload gave. */
  async user(client: WebClient, teamId: string, userId: string, fallbackName = ''): Promise<SlackUserInfo> {
    const key = `${teamId}:${userId}`;
    const cached = this.users.get(key);
    const now = this.opts.nowMs();
    if (cached && now - cached.at < this.opts.userTtlMs) return cached.info;
    try {
      const res = await client.users.info({ user: userId, include_locale: true });
      const u = (res.user ?? {}) as UserProfile;
      const info: SlackUserInfo = {
        displayName: u.profile?.display_name || u.profile?.real_name || u.real_name || u.name || fallbackName,
        locale: u.locale ?? null,
        timeZone: u.tz ?? null,
      };
      this.remember(this.users, key, { info, at: now });
      return info;
    } catch (err) {
      this.logger.warn({ err, teamId, userId }, 'users.info failed; using the name from the payload');
      return cached?.info ?? { displayName: fallbackName, locale: null, timeZone: null };
    }
  }

  rememberDm(teamId: string, userId: string, channelId: string): void {
    this.remember(this.dms, `${teamId}:${userId}`, channelId);
  }

  /** The app's direct-message channel with a user, opened if need be. */
  async dmChannel(client: WebClient, teamId: string, userId: string): Promise<string> {
    const key = `${teamId}:${userId}`;
    const known = this.dms.get(key);
    if (known) return known;
    const res = await client.conversations.open({ users: userId });
    const id = res.channel?.id;
    if (!id) throw new Error('conversations.open returned no channel');
    this.remember(this.dms, key, id);
    return id;
  }

  private remember<V>(map: Map<string, V>, key: string, value: V): void {
    // A crude bound: when full, start over. Lookups are cheap to redo.
    if (map.size >= this.opts.maxEntries && !map.has(key)) map.clear();
    map.set(key, value);
  }
}
