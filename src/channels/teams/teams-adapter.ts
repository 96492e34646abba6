// The Bot Framework adapter, authenticated from the standard Microsoft* settings.
// With an app id every inbound request needs a valid Bot Framework JWT; without one the adapter
// accepts anything, which is only for local use (the config keeps it on loopback).
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { TeamsConfig } from '../../config';

export type TeamsCredentials = Omit<TeamsConfig, 'enabled' | 'buttons' | 'openIdMetadata'> & { openIdMetadata?: string };

/** A CloudAdapter whose caller authenticates the request first (see teams-route.ts), so that a
 * request without a valid token is refused before anything in its body is looked at. */
export class TeamsAdapter extends CloudAdapter {
  constructor(readonly auth: ConfigurationBotFrameworkAuthentication) {
    super(auth);
  }

  /** Runs one turn for an activity whose request was authenticated already. */
  runAuthenticated(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (turn: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

export function createTeamsAdapter(cfg: TeamsCredentials): TeamsAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: cfg.appId,
    MicrosoftAppPassword: cfg.appPassword,
    MicrosoftAppType: cfg.appType,
    MicrosoftAppTenantId: cfg.appTenantId,
    ...(cfg.openIdMetadata ? { BotOpenIdMetadata: cfg.openIdMetadata } : {}),
  });
  return new TeamsAdapter(auth);
}

export function teamsAuthEnabled(cfg: Pick<TeamsConfig, 'appId'>): boolean {
  return cfg.appId !== '';
}
