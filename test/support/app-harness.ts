// Starts the real application for a test: restify on a free port, a SQLite file in a temp dir,
// a virtual clock, and a fake Bot Connector for Teams replies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { StoreConfig } from '../../src/store/store-config';
import { FakeConnector } from './fake-connector';
import { FakeSlack } from './fake-slack';
import { SlackClient } from './slack-client';
import { TeamsClient } from './teams-client';

export const SLACK_TEST_SECRET = 'test-signing-secret-8f2c';

export class VirtualClock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

export interface TestApp {
  app: App;
  url: string;
  connector: FakeConnector;
  teams: TeamsClient;
  /** With `slack: true`: a fake Slack Web API and a client that plays Slack. */
  fakeSlack: FakeSlack;
  slack: SlackClient;
  clock: VirtualClock;
  /** The temp dir holding the SQLite file. */
  dir: string;
  stop(): Promise<void>;
}

export async function startTestApp(
  /** `shareStoreWith`: a second instance on the first one's SQLite file (it removes the file when stopped). */
  opts: { env?: Record<string, string>; now?: string; locale?: string; slack?: boolean; store?: StoreConfig; wallClock?: { now(): Date }; shareStoreWith?: TestApp } = {},
): Promise<TestApp> {
  const shared = opts.shareStoreWith?.dir;
  const dir = shared ?? mkdtempSync(path.join(tmpdir(), 'herstart-test-'));
  const connector = new FakeConnector();
  await connector.start();
  const fakeSlack = new FakeSlack();
  await fakeSlack.start();
  const slackEnv: Record<string, string> = opts.slack
    ? { SLACK_SIGNING_SECRET: SLACK_TEST_SECRET, SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: fakeSlack.apiUrl }
    : {};
  const clock = new VirtualClock(new Date(opts.now ?? '2026-03-05T09:30:00Z'));
  let app: App;
  try {
    // The scheduler's loop is off: tests tick it by hand (app.scheduling.scheduler.tick()).
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SCHEDULER_INTERVAL_SECONDS: '0', ...slackEnv, ...opts.env });
    app = await startApp({
      config,
      // Another engine when a test asks (the Cosmos DB emulator); else a SQLite file of its own.
      storeConfig: opts.store ?? { engine: 'sqlite', path: path.join(dir, 'herstart.db'), durability: 'normal' },
      clock,
      ...(opts.wallClock ? { wallClock: opts.wallClock } : {}),
      logger: pino({ level: 'silent' }),
    });
  } catch (err) {
    await connector.stop();
    await fakeSlack.stop();
    if (!shared) rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const url = `http://127.0.0.1:${app.port}`;
  return {
    app,
    url,
    dir,
    connector,
    clock,
    teams: new TeamsClient(url, connector, 'tenant-contoso', opts.locale ?? 'nl-NL', () => app.idle()),
    fakeSlack,
    slack: new SlackClient(url, SLACK_TEST_SECRET, fakeSlack, app),
    async stop() {
      await app.stop();
      await connector.stop();
      await fakeSlack.stop();
      if (!shared) rmSync(dir, { recursive: true, force: true });
    },
  };
}
