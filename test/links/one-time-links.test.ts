// One-time links against a real store: random, hashed at rest, bound to a grant, spent once,
// dead after their time.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isTokenShaped, OneTimeLinks } from '../../src/links/one-time-links';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { VirtualClock } from '../support/app-harness';

describe('one-time links', () => {
  let dir: string;
  let store: SqliteStore;
  let clock: VirtualClock;
  let links: OneTimeLinks;
  const ask = { purpose: 'dossier', tenantId: 't1', personId: 'p1', target: '/cases/c1/file.pdf', lang: 'nl-NL', ttlMs: 15 * 60_000 };
  const tokenOf = (url: string) => url.split('/l/')[1]!;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'herstart-links-'));
    store = await openSqliteStore(path.join(dir, 'h.db'));
    clock = new VirtualClock(new Date('2026-05-04T09:00:00Z'));
    links = new OneTimeLinks({ store, clock, baseUrl: 'https://herstart.example.com/' });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes a URL on the public base with a 256-bit token, and stores only its hash', async () => {
    const { url, expiresAt } = await links.mint(ask);
    expect(url).toMatch(/^https:\/\/herstart\.example\.com\/l\/[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.toISOString()).toBe('2026-05-04T09:15:00.000Z');
    const token = tokenOf(url);
    expect(isTokenShaped(token)).toBe(true);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = readFileSync(path.join(dir, 'h.db')).toString('latin1');
    expect(bytes).toContain('/cases/c1/file.pdf');
    expect(bytes).not.toContain(token);
    expect((await links.mint(ask)).url).not.toBe(url);
  });

  it('shows the grant without spending it, then gives it to the first spender only', async () => {
    const token = tokenOf((await links.mint(ask)).url);
    expect(await links.peek(token)).toMatchObject({ purpose: 'dossier', tenantId: 't1', personId: 'p1', target: '/cases/c1/file.pdf' });
    expect(await links.peek(token)).not.toBeNull();
    const spent = await Promise.all([links.spend(token), links.spend(token), links.spend(token)]);
    expect(spent.filter(Boolean)).toHaveLength(1);
    expect(await links.peek(token)).toBeNull();
    expect(await links.spend(token)).toBeNull();
  });

  it('is dead at its expiry instant, even though the entry is still stored', async () => {
    const token = tokenOf((await links.mint(ask)).url);
    clock.set('2026-05-04T09:14:59Z');
    expect(await links.peek(token)).not.toBeNull();
    clock.set('2026-05-04T09:15:00Z');
    expect(await links.peek(token)).toBeNull();
    expect(await links.spend(token)).toBeNull();
  });

  it('refuses targets off our server and lifetimes beyond 15 minutes', async () => {
    await expect(links.mint({ ...ask, target: 'https://evil.example/x' })).rejects.toThrow(TypeError);
    await expect(links.mint({ ...ask, target: '//evil.example/x' })).rejects.toThrow(TypeError);
    await expect(links.mint({ ...ask, ttlMs: 16 * 60_000 })).rejects.toThrow(RangeError);
    await expect(links.mint({ ...ask, ttlMs: 0 })).rejects.toThrow(RangeError);
  });

  it('refuses tokens of the wrong shape', async () => {
    for (const junk of ['', 'abc', 'x'.repeat(44), `${'a'.repeat(42)}=`, '../../etc/passwd']) {
      expect(await links.peek(junk)).toBeNull();
      expect(await links.spend(junk)).toBeNull();
    }
  });

  it('leaves nothing behind after its time once retention sweeps', async () => {
    await links.mint(ask);
    expect(await store.kv.purgeExpired(new Date('2026-05-04T09:16:00Z'))).toBe(1);
  });
});
