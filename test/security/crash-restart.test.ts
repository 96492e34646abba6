// What was acknowledged survives a crash (issue 13, point 14): Herstart runs in a process of its
// own and is killed with SIGKILL in the middle of a burst. After a restart on the same database,
// every Slack event that got its 200 is answered, and every Teams save that got its 200 is in the
// store, each exactly once, also when the senders try everything again.
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store';
import { startChildApp, type ChildApp } from '../support/child-app';
import { FakeConnector } from '../support/fake-connector';
import { FakeSlack } from '../support/fake-slack';
import { TeamsClient, cardOf, submitActions, type TeamsUser } from '../support/teams-client';

jest.setTimeout(240_000);

const SECRET = 'crash-test-signing-secret';

function signed(body: string): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'content-type': 'application/json', 'x-slack-signature': sig, 'x-slack-request-timestamp': String(ts) };
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('Slack: a burst of direct messages, SIGKILL, restart', () => {
  let dir: string;
  const slack = new FakeSlack('T0CRASH');
  let child: ChildApp | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'herstart-crash-slack-'));
    await slack.start();
  });
  afterAll(async () => {
    await child?.stop();
    await slack.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every acknowledged event after the restart, each once', async () => {
    const env = {
      HERSTART_DB: path.join(dir, 'herstart.db'),
      HERSTART_TEAMS: 'off',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-crash',
      SLACK_API_URL: slack.apiUrl,
      // The background loops on: kept deliveries are looked for every few seconds.
      SCHEDULER_INTERVAL_SECONDS: '1',
    };
    child = await startChildApp(env);
    const N = 15;
    const events = Array.from({ length: N }, (_, i) => {
      const user = `U${String(i).padStart(3, '0')}`;
      slack.addUser({ id: user, name: `user${i}`, realName: `Collega ${i}` });
      const word = `crash-${String(i).padStart(2, '0')}`;
      return {
        word,
        body: JSON.stringify({
          type: 'event_callback', team_id: slack.teamId, api_app_id: 'A0HERSTART', event_id: `EvCRASH${i}`, event_time: 1,
          event: { type: 'message', channel_type: 'im', channel: `D${user}`, user, text: word, ts: `${i + 1}.0001` },
        }),
      };
    });
    // Slack takes the first few answers, then (as far as Herstart can tell) goes quiet.
    slack.holdAfter('chat.postMessage', 4);
    const acks = await Promise.all(
      events.map(async (e) => (await fetch(`${child!.url}/slack/events`, { method: 'POST', headers: signed(e.body), body: e.body })).status),
    );
    expect(acks).toEqual(Array(N).fill(200));
    await until('the work to be under way', () => slack.parkedCount > 0);
    // Let whatever was answered be marked done, then kill the process in the middle of its work.
    await new Promise((r) => setTimeout(r, 500));
    await child.kill();
    child = null;
    slack.dropHeld();

    const answersTo = (word: string) => slack.of('chat.postMessage').filter((c) => String(c.params.text ?? '').includes(`"${word}"`)).length;
    const before = events.filter((e) => answersTo(e.word) > 0).length;
    expect(before).toBeLessThan(N);

    child = await startChildApp(env);
    await until('every acknowledged event to be answered', () => events.every((e) => answersTo(e.word) >= 1), 90_000);
    // Slack re-sends them all (it would not, having had its 200; this shows the inbox keeps them done).
    for (const e of events) {
      const res = await fetch(`${child.url}/slack/events`, { method: 'POST', headers: { ...signed(e.body), 'x-slack-retry-num': '1' }, body: e.body });
      expect(res.status).toBe(200);
    }
    // Another recovery round or two: nothing is handled again.
    await new Promise((r) => setTimeout(r, 6_000));
    expect(events.map((e) => [e.word, answersTo(e.word)])).toEqual(events.map((e) => [e.word, 1]));
  });
});

describe('Teams: a burst of saves, SIGKILL, restart', () => {
  let dir: string;
  const connector = new FakeConnector();
  let child: ChildApp | null = null;
  const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
  const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'herstart-crash-teams-'));
    await connector.start();
  });
  afterAll(async () => {
    await child?.stop();
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged save, and stores each once when everything is sent again', async () => {
    const dbPath = path.join(dir, 'herstart.db');
    const env = { HERSTART_DB: dbPath, SCHEDULER_INTERVAL_SECONDS: '0' };
    child = await startChildApp(env);
    let teams = new TeamsClient(child.url, connector);
    // A case to record conversations on, reported the usual way.
    connector.setRoster(teams.personal(marleen).id, [{ id: '29:sanne', name: sanne.name, aadObjectId: sanne.aadObjectId }]);
    await teams.install(marleen);
    const intake = (await teams.say(marleen, `ziekmelding <at>${sanne.name}</at>`, undefined, [{ type: 'mention', mentioned: { id: '29:sanne', name: sanne.name } }]))
      .map(cardOf)
      .find((c) => c && submitActions(c).some((a) => a.data.action === 'intake.submit'));
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await teams.submit(marleen, 'intake', { ...submitActions(intake).find((a) => a.data.action === 'intake.submit')!.data, firstSickDay: yesterday, expected: 'unknown' });
    const store0 = await openSqliteStore(dbPath);
    const tenantId = (await store0.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
    const caseId = (await store0.cases.list(tenantId))[0]!.value.id;
    await store0.close();

    const N = 30;
    const save = (i: number) =>
      teams.activity(marleen, teams.personal(marleen), {
        type: 'invoke', name: 'adaptiveCard/action', replyToId: `card-${i}`,
        value: { action: { type: 'Action.Execute', verb: 'outcome.submit', data: { action: 'outcome.submit', cardId: `save-${i}`, caseId, date: today, kind: 'call', mood: 'good' } }, trigger: 'manual' },
      });
    const acked = new Set<number>();
    const burst = Array.from({ length: N }, (_, i) =>
      fetch(`${child!.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(save(i)) }).then(
        (res) => {
          if (res.status === 200) acked.add(i);
        },
        () => undefined,
      ),
    );
    await until('a few saves to be acknowledged', () => acked.size >= 5);
    await child.kill();
    child = null;
    await Promise.all(burst);
    expect(acked.size).toBeGreaterThanOrEqual(5);

    // Every save that got its 200 is on disk, also before anything is sent again.
    const afterCrash = await openSqliteStore(dbPath);
    const keys = async (s: typeof afterCrash) => (await s.records.list(tenantId, { caseId, kind: 'outcome' })).map((r) => r.idempotencyKey);
    const stored = await keys(afterCrash);
    for (const i of acked) expect(stored).toContain(`save-${i}:outcome.submit`);
    await afterCrash.close();

    // Restart; Teams sends everything again (the unacknowledged ones as retries, the rest as duplicates).
    child = await startChildApp(env);
    teams = new TeamsClient(child.url, connector);
    const again = await Promise.all(
      Array.from({ length: N }, async (_, i) => (await fetch(`${child!.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(save(i)) })).status),
    );
    expect(again).toEqual(Array(N).fill(200));
    await child.stop();
    child = null;
    const final = await openSqliteStore(dbPath);
    const all = await keys(final);
    await final.close();
    expect(all.sort()).toEqual(Array.from({ length: N }, (_, i) => `save-${i}:outcome.submit`).sort());
  });
});
