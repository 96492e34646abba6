// Slack settings, read with the rest of the configuration. Slack is on when a signing secret is
// set: without it nobody could tell Slack's requests from anyone else's.
import { z } from 'zod';
import { SecretBox, SecretBoxError } from './security/secret-box';

const SlackEnv = z.object({
  SLACK_SIGNING_SECRET: z.string().default(''),
  /** One workspace: the bot token from the app's "Install App" page. */
  SLACK_BOT_TOKEN: z.string().default(''),
  /** Many workspaces: OAuth at /slack/install and /slack/oauth_redirect. */
  SLACK_CLIENT_ID: z.string().default(''),
  SLACK_CLIENT_SECRET: z.string().default(''),
  /** Signs the OAuth state so a forged redirect is refused. */
  SLACK_STATE_SECRET: z.string().default(''),
  /** Encrypts workspace tokens in the store (OAuth): base64 keys of 32 bytes, comma-separated, the first seals. */
  SLACK_TOKEN_KEY: z.string().default(''),
  /** Where Slack sends people back after they approve the app; the app's settings decide when empty. */
  SLACK_REDIRECT_URI: z.string().url().or(z.literal('')).default(''),
  /** The Web API base URL: Slack's own, or a proxy or test double. */
  SLACK_API_URL: z.string().url().default('https://slack.com/api/'),
});

export type SlackMode = 'off' | 'single-workspace' | 'oauth';

export interface SlackConfig {
  mode: SlackMode;
  signingSecret: string;
  botToken: string;
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** OAuth only: the keys that seal workspace tokens in the store (see security/secret-box.ts). */
  tokenKey: string;
  redirectUri: string;
  apiUrl: string;
  /** Why Slack is off although some Slack settings were given (said at start-up). */
  offReason: string | null;
}

export class SlackConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SlackConfigError';
  }
}

export function readSlackConfig(env: NodeJS.ProcessEnv, production: boolean): SlackConfig {
  const parsed = SlackEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SlackConfigError(`Invalid setting ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unknown problem'}`);
  }
  const e = parsed.data;
  const base = {
    signingSecret: e.SLACK_SIGNING_SECRET,
    botToken: e.SLACK_BOT_TOKEN,
    clientId: e.SLACK_CLIENT_ID,
    clientSecret: e.SLACK_CLIENT_SECRET,
    stateSecret: e.SLACK_STATE_SECRET,
    tokenKey: e.SLACK_TOKEN_KEY,
    redirectUri: e.SLACK_REDIRECT_URI,
    apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`,
  };
  const anySlack = Boolean(e.SLACK_BOT_TOKEN || e.SLACK_CLIENT_ID || e.SLACK_CLIENT_SECRET);
  if (!e.SLACK_SIGNING_SECRET) {
    if (anySlack && production) {
      throw new SlackConfigError(
        'Slack settings are present but SLACK_SIGNING_SECRET is missing: without it anyone could post to /slack/events. ' +
          'Copy the signing secret from the Slack app\'s "Basic Information" page.',
      );
    }
    return { ...base, mode: 'off', offReason: anySlack ? 'SLACK_SIGNING_SECRET is not set' : null };
  }
  const oauth = Boolean(e.SLACK_CLIENT_ID || e.SLACK_CLIENT_SECRET);
  if (oauth && e.SLACK_BOT_TOKEN) {
    throw new SlackConfigError('Set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (OAuth), not both.');
  }
  if (oauth) {
    if (!e.SLACK_CLIENT_ID || !e.SLACK_CLIENT_SECRET) throw new SlackConfigError('Slack OAuth needs both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET.');
    if (e.SLACK_STATE_SECRET.length < 16) {
      throw new SlackConfigError('Slack OAuth needs SLACK_STATE_SECRET: a random string of at least 16 characters that signs the install state.');
    }
    if (!e.SLACK_TOKEN_KEY) {
      throw new SlackConfigError(
        'Slack OAuth needs SLACK_TOKEN_KEY: 32 random bytes in base64 (openssl rand -base64 32) that encrypt the workspaces\' tokens in the store.',
      );
    }
    try {
      SecretBox.fromSetting(e.SLACK_TOKEN_KEY, 'SLACK_TOKEN_KEY');
    } catch (err) {
      if (err instanceof SecretBoxError) throw new SlackConfigError(err.message);
      throw err;
    }
    return { ...base, mode: 'oauth', offReason: null };
  }
  if (!e.SLACK_BOT_TOKEN) {
    throw new SlackConfigError(
      'SLACK_SIGNING_SECRET is set but Herstart has no way to answer: set SLACK_BOT_TOKEN (one workspace) ' +
        'or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (OAuth, many workspaces).',
    );
  }
  return { ...base, mode: 'single-workspace', offReason: null };
}
