// The Bot Framework adapter, authenticated from the standard Microsoft* settings.
// With an app id every inbound request needs a valid Bot Framework JWT; without one the adapter
// accepts anything, which is only for local use (the config refuses it in production).
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { TeamsConfig } from '../../config';

export function createTeamsAdapter(cfg: Omit<TeamsConfig, 'enabled' | 'buttons'>): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: cfg.appId,
    MicrosoftAppPassword: cfg.appPassword,
    MicrosoftAppType: cfg.appType,
    MicrosoftAppTenantId: cfg.appTenantId,
  });
  return new CloudAdapter(auth);
}

export function teamsAuthEnabled(cfg: Pick<TeamsConfig, 'appId'>): boolean {
  return cfg.appId !== '';
}
