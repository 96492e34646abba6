// `/herstart <words>`: a slash command is private to whoever types it, so it acts in their own
// space (answers in their DM, forms as modals) wherever it is typed. Only `hr-here` is about the
// channel it is typed in: that channel becomes the place for HR escalations.
import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { markdownToMrkdwn } from '../../../cards/mrkdwn';
import { parseCommand } from '../../../core/commands';
import { resolveLang, texts, type Lang } from '../../../core/i18n';
import { channelAddress } from '../inbound/slack-address';
import { slackContext } from '../inbound/slack-context';
import { extractMentions, slashCommandText } from '../inbound/mentions';
import { SlashCommand } from '../inbound/payloads';
import { mentionedPeople, personalTurn, type SlackTurnDeps } from '../slack-turn';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

const INVITE_HINT: Record<Lang, string> = {
  'nl-NL': 'Ik kan nog niet in dit kanaal schrijven. Nodig me uit met `/invite @Herstart`, anders komen HR-meldingen hier niet aan.',
  'nl-BE': 'Ik kan nog niet in dit kanaal schrijven. Nodig me uit met `/invite @Herstart`, anders komen HR-meldingen hier niet aan.',
  en: 'I cannot post in this channel yet. Invite me with `/invite @Herstart`, or HR escalations will not arrive here.',
  'fr-BE': 'Je ne peux pas encore écrire dans ce canal. Invitez-moi avec `/invite @Herstart`, sinon les alertes RH n’arriveront pas ici.',
};

/** DMs (D…) are the person's own; anything else is a channel someone could share with HR. */
function isChannel(channelId: string): boolean {
  return !channelId.startsWith('D');
}

export function registerSlashCommand(app: App, deps: SlackTurnDeps): void {
  app.command(/^\/.+/, async (args) => {
    await args.ack();
    try {
      await handleCommand(deps, args);
    } catch (err) {
      // The person typed a command and waits: say something went wrong, privately, where they typed it.
      deps.logger.error({ err }, 'slash command failed');
      await args.respond({ response_type: 'ephemeral', text: texts(resolveLang(null)).errors.generic }).catch(() => undefined);
    }
  });
}

async function handleCommand(deps: SlackTurnDeps, { command, client, respond, context }: CommandArgs): Promise<void> {
  const c = SlashCommand.parse(command);
  const { text, userIds } = extractMentions(slashCommandText(c.text), context.botUserId);
  const mentions = await mentionedPeople(deps, client, c.team_id, userIds);
  const enterpriseId = c.enterprise_id ?? null;

  if (parseCommand(text).kind === 'hr_here' && isChannel(c.channel_id)) {
    const user = await deps.directory.user(client, c.team_id, c.user_id, c.user_name);
    const ctx = slackContext({
      teamId: c.team_id,
      userId: c.user_id,
      user,
      address: channelAddress(c.team_id, enterpriseId, c.channel_id),
      receivedAt: deps.clock.now(),
    });
    const reply = await deps.core.handle(ctx, { type: 'command', text, mentions });
    if (await deps.replies.post(client, c.channel_id, reply.messages)) return;
    // Not a member of the channel: say so privately, where the command was typed, in the person's language.
    const hint = INVITE_HINT[resolveLang(reply.lang, user.locale)];
    const said = reply.messages.flatMap((m) => (m.type === 'text' ? [markdownToMrkdwn(m.text)] : []));
    await respond({ response_type: 'ephemeral', text: [...said, hint].join('\n\n') });
    return;
  }

  const { ctx, dm } = await personalTurn(deps, client, { teamId: c.team_id, enterpriseId, userId: c.user_id, fallbackName: c.user_name });
  const reply = await deps.core.handle(ctx, { type: 'command', text, mentions });
  await deps.replies.deliver(reply, { client, channel: dm, triggerId: c.trigger_id, surface: 'conversation' });
}
