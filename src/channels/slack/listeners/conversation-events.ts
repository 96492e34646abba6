// Events from the person's side of the app: a direct message, and opening the app (the Home tab
// shows their cases; the first visit to the Messages tab gets the welcome).
import type { App } from '@slack/bolt';
import { AppHomeOpened, MessageEvent } from '../inbound/payloads';
import { extractMentions } from '../inbound/mentions';
import { mentionedPeople, personalTurn, publishHome, type SlackTurnDeps } from '../slack-turn';

function enterpriseOf(body: unknown): string | null {
  const e = (body as { enterprise_id?: unknown }).enterprise_id;
  return typeof e === 'string' && e ? e : null;
}

export function registerConversationEvents(app: App, deps: SlackTurnDeps): void {
  app.event('message', async ({ event, body, client, context }) => {
    const m = MessageEvent.safeParse(event);
    // Edits, joins, bot posts and messages outside the app's DM are not for us.
    if (!m.success || m.data.subtype || m.data.bot_id || !m.data.user || m.data.channel_type !== 'im') return;
    const teamId = body.team_id;
    const { text, userIds } = extractMentions(m.data.text ?? '', context.botUserId);
    const { ctx } = await personalTurn(deps, client, { teamId, enterpriseId: enterpriseOf(body), userId: m.data.user, dmChannel: m.data.channel });
    const mentions = await mentionedPeople(deps, client, teamId, userIds);
    const reply = await deps.core.handle(ctx, { type: 'command', text, mentions });
    await deps.replies.deliver(reply, { client, channel: m.data.channel, surface: 'conversation' });
  });

  app.event('app_home_opened', async ({ event, body, client }) => {
    const e = AppHomeOpened.safeParse(event);
    if (!e.success) return;
    const teamId = body.team_id;
    const turn = await personalTurn(deps, client, { teamId, enterpriseId: enterpriseOf(body), userId: e.data.user, dmChannel: e.data.channel });
    if (e.data.tab === 'home') {
      await publishHome(deps, client, turn.ctx);
      return;
    }
    if (e.data.tab !== 'messages') return;
    // Once per person, marked after it went out: a welcome that failed comes with the next visit.
    const key = `slack:welcome:${teamId}:${e.data.user}`;
    const claim = await deps.welcomes.claim(key);
    if (claim.state !== 'claimed') return;
    await deps.welcomes.run(key, claim, async () => {
      const reply = await deps.core.handle(turn.ctx, { type: 'install', members: [] });
      await deps.replies.deliver(reply, { client, channel: turn.dm, surface: 'conversation' });
    });
  });
}
