// npm run bench:web — the HR workspace's cases page against a big organisation: one tenant with
// 2,000 open cases (100 managers), 20,000 case records, the case file's documents of every other
// Dutch case (problem analysis, plan of action and the employee's view) and 400 escalations sent, in the embedded
// SQLite store, served by the real app. Signs in as HR and fetches the cases page (default view,
// a filtered view, a later page) and the CSV of all cases, sequentially, and prints the server
// time per request (p50, p95), the page weight and rows shown, and the first (cold) request. Flags: --cases N --records N --rounds N.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openCase } from '../src/domain/case-events';
import type { CaseRecord, Reminder } from '../src/store/types';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const CASES = flag('cases', 2000);
const RECORDS = flag('records', 20000);
const ROUNDS = flag('rounds', 60);
const NOW = new Date('2026-03-05T09:30:00Z');

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'herstart-bench-web-'));
  const app = await startApp({
    config: loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SCHEDULER_INTERVAL_SECONDS: '0' }),
    storeConfig: { engine: 'sqlite', path: path.join(dir, 'bench.db'), durability: 'normal' },
    clock: { now: () => new Date(NOW) },
    logger: pino({ level: 'silent' }),
  });
  try {
    const store = app.store;
    const t0 = Date.now();
    const tenantId = 'bench-tenant';
    await store.tenants.create({
      id: tenantId,
      name: 'Bench BV',
      channelKeys: ['teams:bench'],
      settings: { jurisdiction: 'NL', timeZone: 'Europe/Amsterdam', locale: 'nl-NL', workingHours: { start: '09:00', end: '17:00' }, employerSize: 25000 },
      createdAt: '2024-01-01T00:00:00Z',
    });
    const person = (id: string, name: string, roles: Array<'hr' | 'manager' | 'employee'>) =>
      store.people.create({ id, tenantId, displayName: name, roles, identities: [], createdAt: '2024-01-01T00:00:00Z' });
    await person('hr-1', 'Hanna HR', ['hr']);
    for (let m = 0; m < 100; m++) await person(`mgr-${m}`, `Leidinggevende ${m}`, ['manager']);
    for (let i = 0; i < CASES; i++) {
      await person(`emp-${i}`, `Medewerker ${i}`, ['employee']);
      const start = day(300 + (i % 120));
      await store.cases.create(
        openCase({ id: `case-${i}`, tenantId, employeeId: `emp-${i}`, managerId: `mgr-${i % 100}`, jurisdiction: i % 5 === 0 ? 'BE' : 'NL', employerSize: 25000, firstSickDay: start, createdAt: `${start}T09:00:00Z` }),
      );
    }
    for (let r = 0; r < RECORDS; r++) {
      const c = r % CASES;
      const rec: CaseRecord = {
        id: `rec-${r}`,
        tenantId,
        caseId: `case-${c}`,
        personId: `emp-${c}`,
        kind: r % 10 === 9 ? 'nudge_response' : 'outcome',
        idempotencyKey: `key-${r}`,
        createdBy: `mgr-${c % 100}`,
        createdAt: `${day(420 + (r % 60))}T10:00:00Z`,
        data: r % 10 === 9 ? { item: 'c:x', action: 'snooze', until: day(430) } : { date: day(420 + (r % 60)), kind: 'call', mood: 'good', agreements: ['hours'], wishes: [], nextContact: day(430 + (r % 60)), flagHr: false, concern: null, notes: null },
      };
      await store.records.append(rec);
    }
    // The file column runs the case file's completeness check on every row: give it documents to read.
    let fileRecords = 0;
    const fileRecord = async (c: number, kind: CaseRecord['kind'], on: string, data: Record<string, unknown>) => {
      fileRecords++;
      await store.records.append({ id: `file-${fileRecords}`, tenantId, caseId: `case-${c}`, personId: `emp-${c}`, kind, idempotencyKey: `file-${fileRecords}`, createdBy: `mgr-${c % 100}`, createdAt: `${on}T11:00:00Z`, data });
    };
    for (let i = 0; i < CASES; i += 2) {
      if (i % 5 === 0) continue; // Belgian
      const start = 300 + (i % 120);
      const analysis = { canDo: 'Bureauwerk, halve dagen', cannotDo: 'Tillen', duration: 'medium', adjustments: 'Rustige werkplek', nextReview: day(start + 90) };
      await fileRecord(i, 'document', day(start + 35), { docId: 'nl.problem_analysis', type: 'nl.problem_analysis', status: 'final', on: day(start + 35), fields: analysis, authorTitle: 'HR' });
      const plan = { goal: 'own_work', activities: [{ what: 'Uren opbouwen', who: 'employee', by: day(start + 80) }], caseManager: 'Petra', contactRhythm: 'weekly', buildup: null, employerView: 'Goed plan' };
      await fileRecord(i, 'document', day(start + 48), { docId: 'nl.action_plan', type: 'nl.action_plan', status: 'final', on: day(start + 48), fields: plan, authorTitle: 'Teamleider' });
      await fileRecord(i, 'document_view', day(start + 50), { docId: 'nl.action_plan', versionId: `file-${fileRecords}`, stance: 'agree', words: null, source: 'chat', givenOn: day(start + 50) });
    }
    const escalations: Reminder[] = [];
    for (let e = 0; e < CASES / 5; e++) {
      escalations.push({ id: `case-${e * 5}:e:milestone_overdue:x`, tenantId, caseId: `case-${e * 5}`, recipientId: 'hr', recipientRole: 'hr', kind: 'escalation', ruleId: 'milestone_overdue', milestoneId: null, dueAt: '2026-03-01T08:00:00.000Z', state: 'pending', attempts: 0, payload: { key: `e:milestone_overdue:${e}`, item: `e:milestone_overdue:${e}`, day: '2026-03-01', due: null, leadDays: null, earlier: false } });
    }
    await store.reminders.upsertPending(escalations);
    for (const r of await store.reminders.claimDue({ now: NOW, leaseMs: 60_000, owner: 'bench', limit: 10_000 })) await store.reminders.markSent(r.value, r.etag, NOW);
    const filled = Date.now() - t0;

    const { id } = await app.workspace.sessions.start({ tenantId, personId: 'hr-1' }, NOW);
    const base = `http://127.0.0.1:${app.port}`;
    const views: Array<[string, string]> = [
      ['cases page (default: by due date, first 50)', '/'],
      ['cases page (filtered: one manager, overdue)', '/?manager=mgr-7&overdue=1'],
      ['cases page (page 20, by name)', '/?sort=employee&page=20'],
      ['CSV of all open cases', '/cases.csv'],
    ];
    const get = async (p: string) => {
      const s = process.hrtime.bigint();
      const res = await fetch(base + p, { headers: { cookie: `herstart_session=${id}` } });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`${p}: ${res.status}`);
      return { ms: Number(process.hrtime.bigint() - s) / 1e6, bytes: body.length, rows: (body.toString().match(/<th scope="row">/g) ?? []).length };
    };
    console.log(`workspace bench: ${CASES} open cases, ${RECORDS} records + ${fileRecords} of case files, ${escalations.length} escalations sent (filled in ${(filled / 1000).toFixed(1)} s); ${ROUNDS} requests per view, one at a time`);
    const cold = await get('/');
    console.log(`first cases page after start (rows built: every case's deadlines, every conversation read): ${cold.ms.toFixed(0)} ms`);
    console.log('view | p50 ms | p95 ms | bytes | rows shown');
    for (const [name, p] of views) {
      for (let i = 0; i < 3; i++) await get(p); // warm-up: JIT, statement caches
      const runs = [];
      for (let i = 0; i < ROUNDS; i++) runs.push(await get(p));
      const ms = runs.map((r) => r.ms);
      console.log(`${name} | ${pct(ms, 50).toFixed(1)} | ${pct(ms, 95).toFixed(1)} | ${runs[0]!.bytes} | ${runs[0]!.rows}`);
    }
    const audits = (await store.audit.list(tenantId, { actorId: 'hr-1' })).length;
    console.log(`audit entries written by HR's looks: ${audits} (one per case row shown or exported)`);
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
