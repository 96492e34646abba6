// Many workspaces through Slack OAuth: /slack/install sends the browser to Slack with our scopes
// and a state bound to the browser; /slack/oauth_redirect stores the installation in our store;
// events from that workspace then use its token; uninstalling forgets it.
import { startTestApp, SLACK_TEST_SECRET, type TestApp } from '../../support/app-harness';
import { SlackClient, type SlackUser } from '../../support/slack-client';
import { SLACK_BOT_SCOPES } from '../../../src/channels/slack/slack-facts';
import { SecretBox } from '../../../src/security/secret-box';

const TOKEN_KEY = Buffer.alloc(32, 42).toString('base64');

const anna: SlackUser = { id: 'U0ANNA', name: 'Anna Peeters' };

describe('Slack: OAuth installation', () => {
  let t: TestApp;
  let workspace: SlackClient;

  beforeAll(async () => {
    t = await startTestApp({
      slack: true,
      env: {
        SLACK_BOT_TOKEN: '', SLACK_CLIENT_ID: '1234.5678', SLACK_CLIENT_SECRET: 'client-secret', SLACK_STATE_SECRET: 'state-secret-for-tests-0123',
        SLACK_TOKEN_KEY: TOKEN_KEY,
      },
    });
    t.fakeSlack.addUser({ id: anna.id, name: 'anna', realName: anna.name, locale: 'nl-BE', tz: 'Europe/Brussels' });
    workspace = new SlackClient(t.url, SLACK_TEST_SECRET, t.fakeSlack, t.app, 'T0OAUTH');
  });
  afterAll(() => t.stop());

  async function startInstall(): Promise<{ state: string; cookie: string; location: URL }> {
    const res = await fetch(`${t.url}/slack/install`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    return { state: location.searchParams.get('state')!, cookie, location };
  }

  it('sends the browser to Slack with our client id, our scopes and a state', async () => {
    const { location, cookie, state } = await startInstall();
    expect(location.origin + location.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe('1234.5678');
    expect(location.searchParams.get('scope')!.split(',').sort()).toEqual([...SLACK_BOT_SCOPES].sort());
    expect(cookie).toBe(`slack-app-oauth-state=${state}`);
  });

  it('refuses a redirect whose state was not issued to this browser, and stores nothing', async () => {
    const { state } = await startInstall();
    const res = await fetch(`${t.url}/slack/oauth_redirect?code=stolen&state=${encodeURIComponent(state)}`, {
      headers: { cookie: 'slack-app-oauth-state=someone-elses' },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(t.fakeSlack.of('oauth.v2.access')).toHaveLength(0);
    expect(await t.app.store.kv.get('slack-installation', 'team:T0OAUTH')).toBeNull();
  });

  it('stores the installation in our store and answers that workspace with its own token', async () => {
    const { state, cookie } = await startInstall();
    const res = await fetch(`${t.url}/slack/oauth_redirect?code=good&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(t.fakeSlack.of('oauth.v2.access')[0]!.params).toMatchObject({ code: 'good', client_id: '1234.5678' });
    // Stored sealed: the token cannot be read from the database, only opened with SLACK_TOKEN_KEY.
    const stored = (await t.app.store.kv.get('slack-installation', 'team:T0OAUTH'))!;
    expect(stored).toMatchObject({ sealed: 1 });
    expect(JSON.stringify(stored)).not.toContain('xoxb-installed-good');
    const saved = SecretBox.fromSetting(TOKEN_KEY, 'SLACK_TOKEN_KEY').open(stored, 'slack-installation:team:T0OAUTH');
    expect(saved).toMatchObject({ team: { id: 'T0OAUTH' }, bot: { token: 'xoxb-installed-good', userId: t.fakeSlack.botUserId } });

    const turn = await workspace.dm(anna, 'hulp');
    const posts = turn.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((c) => c.token === 'xoxb-installed-good')).toBe(true);
    expect(await t.app.store.tenants.findByChannelKey('slack:T0OAUTH')).not.toBeNull();
  });

  it('does nothing for a workspace where it is not installed', async () => {
    const stranger = new SlackClient(t.url, SLACK_TEST_SECRET, t.fakeSlack, t.app, 'T0NOTINSTALLED');
    const turn = await stranger.dm(anna, 'hulp');
    expect(turn.status).toBe(200);
    expect(turn.calls).toHaveLength(0);
    expect(await t.app.store.tenants.findByChannelKey('slack:T0NOTINSTALLED')).toBeNull();
  });

  it('forgets the installation when the app is uninstalled', async () => {
    const turn = await workspace.json(workspace.eventEnvelope({ type: 'app_uninstalled' }));
    expect(turn.status).toBe(200);
    expect(await t.app.store.kv.get('slack-installation', 'team:T0OAUTH')).toBeNull();
    const after = await workspace.dm(anna, 'hulp');
    expect(after.calls).toHaveLength(0);
  });
});
