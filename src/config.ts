// Configuration from the environment, checked once at start-up.
import { z } from 'zod';
import { readSlackConfig, SlackConfigError, type SlackConfig } from './config-slack';
import { isLoopback } from './server/bind-address';
import { readWebConfig, WebConfigError, type WebConfig } from './web/web-config';

export type { SlackConfig } from './config-slack';

const Env = z.object({
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Where to listen. Default: every interface with credentials, loopback only without. */
  HOST: z.string().trim().optional(),
  /**
   * `allow`: listen beyond loopback although nothing authenticates Bot Framework traffic (a closed
   * test network). Never in production; the start-up summary warns loudly.
   */
  HERSTART_UNAUTHENTICATED_REMOTE: z.enum(['allow', 'deny']).default('deny'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `off` for a Slack-only installation: no Bot Framework endpoint at all. */
  HERSTART_TEAMS: z.enum(['on', 'off']).default('on'),
  /** Card buttons in Teams: Action.Execute (the updated card comes back with the press) or Action.Submit. */
  HERSTART_TEAMS_BUTTONS: z.enum(['execute', 'submit']).default('execute'),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().default(''),
  /** Bot Framework's OpenID metadata URL (sovereign clouds, a local test issuer); Bot Framework's public one when empty. */
  BotOpenIdMetadata: z.string().url().or(z.literal('')).default(''),
  /** Largest accepted Bot Framework activity. Adaptive Card submits are a few kB. */
  MAX_ACTIVITY_BYTES: z.coerce.number().int().min(1024).default(256 * 1024),
  /**
   * Where people reach this server (`https://herstart.example.com`): the base of the links Herstart
   * posts in chat. Never taken from a request's Host header. Unset: `http://localhost:<port>`.
   */
  HERSTART_PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .refine((u) => {
      // zod runs refinements after a failed format check too: a non-URL fails here as well.
      const url = URL.canParse(u) ? new URL(u) : null;
      return !!url && url.pathname === '/' && !url.search && !url.hash && !url.username;
    }, 'must be an origin only, like https://herstart.example.com')
    .optional(),
  /** Seconds between scheduler ticks (reminders, escalations); 0 switches the loop off. */
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
});

export interface TeamsConfig {
  enabled: boolean;
  appId: string;
  appPassword: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  appTenantId: string;
  openIdMetadata: string;
  maxActivityBytes: number;
  buttons: 'execute' | 'submit';
}

export interface Config {
  production: boolean;
  port: number;
  host: string;
  /**
   * True when something reaches the server that nobody authenticates (Teams on without an app id)
   * and it listens beyond loopback: only with HERSTART_UNAUTHENTICATED_REMOTE=allow.
   */
  openWithoutAuth: boolean;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  teams: TeamsConfig;
  slack: SlackConfig;
  /** The HR workspace: public URL, sessions, Teams tab sign-in. */
  web: WebConfig;
  scheduler: { intervalSeconds: number };
  /** Base of the one-time links posted in chat; null: this machine (`http://localhost:<port>`). */
  publicUrl: string | null;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid setting ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unknown problem'}`);
  }
  const e = parsed.data;
  const production = isProduction(e.NODE_ENV);
  const teamsOn = e.HERSTART_TEAMS === 'on';
  if (production && teamsOn && !e.MicrosoftAppId) {
    throw new ConfigError(
      'NODE_ENV=production needs MicrosoftAppId (and MicrosoftAppPassword or a managed identity): ' +
        'without them anyone could post activities to /api/messages. A Slack-only installation sets HERSTART_TEAMS=off.',
    );
  }
  // Fail closed: without credentials Herstart is for local use, so it listens on loopback only.
  const authenticated = !teamsOn || e.MicrosoftAppId !== '';
  const host = e.HOST || (authenticated ? '0.0.0.0' : '127.0.0.1');
  const openWithoutAuth = !authenticated && !isLoopback(host);
  if (openWithoutAuth && e.HERSTART_UNAUTHENTICATED_REMOTE !== 'allow') {
    throw new ConfigError(
      `HOST=${host} without MicrosoftAppId would let anyone who reaches this machine post to /api/messages as any user. ` +
        'Set MicrosoftAppId and MicrosoftAppPassword, listen on 127.0.0.1, or (a closed test network only) set HERSTART_UNAUTHENTICATED_REMOTE=allow.',
    );
  }
  if (e.MicrosoftAppId && e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    throw new ConfigError('MicrosoftAppId is set but MicrosoftAppPassword is missing.');
  }
  if (e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppId && !e.MicrosoftAppTenantId) {
    throw new ConfigError('MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId.');
  }
  let slack: SlackConfig;
  try {
    slack = readSlackConfig(env, production);
  } catch (err) {
    if (err instanceof SlackConfigError) throw new ConfigError(err.message);
    throw err;
  }
  requireAChannel(teamsOn, slack);
  let web: WebConfig;
  try {
    web = readWebConfig(env, e.HERSTART_PUBLIC_URL ? new URL(e.HERSTART_PUBLIC_URL).origin : null);
  } catch (err) {
    if (err instanceof WebConfigError) throw new ConfigError(err.message);
    throw err;
  }
  return {
    production,
    port: e.PORT,
    host,
    openWithoutAuth,
    logLevel: e.LOG_LEVEL,
    teams: {
      enabled: teamsOn,
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      appTenantId: e.MicrosoftAppTenantId,
      openIdMetadata: e.BotOpenIdMetadata,
      maxActivityBytes: e.MAX_ACTIVITY_BYTES,
      buttons: e.HERSTART_TEAMS_BUTTONS,
    },
    slack,
    web,
    scheduler: { intervalSeconds: e.SCHEDULER_INTERVAL_SECONDS },
    publicUrl: e.HERSTART_PUBLIC_URL ? new URL(e.HERSTART_PUBLIC_URL).origin : null,
  };
}

/**
 * Production is what the operator meant, not one exact spelling: `Production`, ` production ` and
 * `prod` switch the credential checks on too, so a typo cannot silently turn authentication off.
 */
export function isProduction(nodeEnv: string | undefined): boolean {
  return /^prod(uction)?$/i.test((nodeEnv ?? '').trim());
}

/** Called once Slack's settings are known: a server that talks to no chat platform is a mistake. */
function requireAChannel(teamsOn: boolean, slack: SlackConfig): void {
  if (!teamsOn && slack.mode === 'off') {
    throw new ConfigError('HERSTART_TEAMS=off and no SLACK_SIGNING_SECRET: Herstart would have no chat platform to serve.');
  }
}
