// The Slack app manifest asks for exactly what the code uses: every Web API method the adapter
// calls has its scope listed, every scope listed is needed, and the events, the slash command
// and the URLs match the routes the server mounts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import {
  SLACK_BOT_EVENTS,
  SLACK_BOT_SCOPES,
  SLACK_COMMAND,
  SLACK_EVENTS_PATH,
  SLACK_REDIRECT_PATH,
} from '../../src/channels/slack/slack-facts';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = load(readFileSync(path.join(ROOT, 'bot-manifest', 'slack', 'manifest.yaml'), 'utf8')) as any;
const SLACK_SRC = path.join(ROOT, 'src', 'channels', 'slack');

/** Web API methods and the bot scope each needs (null: none). From Slack's method reference. */
const METHOD_SCOPES: Record<string, string | null> = {
  'auth.test': null,
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'conversations.open': 'im:write',
  'users.info': 'users:read',
  'views.open': null,
  'views.push': null,
  'views.update': null,
  'views.publish': null,
};

/** Scopes needed by something other than a method call. */
const FEATURE_SCOPES: Record<string, string> = { commands: 'the /herstart slash command', 'im:history': 'the message.im event' };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [readFileSync(p, 'utf8')] : [];
  });
}

const code = sources(SLACK_SRC).join('\n');
const methodsUsed = [...new Set([...code.matchAll(/\bclient\.(auth|chat|conversations|users|views)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`))];
const eventsHandled = [...new Set([...code.matchAll(/app\.event\('([a-z_]+)'/g)].map((m) => m[1]!))];

describe('Slack app manifest', () => {
  it('is a version 2 manifest with an App Home that has both tabs', () => {
    expect(manifest._metadata.major_version).toBe(2);
    expect(manifest.features.app_home).toEqual({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    const long = manifest.display_information.long_description as string;
    expect(long.length).toBeGreaterThanOrEqual(175);
    expect(long.length).toBeLessThanOrEqual(4000);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });

  it('lists exactly the bot scopes the code uses, and the install URL asks for the same', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...SLACK_BOT_SCOPES].sort());
    expect(methodsUsed.length).toBeGreaterThanOrEqual(6);
    for (const method of methodsUsed) {
      expect(Object.keys(METHOD_SCOPES)).toContain(method);
      const scope = METHOD_SCOPES[method];
      if (scope) expect(manifest.oauth_config.scopes.bot).toContain(scope);
    }
    const needed = new Set([...methodsUsed.map((m) => METHOD_SCOPES[m]).filter(Boolean), ...Object.keys(FEATURE_SCOPES)]);
    for (const scope of manifest.oauth_config.scopes.bot) expect(needed).toContain(scope);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it('subscribes to the events the code handles, and no others', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...SLACK_BOT_EVENTS].sort());
    // `message` is handled for direct messages only: the subscription is message.im.
    const subscribedAs = eventsHandled.map((e) => (e === 'message' ? 'message.im' : e)).sort();
    expect(subscribedAs).toEqual([...SLACK_BOT_EVENTS].sort());
  });

  it('sends events, interactivity and the slash command to one URL, and OAuth back to the redirect route', () => {
    const urls = [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      ...manifest.features.slash_commands.map((c: any) => c.url),
    ];
    expect(new Set(urls.map((u: string) => new URL(u).pathname))).toEqual(new Set([SLACK_EVENTS_PATH]));
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.oauth_config.redirect_urls.map((u: string) => new URL(u).pathname)).toEqual([SLACK_REDIRECT_PATH]);
  });

  it('has the /herstart command with mentions escaped, so "hr-add @x" names a user id', () => {
    expect(manifest.features.slash_commands).toHaveLength(1);
    expect(manifest.features.slash_commands[0]).toMatchObject({ command: SLACK_COMMAND, should_escape: true });
    expect(manifest.features.slash_commands[0].description.length).toBeLessThanOrEqual(100);
  });
});
