// A tenant with an escalation rule that cannot work stops start-up, with the rule named: in the
// app (startApp rejects) and for a person starting Herstart (one line, exit code 1).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { InvalidSettingError } from '../../src/domain/schedule/setting-error';
import { validateAllTenantSettings } from '../../src/scheduler/tenant-settings';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store';
import type { TenantSettings } from '../../src/store/types';

const START = path.join(__dirname, '..', '..', 'bin', 'start.js');
let dir: string;
let db: string;

async function storeWith(settings: Partial<TenantSettings>): Promise<void> {
  const store = await openSqliteStore(db);
  await store.tenants.create({
    id: 'acme',
    name: 'Acme',
    channelKeys: ['teams:aad-acme'],
    settings: { jurisdiction: 'NL', timeZone: 'Europe/Amsterdam', locale: 'nl-NL', workingHours: { start: '09:00', end: '17:00' }, employerSize: 40, ...settings },
    createdAt: '2026-01-01T00:00:00Z',
  });
  await store.close();
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'herstart-startup-'));
  db = path.join(dir, 'herstart.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const badRules = { escalationRules: [{ id: 'late_plan', expression: 'milestone.overdeuDays >= 3', enabled: true }] };

describe('start-up check of tenant settings', () => {
  it('passes good settings and counts the tenants it checked', async () => {
    await storeWith({ escalationRules: [{ id: 'long_absence', expression: 'case.sickDays >= 180', enabled: true }], leadTimes: { default: [5, 0] } });
    const store = await openSqliteStore(db);
    try {
      expect(await validateAllTenantSettings(store)).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('startApp refuses a tenant with an invalid rule, naming the tenant and the rule', async () => {
    await storeWith(badRules);
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SCHEDULER_INTERVAL_SECONDS: '0' });
    const started = startApp({ config, storeConfig: { engine: 'sqlite', path: db, durability: 'full' }, logger: pino({ level: 'silent' }) });
    await expect(started).rejects.toThrow(InvalidSettingError);
    await expect(started).rejects.toThrow('tenant acme (Acme): rule "late_plan": unknown fact "milestone.overdeuDays"');
  });

  it('refuses other unusable settings too', async () => {
    await storeWith({ timeZone: 'Europe/Amsterdm' });
    const store = await openSqliteStore(db);
    try {
      await expect(validateAllTenantSettings(store)).rejects.toThrow('tenant acme (Acme): unknown time zone "Europe/Amsterdm"');
    } finally {
      await store.close();
    }
  });

  it.each([
    [{ rules: { nlSecondTrackStartDays: -3 } }, 'tenant acme (Acme): rules.nlSecondTrackStartDays'],
    [{ rules: { secondTrackDays: 42 } }, 'tenant acme (Acme): rules.secondTrackDays'],
    [{ daysOff: ['2026-02-30'] }, 'tenant acme (Acme): daysOff[0]'],
    [{ contactProcedure: { who: 'role', how: [], firstContactWorkingDays: 1, recoveryDays: 7, preReturnDays: 7 } }, 'contactProcedure is not a valid contact procedure'],
  ] as Array<[Partial<TenantSettings>, string]>)('refuses unusable legal settings (%j)', async (settings, message) => {
    await storeWith(settings);
    const store = await openSqliteStore(db);
    try {
      await expect(validateAllTenantSettings(store)).rejects.toThrow(message);
    } finally {
      await store.close();
    }
  });

  it('passes good legal settings', async () => {
    await storeWith({ rules: { nlSecondTrackStartDays: 56, beMedicalCertificateSaturdays: false }, daysOff: ['12-24', '2026-06-12'] });
    const store = await openSqliteStore(db);
    try {
      expect(await validateAllTenantSettings(store)).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('a person starting Herstart sees one line and exit code 1', async () => {
    await storeWith(badRules);
    const run = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [START], { env: { ...process.env, HERSTART_DB: db, PORT: '0', LOG_LEVEL: 'silent' }, timeout: 20_000 }, (err, _out, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stderr }),
      );
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'Herstart cannot start: escalationRules: tenant acme (Acme): rule "late_plan": unknown fact "milestone.overdeuDays"',
    ]);
  });
});
