// Builds the running application from configuration: store, conversation core, channels, server.
// `main.ts` starts it for real; tests start it on a free port with their own clock and store file.
import type { Server } from 'restify';
import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { ViewRequests } from './scheduler/dossier/view-requests';
import { bindCard } from './cards/bind';
import { createTeamsAdapter, teamsAuthEnabled } from './channels/teams/teams-adapter';
import { mountTeamsRoute } from './channels/teams/teams-route';
import { TeamsSender } from './channels/teams/teams-sender';
import { TeamsOpener } from './channels/teams/teams-opener';
import { teamsCardRenderer } from './channels/teams/universal-actions';
import type { ConversationOpener } from './core/checkins/reach';
import { createCheckins, type Checkins } from './scheduler/checkins/wiring';
import { createSlackChannel, type SlackChannel } from './channels/slack/slack-channel';
import { mountSlackRoutes } from './channels/slack/slack-route';
import { describeSlack } from './channels/slack/slack-summary';
import type { Config } from './config';
import { HerstartCore } from './core/conversation-core';
import type { Delivery } from './core/delivery';
import { systemClock, type ChannelSender, type Clock } from './core/ports';
import { createProactiveDelivery, createScheduling, type Scheduling } from './scheduler/wiring';
import { AfterTurn } from './core/after-turn';
import { fanOut } from './core/change-fanout';
import { InboxWork } from './channels/inbox-work';
import { createHttpServer, listen } from './server/http-server';
import { OneTimeLinks } from './links/one-time-links';
import { mountLinkRoutes, type LinkHandler } from './web/link-routes';
import { caseFileDownload } from './web/case-file-download';
import { FILE_LINK_PURPOSE } from './core/dossier/file-flow';
import { openStore } from './store/open-store';
import { describeStoreConfig, type StoreConfig } from './store/store-config';
import type { Store } from './store/store';
import { mountWorkspace } from './web/mount';
import { RowCache } from './web/data/case-rows';
import type { Workspace } from './web/workspace';

/** How often kept Slack deliveries are looked for (a dead process's leases run out after about 15 s). */
const SLACK_RECOVERY_INTERVAL_MS = 5_000;

/** Teams may deliver the same activity twice; a day is far longer than its retry window. */
const TEAMS_DEDUPE_TTL_SECONDS = 24 * 3600;

export interface App {
  server: Server;
  port: number;
  store: Store;
  core: HerstartCore;
  senders: ChannelSender[];
  /** Proactive delivery (paced, through every channel): what the scheduler and check-ins send with. */
  delivery: Delivery;
  /** Employee check-ins: planner, card actions, and the dispatch for claimed `checkin` reminders. */
  checkins: Checkins;
  /** Slack, when SLACK_SIGNING_SECRET is set. */
  slack: SlackChannel | null;
  /** Reminders and escalations: the re-planner, the tick loop (tests may tick by hand). */
  scheduling: Scheduling;
  /** One-time links posted in chat (case file, workspace sign-in). */
  links: OneTimeLinks;
  /** What spending a link does, by purpose (the routes look handlers up when a link is used). */
  linkHandlers: Record<string, LinkHandler>;
  logger: Logger;
  /** The HR workspace (web pages, Teams tab, browser sessions). */
  workspace: Workspace;
  /** What is switched on, for the start-up message. */
  summary: string[];
  /** Waits for the work that follows a turn's answer (plans, conversation references, list audits): tests and benchmarks. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export interface AppOptions {
  config: Config;
  storeConfig: StoreConfig;
  clock?: Clock;
  /** Real time for leases on inbound deliveries (tests move it to see a lease run out); the system clock by default. */
  wallClock?: Clock;
  logger?: Logger;
}

export async function startApp(opts: AppOptions): Promise<App> {
  const { config } = opts;
  const clock = opts.clock ?? systemClock;
  const wallClock = opts.wallClock ?? systemClock;
  const logger = opts.logger ?? pino({ level: config.logLevel });
  const store = await openStore(opts.storeConfig, { logger });
  const teamsOn = config.teams.enabled;
  const teamsCards = teamsCardRenderer(bindCard, config.teams.buttons);
  const senders: ChannelSender[] = teamsOn ? [new TeamsSender(createTeamsAdapter(config.teams), config.teams.appId, teamsCards)] : [];
  // Every proactive message (nudges, escalations, check-ins) goes through one paced queue per channel.
  const proactive = createProactiveDelivery({ store, clock, logger, teams: config.teams, teamsCards, ...(teamsOn ? {} : { senders: [] }) });
  const delivery = proactive.delivery;
  // Slack's opener joins once Slack exists (below), like its sender.
  const openers: ConversationOpener[] = teamsOn ? [new TeamsOpener(createTeamsAdapter(config.teams), config.teams.appId, logger)] : [];
  const checkins = createCheckins({ store, clock, logger, delivery, openers });
  // The employee's view on each saved document of the case file, asked in their own chat.
  const viewRequests = new ViewRequests({ store, clock, logger, delivery, openers, newId: randomUUID });
  // Work a turn causes but its answer does not need (plans, conversation references, list audits).
  const afterTurn = new AfterTurn(logger);
  // Scheduler: checks every tenant's settings first (a bad escalation rule stops start-up here).
  let scheduling: Scheduling;
  try {
    scheduling = await createScheduling({
      store,
      clock,
      logger,
      delivery,
      ...config.scheduler,
      pacing: proactive.pacing,
      handlers: [checkins.dispatch, viewRequests],
      planners: [checkins.planner, viewRequests],
      afterTurn,
    });
  } catch (err) {
    await store.close();
    throw err;
  }
  // Links point at the configured public origin, or at this machine once its port is known.
  let port = 0;
  const links = new OneTimeLinks({ store, clock, baseUrl: () => config.publicUrl ?? `http://localhost:${port}` });
  // The workspace's cases table follows every change the core makes.
  const workspaceRows = new RowCache(clock);
  const core = new HerstartCore({
    store,
    clock,
    logger,
    links,
    // Plans (reminders, check-ins) follow through the scheduling's plan queue.
    changes: fanOut(scheduling.changes, workspaceRows),
    submits: { ...scheduling.submits, ...checkins.submits },
    afterTurn,
    idChecks: scheduling.idChecks,
  });

  const server = createHttpServer({
    logger,
    health: async () => {
      const h = await store.health();
      return { ok: h.ok, detail: { store: h.engine, ...(h.detail ? { storeDetail: h.detail } : {}) } };
    },
  });

  if (teamsOn) {
    const deps = { core, renderCard: teamsCards, clock, logger };
    mountTeamsRoute(server, createTeamsAdapter(config.teams), deps, {
      work: new InboxWork({ inbox: store.inbox, wallClock, logger, doneTtlSeconds: TEAMS_DEDUPE_TTL_SECONDS }),
      maxBodyBytes: config.teams.maxActivityBytes,
      authEnabled: teamsAuthEnabled(config.teams),
    });
  }

  // Slack: same server, its own routes, on only with a signing secret.
  const slack = config.slack.mode === 'off' ? null : createSlackChannel({ config: config.slack, core, store, clock, wallClock, logger });
  if (slack) {
    mountSlackRoutes(server, slack, logger);
    senders.push(slack.sender);
    proactive.add(slack.sender);
    openers.push(slack.opener);
  }

  const workspace = mountWorkspace(server, { store, core, clock, logger, config: config.web, rows: workspaceRows });

  // What spending a link does, by purpose: the case file and the workspace register theirs here.
  const linkHandlers: Record<string, LinkHandler> = { [FILE_LINK_PURPOSE]: caseFileDownload({ store, clock, logger }) };
  // Signing in to the workspace: the link's POST starts a browser session for the person it was minted for.
  linkHandlers.signin = async (grant, _req, res) => workspace.signIn(res, { tenantId: grant.tenantId, personId: grant.personId }, grant.target);
  mountLinkRoutes(server, { links, logger, handlers: linkHandlers, principal: (req) => workspace.principal(req) });

  port = await listen(server, config.port, config.host);
  scheduling.start();
  // Slack deliveries acknowledged before a crash or failed since: picked up now and every few
  // seconds (the background loops are off with SCHEDULER_INTERVAL_SECONDS=0; tests recover by hand).
  const stopRecovery = slack?.startRecovery(config.scheduler.intervalSeconds > 0 ? SLACK_RECOVERY_INTERVAL_MS : 0);
  const summary = [
    ...(config.openWithoutAuth
      ? [
          `WARNING: NO AUTHENTICATION. Listening on ${config.host} without MicrosoftAppId (HERSTART_UNAUTHENTICATED_REMOTE=allow): ` +
            'anyone who can reach this port can post to /api/messages as any user of any organisation. Use this on a closed test network only.',
        ]
      : []),
    `store: ${describeStoreConfig(opts.storeConfig)}`,
    !teamsOn
      ? 'Microsoft Teams: off (HERSTART_TEAMS=off)'
      : `Microsoft Teams: POST http://localhost:${port}/api/messages (${
          teamsAuthEnabled(config.teams)
            ? `JWT validation on for app ${config.teams.appId}`
            : `no MicrosoftAppId: accepts unauthenticated traffic (Agents Playground, Bot Framework Emulator)${
                config.openWithoutAuth ? '' : ', listening on loopback only'
              }`
        })`,
    describeSlack(config.slack, `http://localhost:${port}`),
    `HR workspace: ${config.web.publicUrl ?? `http://localhost:${port}`}/ (sign in with the link Herstart gives for "overzicht" in the chat; Teams tab at /tab)`,
    `health: GET http://localhost:${port}/healthz`,
    config.publicUrl
      ? `links in chat: ${config.publicUrl}`
      : `links in chat: http://localhost:${port} (set HERSTART_PUBLIC_URL${config.production ? ': people cannot open these links' : ' for others to open them'})`,
    scheduling.summary,
  ];
  return {
    server,
    port,
    store,
    core,
    senders,
    delivery,
    checkins,
    slack,
    scheduling,
    workspace,
    links,
    linkHandlers,
    logger,
    summary,
    idle: () => afterTurn.settle(),
    async stop() {
      stopRecovery?.();
      await scheduling.stop();
      // Slack work runs after its ack; let it finish before the store closes.
      await slack?.idle();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections would hold the close open; nothing is in flight once we stop.
      server.server.closeAllConnections?.();
      await closed;
      // The last answers' work after the answer (Slack's included) before the store goes.
      await afterTurn.settle();
      await store.close();
    },
  };
}
