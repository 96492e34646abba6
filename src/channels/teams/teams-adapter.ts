// The Bot Framework adapter, authenticated from the standard Microsoft* settings.
// With an app id every inbound request needs a valid Bot Framework JWT; without one the adapter
// accepts anything, which is only for local use (the config keeps it on loopback).
import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, type AuthenticateRequestResult } from 'botframework-connector';
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
    ...(cfg.openIdMetadata ? publicCloudWithOpenIdMetadata(cfg.openIdMetadata) : {}),
  });
  return new TeamsAdapter(auth);
}

/**
 * The public cloud's settings with another OpenID metadata document for channel tokens. Setting
 * any one of these makes botframework take all of them as given, so the others are spelled out.
 */
function publicCloudWithOpenIdMetadata(url: string): Record<string, string> {
  return {
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: url,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

export function teamsAuthEnabled(cfg: Pick<TeamsConfig, 'appId'>): boolean {
  return cfg.appId !== '';
}
