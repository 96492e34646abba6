// Slack, assembled: Bolt on our own receiver, authorised by SLACK_BOT_TOKEN (one workspace) or by
// OAuth installations in our store (many), the listeners, and the proactive sender.
import { App, webApi } from '@slack/bolt';
import { InstallProvider } from '@slack/oauth';
import type { Logger } from 'pino';
import { bindCard } from '../../cards/bind';
import type { SlackConfig } from '../../config-slack';
import { systemClock, type Clock, type ConversationCore } from '../../core/ports';
import { InboxWork } from '../inbox-work';
import type { Store } from '../../store/store';
import { boltLogger } from './bolt-logger';
import { registerConversationEvents } from './listeners/conversation-events';
import { registerInteractions } from './listeners/interactions';
import { registerLifecycleEvents } from './listeners/lifecycle';
import { registerSlashCommand } from './listeners/slash-command';
import { RestifyReceiver } from './receiver/restify-receiver';
import { SlackDirectory } from './slack-directory';
import { SLACK_BOT_SCOPES } from './slack-facts';
import { StoreInstallationStore } from './slack-installations';
import { SecretBox } from '../../security/secret-box';
import { SlackRenderer } from './slack-render';
import { SlackReplies } from './slack-replies';
import { SlackOpener } from './slack-opener';
import { SlackSender, type TokenLookup } from './slack-sender';
import { singleWorkspaceAuthorize } from './single-workspace-authorize';
import type { SlackTurnDeps } from './slack-turn';

export interface SlackChannelOptions {
  config: SlackConfig;
  core: ConversationCore;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** How long a modal submission waits for the core before closing (default 2 s; Slack allows 3). */
  viewBudgetMs?: number;
  /** Real time for leases on inbound deliveries (default: the system clock). */
  wallClock?: Clock;
  /** Retries of Web API calls made while someone waits (replies, modals). */
  webRetries?: webApi.RetryOptions;
}

/** The welcome is for the first visit; the inbox remembers it for years. */
const WELCOME_TTL_SECONDS = 10 * 365 * 24 * 3600;

export interface SlackChannel {
  receiver: RestifyReceiver;
  /** OAuth install and redirect handling; null with a single-workspace token. */
  installer: InstallProvider | null;
  sender: SlackSender;
  /** Opens a DM with someone who never wrote to Herstart (the employee's check-in invitation). */
  opener: SlackOpener;
  /** Resolves when every Slack request received so far has been fully handled. */
  idle(): Promise<void>;
  /** Handles deliveries kept in the store and not done (a process died, a retry is due); how many it took. */
  recover(): Promise<number>;
  /** Recovers now and then every `intervalMs` (0: once only); returns the function that stops it. */
  startRecovery(intervalMs: number): () => void;
}

/**
 * Replies are interactive: a few quick retries, and Slack's Retry-After is waited out (the
 * person already got their ack). Proactive sends use their own client without retries.
 */
const INTERACTIVE_RETRIES: webApi.RetryOptions = { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 };

export function createSlackChannel(opts: SlackChannelOptions): SlackChannel {
  const { config, store, logger } = opts;
  const slackLogger = boltLogger(logger);
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: config.apiUrl,
    retryConfig: opts.webRetries ?? INTERACTIVE_RETRIES,
    logger: slackLogger,
  };
  const installations = config.mode === 'oauth' ? new StoreInstallationStore(store.kv, SecretBox.fromSetting(config.tokenKey, 'SLACK_TOKEN_KEY')) : null;
  const installer = installations
    ? new InstallProvider({
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        stateSecret: config.stateSecret,
        installationStore: installations,
        // /slack/install goes straight to Slack's approval page (the state cookie is set on the way).
        directInstall: true,
        installUrlOptions: { scopes: [...SLACK_BOT_SCOPES], ...(config.redirectUri ? { redirectUri: config.redirectUri } : {}) },
        clientOptions: { slackApiUrl: config.apiUrl },
        logger: slackLogger,
      })
    : null;
  const single = installer ? null : singleWorkspaceAuthorize(new webApi.WebClient(undefined, clientOptions), config.botToken);

  const receiver = new RestifyReceiver({ signingSecret: config.signingSecret, inbox: store.inbox, wallClock: opts.wallClock ?? systemClock, logger });
  const app = new App({
    receiver,
    authorize: installer ? (source) => installer.authorize(source) : single!,
    logger: slackLogger,
    clientOptions,
    convoStore: false,
    ignoreSelf: true,
    // The handler gets the body a failure happened on, so the receiver can try that delivery again.
    extendedErrorHandler: true,
  });
  app.error(async ({ error, body }: { error: Error; body: unknown }) => {
    logger.error({ err: error }, 'Slack listener failed');
    receiver.noteFailure(body, error);
  });

  const renderer = new SlackRenderer(bindCard);
  const deps: SlackTurnDeps = {
    core: opts.core,
    clock: opts.clock,
    logger,
    welcomes: new InboxWork({ inbox: store.inbox, wallClock: opts.wallClock ?? systemClock, logger, doneTtlSeconds: WELCOME_TTL_SECONDS }),
    directory: new SlackDirectory(logger),
    renderer,
    replies: new SlackReplies(renderer, logger),
    viewBudgetMs: opts.viewBudgetMs ?? 2000,
  };
  registerConversationEvents(app, deps);
  registerSlashCommand(app, deps);
  registerInteractions(app, deps);
  registerLifecycleEvents(app, installations, logger);

  const tokenFor: TokenLookup = installations
    ? (address) => installations.botToken(address.teamId, address.enterpriseId)
    : async () => config.botToken;
  const sender = new SlackSender({ tokenFor, apiUrl: config.apiUrl, renderer, logger });
  const opener = new SlackOpener({ tokenFor, apiUrl: config.apiUrl, logger });

  // Say early when the token does not work, instead of at the first message.
  single?.identity().catch((err: unknown) => logger.warn({ err: err instanceof Error ? err.message : err }, 'SLACK_BOT_TOKEN could not be checked (auth.test)'));
  const recover = async (): Promise<number> => {
    try {
      return await receiver.recover();
    } catch (err) {
      logger.error({ err }, 'could not look for Slack deliveries kept in the store');
      return 0;
    }
  };
  const startRecovery = (intervalMs: number): (() => void) => {
    let running: Promise<number> | null = null;
    const round = () => {
      running ??= recover().finally(() => {
        running = null;
      });
    };
    round();
    const timer = intervalMs > 0 ? setInterval(round, intervalMs) : null;
    timer?.unref();
    return () => {
      if (timer) clearInterval(timer);
    };
  };
  return { receiver, installer, sender, opener, idle: () => receiver.idle(), recover: () => receiver.recover(), startRecovery };
}
