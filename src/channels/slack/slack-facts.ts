// What the Slack app asks for, in one place: the manifest (bot-manifest/slack/manifest.yaml) and
// the OAuth install URL must say the same, and a test holds them to it.

/** The smallest set that works: DMs (read and open), posting, the slash command, user profiles. */
export const SLACK_BOT_SCOPES = ['chat:write', 'commands', 'im:history', 'im:write', 'users:read'] as const;

/** Bot events Herstart subscribes to. */
export const SLACK_BOT_EVENTS = ['app_home_opened', 'app_uninstalled', 'message.im', 'tokens_revoked'] as const;

export const SLACK_COMMAND = '/herstart';

/** The one URL for events, interactivity and the slash command. */
export const SLACK_EVENTS_PATH = '/slack/events';
export const SLACK_INSTALL_PATH = '/slack/install';
export const SLACK_REDIRECT_PATH = '/slack/oauth_redirect';
