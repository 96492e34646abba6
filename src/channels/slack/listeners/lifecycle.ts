// The app was removed from a workspace, or its tokens were revoked: forget the installation so
// nothing keeps trying with a dead token. Conversation references are left alone; the next
// proactive send finds them gone and marks them dead, which also tells HR.
import type { App } from '@slack/bolt';
import type { InstallationStore } from '@slack/oauth';
import type { Logger } from 'pino';

export function registerLifecycleEvents(app: App, installations: InstallationStore | null, logger: Logger): void {
  const forget = async (body: { team_id?: string; enterprise_id?: string }, why: string) => {
    logger.info({ teamId: body.team_id, why }, 'Slack workspace removed Herstart');
    if (!installations?.deleteInstallation || !body.team_id) return;
    await installations.deleteInstallation({ teamId: body.team_id, enterpriseId: body.enterprise_id, isEnterpriseInstall: false });
  };
  app.event('app_uninstalled', async ({ body }) => forget(body, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ body, event }) => {
    if ((event.tokens.bot ?? []).length > 0) await forget(body, 'tokens_revoked');
  });
}
