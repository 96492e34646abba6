// Slack's routes on the one restify server. No body parser here: the signature check needs the
// raw body, which the receiver reads itself.
import type restify from 'restify';
import type { Logger } from 'pino';
import type { SlackChannel } from './slack-channel';
import { SLACK_EVENTS_PATH, SLACK_INSTALL_PATH, SLACK_REDIRECT_PATH } from './slack-facts';
import { sendInstallFailure, type InstallFailure } from './install-result-page';

/** @slack/oauth's error codes, in the terms the person sees. */
function failureOf(error: { code?: unknown }): InstallFailure {
  switch (error.code) {
    case 'slack_oauth_installer_authorization_error':
      return 'cancelled';
    case 'slack_oauth_missing_state':
    case 'slack_oauth_invalid_state':
    case 'slack_oauth_missing_code':
      return 'invalid_link';
    default:
      return 'slack_unavailable';
  }
}

export function mountSlackRoutes(server: restify.Server, slack: SlackChannel, logger: Logger): void {
  server.post(SLACK_EVENTS_PATH, async function slackEvents(req: restify.Request, res: restify.Response) {
    await slack.receiver.handle(req, res);
  });
  const installer = slack.installer;
  if (!installer) return;
  server.get(SLACK_INSTALL_PATH, async function slackInstall(req: restify.Request, res: restify.Response) {
    try {
      await installer.handleInstallPath(req, res);
    } catch (err) {
      logger.error({ err }, 'Slack install page failed');
      if (!res.headersSent) res.send(500, { code: 'InstallFailed', message: 'The Slack install page could not be prepared.' });
    }
  });
  server.get(SLACK_REDIRECT_PATH, async function slackOAuthRedirect(req: restify.Request, res: restify.Response) {
    // @slack/oauth answers success itself; a failure gets our own page, never a 500 for a Cancel.
    await installer.handleCallback(req, res, {
      failure: (error, _options, request, response) => {
        const failure = failureOf(error as { code?: unknown });
        logger[failure === 'slack_unavailable' ? 'error' : 'info']({ code: (error as { code?: unknown }).code, reason: error.message }, 'Slack installation did not go through');
        sendInstallFailure(request, response, failure, SLACK_INSTALL_PATH);
      },
    });
  });
}
