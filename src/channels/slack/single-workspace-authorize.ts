// Bolt's authorize for one workspace with SLACK_BOT_TOKEN. Bolt's own version calls auth.test in
// its constructor and keeps a failed answer forever (and an unhandled rejection crashes Node);
// this one asks on first use, remembers only a success, and refuses events from other workspaces.
import type { Authorize, webApi } from '@slack/bolt';

interface BotIdentity {
  teamId?: string;
  botId?: string;
  botUserId?: string;
}

export function singleWorkspaceAuthorize(client: webApi.WebClient, token: string): Authorize<boolean> & { identity(): Promise<BotIdentity> } {
  let known: Promise<BotIdentity> | null = null;
  const identity = (): Promise<BotIdentity> => {
    known ??= client.auth.test({ token }).then(
      (r) => ({ teamId: r.team_id, botId: r.bot_id, botUserId: r.user_id }),
      (err: unknown) => {
        known = null;
        throw err;
      },
    );
    return known;
  };
  const authorize = async (source: { teamId?: string }) => {
    const me = await identity();
    if (me.teamId && source.teamId && me.teamId !== source.teamId) {
      throw new Error(`an event from workspace ${source.teamId}, but SLACK_BOT_TOKEN belongs to ${me.teamId}`);
    }
    return { botToken: token, botId: me.botId, botUserId: me.botUserId, teamId: me.teamId };
  };
  return Object.assign(authorize, { identity });
}
