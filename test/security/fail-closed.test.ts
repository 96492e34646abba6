// Failing closed (issue 13, points 10 to 12): without credentials Herstart is for this machine only,
// whatever NODE_ENV is spelt like; a failed start says one line; /healthz knows when the store
// cannot write.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { startTestApp } from '../support/app-harness';

const creds = { MicrosoftAppId: '0f3b5e36-8f6e-4b8a-9a43-1c2d3e4f5a6b', MicrosoftAppPassword: 'secret' };

describe('local mode is loopback only (point 10)', () => {
  it('turns the credential check on for every spelling of production', () => {
    for (const NODE_ENV of ['production', 'Production', 'production ', ' PRODUCTION', 'prod', 'Prod']) {
      expect(() => loadConfig({ NODE_ENV })).toThrow(ConfigError);
      expect(() => loadConfig({ NODE_ENV })).toThrow(/MicrosoftAppId/);
    }
    expect(loadConfig({ NODE_ENV: 'Production', ...creds }).production).toBe(true);
  });

  it('listens on loopback without credentials, and everywhere with them', () => {
    expect(loadConfig({})).toMatchObject({ host: '127.0.0.1', openWithoutAuth: false });
    expect(loadConfig({ NODE_ENV: 'staging' })).toMatchObject({ host: '127.0.0.1', openWithoutAuth: false });
    expect(loadConfig({ HOST: 'localhost' })).toMatchObject({ host: 'localhost', openWithoutAuth: false });
    expect(loadConfig({ HOST: '::1' })).toMatchObject({ openWithoutAuth: false });
    expect(loadConfig(creds)).toMatchObject({ host: '0.0.0.0', openWithoutAuth: false });
    // Slack only: every request is signed, so the network may reach it.
    expect(loadConfig({ HERSTART_TEAMS: 'off', SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1' })).toMatchObject({ host: '0.0.0.0' });
  });

  it('refuses to listen beyond loopback without credentials unless told so explicitly', () => {
    for (const HOST of ['0.0.0.0', '::', '10.1.2.3', 'herstart.example.com']) {
      expect(() => loadConfig({ HOST })).toThrow(/HERSTART_UNAUTHENTICATED_REMOTE=allow/);
    }
    expect(loadConfig({ HOST: '0.0.0.0', HERSTART_UNAUTHENTICATED_REMOTE: 'allow' })).toMatchObject({ host: '0.0.0.0', openWithoutAuth: true });
    expect(() => loadConfig({ NODE_ENV: 'prod', HOST: '0.0.0.0', HERSTART_UNAUTHENTICATED_REMOTE: 'allow' })).toThrow(/MicrosoftAppId/);
  });

  it('binds to loopback when no host is given, and shouts when told to open up without credentials', async () => {
    const local = await startTestApp({ env: { HOST: '' } });
    try {
      expect((local.app.server.address() as { address: string }).address).toBe('127.0.0.1');
      expect(local.app.summary.join('\n')).toContain('listening on loopback only');
      expect(local.app.summary.join('\n')).not.toContain('WARNING');
    } finally {
      await local.stop();
    }
    const open = await startTestApp({ env: { HOST: '0.0.0.0', HERSTART_UNAUTHENTICATED_REMOTE: 'allow' } });
    try {
      expect((open.app.server.address() as { address: string }).address).toBe('0.0.0.0');
      expect(open.app.summary[0]).toMatch(/^WARNING: NO AUTHENTICATION/);
      expect(open.app.summary[0]).toContain('anyone who can reach this port');
    } finally {
      await open.stop();
    }
  });
});

/** Runs `npm start` as a person would and collects what it prints. */
function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, '../../bin/start.js')], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a failed start (point 11)', () => {
  let dir: string;
  let busy: Server;
  let port = 0;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'herstart-start-'));
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    port = (busy.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => busy.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints one line, without a stack trace or source paths', async () => {
    const run = await start({ PORT: String(port), HERSTART_DB: path.join(dir, 'a.db'), SCHEDULER_INTERVAL_SECONDS: '0' });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Herstart cannot start: .*EADDRINUSE/);
    expect(run.stderr).not.toMatch(/\bat .*\(|\.ts:\d+|node_modules|\/src\//);
  });

  it('shows the stack at debug level', async () => {
    const run = await start({ PORT: String(port), HERSTART_DB: path.join(dir, 'b.db'), SCHEDULER_INTERVAL_SECONDS: '0', LOG_LEVEL: 'debug' });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toMatch(/^Herstart cannot start: /);
    expect(run.stderr).toMatch(/\n\s+at /);
  });

  it('prints a bad setting as one line too', async () => {
    const run = await start({ HOST: '0.0.0.0', HERSTART_DB: path.join(dir, 'c.db') });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('HERSTART_UNAUTHENTICATED_REMOTE=allow');
  });
});

describe('health while the store cannot write (point 12)', () => {
  it('says 503 with the reason while the database is full, and 200 once it has room again', async () => {
    const t = await startTestApp();
    try {
      // (A probe result is trusted for 10 s, so this test's first look comes after the disk filled.)
      // The database may not grow: exactly what a full disk does to SQLite (SQLITE_FULL).
      const db = (t.app.store as SqliteStore).db;
      const pages = db.pragma('page_count', { simple: true }) as number;
      db.pragma(`max_page_count = ${pages}`);
      const sick = await fetch(`${t.url}/healthz`);
      expect(sick.status).toBe(503);
      const body = (await sick.json()) as { status: string; store: string; storeDetail: string };
      expect(body).toMatchObject({ status: 'unavailable', store: 'sqlite' });
      expect(body.storeDetail).toMatch(/cannot write: .*(SQLITE_FULL|full)/);

      db.pragma('max_page_count = 1073741823');
      await new Promise((r) => setTimeout(r, 2_100));
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    } finally {
      await t.stop();
    }
  });
});
