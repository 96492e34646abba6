// What a conversation turn costs on Cosmos DB, counted rather than timed: the real app on the
// Cosmos DB engine, a counting front before @vercel/cosmosdb-server (test/store/cosmos/local-cosmos.ts)
// that adds a network-like delay to every request, and real Teams turns over HTTP. Per turn it
// counts the requests (point reads, queries, writes, and the SDK's own metadata reads) and the
// sequential chain: the longest run of requests, each sent only after the one before it was
// answered, that ended before the answer reached Teams. Requests after the answer (re-planning,
// check-in planning, audit entries of a list) are counted apart.
// Used by test/core/turn-cost.test.ts (which holds each turn to its aim) and bench/roundtrips.ts.
import { randomUUID } from 'node:crypto';
import type { StoreConfig } from '../../src/store/store-config';
import { EMULATOR_KEY, type LocalCosmos, type LoggedRequest } from '../store/cosmos/local-cosmos';
import { startTestApp, type TestApp } from './app-harness';
import { cardOf, inputOf, submitActions, type TeamsUser } from './teams-client';

export type RequestKind = 'read' | 'query' | 'write' | 'plan' | 'meta';

export interface TurnCost {
  turn: TurnName;
  cases: number;
  cache: 'cold' | 'warm';
  /** Before the answer. */
  total: number;
  reads: number;
  queries: number;
  writes: number;
  /** The SDK's query plans: one per query, sent alongside it, served by the gateway. */
  plans: number;
  /** The SDK's own reads (database, container, partition key ranges): once per process and container. */
  meta: number;
  /** Requests awaited one after another before the answer. */
  chain: number;
  /** Requests after the answer (work the answer did not need). */
  after: number;
  afterWrites: number;
  /** What each request was, for reading a failure: `kind container`, in order of arrival. */
  detail: string[];
}

export const TURNS = ['help', 'my cases', 'open a case', 'record a conversation', 'sickness report', 'legal step done', 'case file', 'save a document'] as const;
export type TurnName = (typeof TURNS)[number];

/** The aims: the most requests one after another on the critical path. */
export const CHAIN_AIM: Record<TurnName, number> = {
  help: 3,
  'my cases': 5,
  'open a case': 4,
  'record a conversation': 4,
  'sickness report': 8,
  'legal step done': 6,
  // The case file (not in the table): its card is opened like a case card, and saving a
  // document marks its legal step done like the step itself.
  'case file': 4,
  'save a document': 6,
};

const DOCS = /^\/dbs\/[^/]+\/colls\/([^/]+)\/docs(\/[^/]+)?$/;

export function classify(r: Pick<LoggedRequest, 'method' | 'url' | 'headers'>): { kind: RequestKind; container: string } {
  const path = (r.url.split('?')[0] ?? '').replace(/\/$/, '');
  const m = DOCS.exec(path);
  if (!m) return { kind: 'meta', container: path.split('/').slice(-2).join('/') };
  const container = decodeURIComponent(m[1]!);
  const isQuery = String(r.headers['x-ms-documentdb-isquery'] ?? '').toLowerCase() === 'true' || String(r.headers['content-type'] ?? '').includes('query+json');
  if (r.method === 'GET' && m[2]) return { kind: 'read', container };
  if (r.method === 'POST' && String(r.headers['x-ms-cosmos-is-query-plan-request'] ?? '').toLowerCase() === 'true') return { kind: 'plan', container };
  if (r.method === 'POST' && isQuery) return { kind: 'query', container };
  return { kind: 'write', container };
}

/** The longest run of requests each started after the previous one was answered. */
export function longestChain(requests: readonly Pick<LoggedRequest, 'start' | 'end'>[]): number {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const best: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let longest = 0;
    for (let j = 0; j < i; j++) if (sorted[j]!.end <= sorted[i]!.start) longest = Math.max(longest, best[j]!);
    best.push(longest + 1);
  }
  return Math.max(0, ...best);
}

export function costOf(turn: TurnName, cases: number, cache: 'cold' | 'warm', log: readonly LoggedRequest[], answeredAt: number): TurnCost {
  const before = log.filter((r) => r.end <= answeredAt);
  const after = log.filter((r) => !(r.end <= answeredAt));
  const kinds = before.map((r) => classify(r));
  const count = (k: RequestKind) => kinds.filter((c) => c.kind === k).length;
  const t0 = log[0]?.start ?? 0;
  return {
    turn,
    cases,
    cache,
    total: before.length - count('plan') - count('meta'),
    reads: count('read'),
    queries: count('query'),
    writes: count('write'),
    plans: count('plan'),
    meta: count('meta'),
    chain: longestChain(before),
    after: after.length,
    afterWrites: after.filter((r) => classify(r).kind === 'write').length,
    detail: log.map((r) => {
      const c = classify(r);
      const when = `${(r.start - t0).toFixed(0)}-${(r.end - t0).toFixed(0)}ms`;
      return `${r.end <= answeredAt ? '' : 'after '}${c.kind} ${r.method} ${c.container} ${when} ${r.status}`;
    }),
  };
}

const manager: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const TEAM = { id: '19:team-cost@thread.tacv2', conversationType: 'channel' as const };
const NOW = '2026-03-05T09:30:00Z';
const TODAY = '2026-03-05';

interface World {
  store: StoreConfig;
  caseIds: string[];
  /** People without a case, for sickness reports. */
  spare: string[];
}

/** One organisation on a fresh database: its manager with `cases` open cases, set up over HTTP. */
async function buildWorld(cosmos: LocalCosmos, cases: number): Promise<World> {
  const store: StoreConfig = { engine: 'cosmos', endpoint: cosmos.endpoint, key: EMULATOR_KEY, database: `turn-cost-${randomUUID()}` };
  const t = await startTestApp({ now: NOW, store });
  try {
    const welcome = await t.teams.install(manager);
    const setup = welcome.map(cardOf).find((c) => c && inputOf(c, 'jurisdiction'));
    const setupData = submitActions(setup).find((a) => a.data.action === 'setup.submit')!.data;
    await t.teams.submit(manager, 'setup', { ...setupData, jurisdiction: 'NL', employerSize: '120', locale: 'nl-NL', iAmHr: 'false' });
    const staff = Array.from({ length: cases + 2 }, (_, i) => ({ id: `29:e${i}`, name: `Collega ${String(i).padStart(2, '0')}`, aadObjectId: `aad-e${i}` }));
    t.connector.setRoster(TEAM.id, [{ id: `29:${manager.id}`, name: manager.name, aadObjectId: manager.aadObjectId }, ...staff]);
    await t.teams.install(manager, TEAM);
    const tenant = (await t.app.store.tenants.findByChannelKey(`teams:${t.teams.tenantId}`))!.value;
    const people = await t.app.store.people.search(tenant.id, 'Collega', 1000);
    const ids = staff.map((s) => people.find((p) => p.displayName === s.name)!.id);
    for (const employeeId of ids.slice(0, cases)) {
      await t.teams.submit(manager, 'intake', { action: 'intake.submit', cardId: `seed-${employeeId}`, employeeId, firstSickDay: '2026-03-02', expected: 'weeks', expectedReturn: '' });
    }
    await t.app.idle();
    const caseIds = (await t.app.store.cases.list(tenant.id, { status: 'open' })).map((c) => c.value.id);
    return { store, caseIds, spare: ids.slice(cases) };
  } finally {
    await t.stop();
  }
}

/** The turn as Teams sends it; `n` (0 cold, 1 warm) picks fresh cards and cases so each press is new. */
function turnActivity(t: TestApp, w: World, turn: TurnName, n: number): Record<string, unknown> {
  const say = (text: string) => t.teams.activity(manager, t.teams.personal(manager), { type: 'message', text });
  const press = (data: Record<string, unknown>) => {
    const { action, ...rest } = data;
    return t.teams.activity(manager, t.teams.personal(manager), {
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: `card-${randomUUID()}`,
      value: { action: { type: 'Action.Execute', verb: action, data: { action, ...rest } }, trigger: 'manual' },
    });
  };
  const cardId = `cost-${randomUUID()}`;
  switch (turn) {
    case 'help':
      return say('help');
    case 'my cases':
      return say('mijn casussen');
    case 'open a case':
      return press({ action: 'case.open', cardId, caseId: w.caseIds[n] });
    case 'record a conversation':
      return press({
        action: 'outcome.submit', cardId, caseId: w.caseIds[n], date: TODAY, kind: 'call', mood: 'good', agreements: 'contact',
        wishes: 'team_not_informed', nextContact: '', flagHr: 'false', concern: '', notes: 'We bellen volgende week weer.',
      });
    case 'sickness report':
      return press({ action: 'intake.submit', cardId, employeeId: w.spare[n], firstSickDay: TODAY, expected: 'weeks', expectedReturn: '' });
    case 'legal step done':
      return press({ action: 'milestone.submit', cardId, caseId: w.caseIds[n], milestoneId: 'nl.arbo_report', on: TODAY, decision: '' });
    case 'case file':
      return press({ action: 'dossier.open', cardId, caseId: w.caseIds[n] });
    case 'save a document':
      return press({
        action: 'document.submit', cardId, caseId: w.caseIds[n], docType: 'nl.action_plan', docId: 'nl.action_plan', on: TODAY,
        goal: 'adapted_own_work', activity1: 'Werkplek bij het raam inrichten', who1: 'manager', by1: '2026-03-12', caseManager: 'Petra Visser', contactRhythm: 'weekly', employerView: 'Rustig opbouwen.', authorTitle: 'Teamleider',
      });
  }
}

/**
 * When the core hands its answer to the Teams adapter: from then on no store request stands
 * between the person and the answer (the adapter only sends it). Taken at the source, since the
 * emulator shares this process and its slow queries can hold up the test's own view of the reply.
 */
function answerTimes(t: TestApp): { last: number } {
  const times = { last: Number.NaN };
  const core = t.app.core;
  const handle = core.handle.bind(core);
  core.handle = async (...args) => {
    const reply = await handle(...args);
    times.last = performance.now();
    return reply;
  };
  return times;
}

async function measure(cosmos: LocalCosmos, t: TestApp, w: World, turn: TurnName, n: number, answered: { last: number }): Promise<TurnCost> {
  cosmos.log.length = 0;
  cosmos.recording = true;
  const res = await t.teams.post(turnActivity(t, w, turn, n));
  const answeredAt = answered.last;
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${turn}: the bot answered ${res.status}: ${body}`);
  if (/niet opgeslagen|ging iets mis|went wrong/i.test(body + JSON.stringify(t.connector.calls.slice(-3).map((c) => c.body)))) {
    throw new Error(`${turn}: the bot answered with a failure: ${body}`);
  }
  await t.app.idle();
  // Anything still in flight at the front (a request sent just before idle) lands first.
  await new Promise((r) => setTimeout(r, cosmos.latencyMs * 3 + 20));
  cosmos.recording = false;
  return costOf(turn, w.caseIds.length, n === 0 ? 'cold' : 'warm', [...cosmos.log], answeredAt);
}

/**
 * Every turn, cold (a new instance: nothing cached, the SDK's metadata unread) and then warm (the
 * same instance, the same person, a moment later), for each number of open cases.
 */
export async function measureTurnCosts(cosmos: LocalCosmos, opts: { cases: number[]; latencyMs: number; turns?: readonly TurnName[] }): Promise<TurnCost[]> {
  const out: TurnCost[] = [];
  for (const cases of opts.cases) {
    cosmos.latencyMs = 0;
    const world = await buildWorld(cosmos, cases);
    for (const turn of opts.turns ?? TURNS) {
      cosmos.latencyMs = 0;
      const t = await startTestApp({ now: NOW, store: world.store });
      try {
        const answered = answerTimes(t);
        cosmos.latencyMs = opts.latencyMs;
        out.push(await measure(cosmos, t, world, turn, 0, answered));
        out.push(await measure(cosmos, t, world, turn, 1, answered));
      } finally {
        cosmos.latencyMs = 0;
        await t.stop();
      }
    }
  }
  return out;
}

export function costTable(rows: readonly TurnCost[]): string {
  const head = ['turn', 'open cases', 'cache', 'chain', 'aim', 'total', 'reads', 'queries', 'writes', 'SDK plans, meta', 'after answer (writes)'];
  const lines = rows.map((r) => [
    r.turn, String(r.cases), r.cache, String(r.chain), `≤ ${CHAIN_AIM[r.turn]}`, String(r.total), String(r.reads), String(r.queries), String(r.writes), `${r.plans}, ${r.meta}`,
    `${r.after} (${r.afterWrites})`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n');
}
