// Workspace installations in a real SQLite store: sealed at rest, re-sealed under a new key on use.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Installation } from '@slack/oauth';
import { StoreInstallationStore } from '../../../src/channels/slack/slack-installations';
import { SecretBox } from '../../../src/security/secret-box';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store';
import type { Store } from '../../../src/store/store';

const oldKey = randomBytes(32).toString('base64');
const newKey = randomBytes(32).toString('base64');
const installation = {
  team: { id: 'T1', name: 'Contoso' },
  enterprise: undefined,
  isEnterpriseInstall: false,
  bot: { token: 'xoxb-very-secret', scopes: ['chat:write'], id: 'B1', userId: 'U0BOT' },
} as unknown as Installation<'v2', false>;

describe('StoreInstallationStore', () => {
  let dir: string;
  let store: Store & { close(): Promise<void> };
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'herstart-installs-'));
    store = await openSqliteStore(join(dir, 'h.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the token out of the database file', async () => {
    const installs = new StoreInstallationStore(store.kv, SecretBox.fromSetting(newKey, 'K'));
    await installs.storeInstallation(installation);
    await store.close();
    const files = ['h.db', 'h.db-wal'].map((f) => join(dir, f)).filter((f) => existsSync(f));
    const bytes = files.map((f) => readFileSync(f).toString('latin1')).join('');
    expect(bytes).toContain('slack-installation');
    expect(bytes).not.toContain('xoxb-very-secret');
    store = await openSqliteStore(join(dir, 'h.db'));
    expect(await new StoreInstallationStore(store.kv, SecretBox.fromSetting(newKey, 'K')).botToken('T1', null)).toBe('xoxb-very-secret');
  });

  it('after a key rotation, opens with the old key and stores again under the new one', async () => {
    await new StoreInstallationStore(store.kv, SecretBox.fromSetting(oldKey, 'K')).storeInstallation(installation);
    const before = (await store.kv.get('slack-installation', 'team:T1'))!;
    const rotated = SecretBox.fromSetting(`${newKey},${oldKey}`, 'K');
    expect(rotated.isCurrent(before)).toBe(false);
    const installs = new StoreInstallationStore(store.kv, rotated);
    expect(await installs.botToken('T1', null)).toBe('xoxb-very-secret');
    const after = (await store.kv.get('slack-installation', 'team:T1'))!;
    expect(rotated.isCurrent(after)).toBe(true);
    // The old key can now be dropped.
    expect((await new StoreInstallationStore(store.kv, SecretBox.fromSetting(newKey, 'K')).fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token).toBe('xoxb-very-secret');
  });

  it('seals an installation stored before encryption the first time it is used', async () => {
    await store.kv.put('slack-installation', 'team:T1', installation as unknown as Record<string, unknown>);
    const box = SecretBox.fromSetting(newKey, 'K');
    expect(await new StoreInstallationStore(store.kv, box).botToken('T1', null)).toBe('xoxb-very-secret');
    const stored = (await store.kv.get('slack-installation', 'team:T1'))!;
    expect(box.isCurrent(stored)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('xoxb-very-secret');
  });
});
