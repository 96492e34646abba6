// Slack OAuth installations (one per workspace, or per Enterprise Grid organisation for org-wide
// installs) kept in our own store, so every instance sees the same ones and nothing lives on
// local disk. @slack/oauth reads and writes them through this InstallationStore. They hold the
// workspace's bot token, so they are sealed (encrypted) before they are stored.
import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import type { SecretBox } from '../../security/secret-box';
import type { KeyValueRepo } from '../../store/store';

const NAMESPACE = 'slack-installation';

function keyOf(q: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string {
  if (q.isEnterpriseInstall && q.enterpriseId) return `enterprise:${q.enterpriseId}`;
  if (q.teamId) return `team:${q.teamId}`;
  throw new Error('an installation query needs a team id (or an enterprise id for org-wide installs)');
}

export class StoreInstallationStore implements InstallationStore {
  constructor(
    private readonly kv: KeyValueRepo,
    private readonly box: SecretBox,
  ) {}

  /** Opens a stored installation; one stored plain or under an older key is sealed again with the current key. */
  private async read(key: string): Promise<Record<string, unknown> | null> {
    const found = await this.kv.get(NAMESPACE, key);
    if (!found) return null;
    const context = `${NAMESPACE}:${key}`;
    const installation = this.box.open(found, context);
    if (!this.box.isCurrent(found)) await this.kv.put(NAMESPACE, key, this.box.seal(installation, context) as unknown as Record<string, unknown>);
    return installation;
  }

  async storeInstallation<AuthVersion extends 'v1' | 'v2'>(installation: Installation<AuthVersion, boolean>): Promise<void> {
    const key = keyOf({
      isEnterpriseInstall: installation.isEnterpriseInstall,
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
    });
    const sealed = this.box.seal(installation as unknown as Record<string, unknown>, `${NAMESPACE}:${key}`);
    await this.kv.put(NAMESPACE, key, sealed as unknown as Record<string, unknown>);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    const found = await this.read(keyOf(query));
    if (!found) throw new Error(`Herstart is not installed in Slack workspace ${query.teamId ?? query.enterpriseId ?? '?'}`);
    return found as unknown as Installation<'v1' | 'v2', boolean>;
  }

  /** The bot token for a workspace, or null when Herstart is not installed there. */
  async botToken(teamId: string, enterpriseId: string | null): Promise<string | null> {
    const byTeam = await this.read(keyOf({ teamId }));
    const found = byTeam ?? (enterpriseId ? await this.read(keyOf({ isEnterpriseInstall: true, enterpriseId })) : null);
    const token = (found as { bot?: { token?: unknown } } | null)?.bot?.token;
    return typeof token === 'string' && token ? token : null;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.kv.delete(NAMESPACE, keyOf(query));
  }
}
