// One line for the start-up message: is Slack on, how, and where to point the Slack app.
import type { SlackConfig } from '../../config-slack';
import { SLACK_EVENTS_PATH, SLACK_INSTALL_PATH } from './slack-facts';

export function describeSlack(cfg: SlackConfig, baseUrl: string): string {
  switch (cfg.mode) {
    case 'off':
      return cfg.offReason
        ? `Slack: off (${cfg.offReason}; set it to switch Slack on)`
        : 'Slack: off (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN, or the OAuth settings, to switch it on)';
    case 'single-workspace':
      return `Slack: POST ${baseUrl}${SLACK_EVENTS_PATH} (events, interactivity, /herstart; signatures checked; one workspace)`;
    case 'oauth':
      return (
        `Slack: POST ${baseUrl}${SLACK_EVENTS_PATH} (events, interactivity, /herstart; signatures checked); ` +
        `install in a workspace at ${baseUrl}${SLACK_INSTALL_PATH}`
      );
  }
}
