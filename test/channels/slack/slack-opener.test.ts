// Opening a DM for someone who never wrote to Herstart, against the fake Slack Web API: the
// address it keeps, who cannot be reached (null: the manager is asked instead), and a hiccup
// (thrown: the invitation is tried again later).
import pino from 'pino';
import { SlackOpener } from '../../../src/channels/slack/slack-opener';
import type { Person } from '../../../src/store/types';
import { FakeSlack } from '../../support/fake-slack';

const fake = new FakeSlack();
beforeAll(() => fake.start());
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

const person = (userId: string, team = fake.teamId): Person => ({
  id: `p-${userId}`,
  tenantId: 't1',
  displayName: 'Sanne Jansen',
  roles: ['employee'],
  identities: [{ channel: 'slack', key: `slack:${team}:${userId}`, userId }],
  createdAt: '2026-01-01T00:00:00Z',
});

function opener(tokens: Record<string, string> = { [fake.teamId]: 'xoxb-test' }): SlackOpener {
  return new SlackOpener({ tokenFor: async ({ teamId }) => tokens[teamId] ?? null, apiUrl: fake.apiUrl, logger: pino({ level: 'silent' }) });
}

describe('SlackOpener', () => {
  it('opens the DM with the workspace token and returns the address replies use', async () => {
    const address = await opener().open(person('U0SANNE'), 'U0SANNE');
    expect(address).toEqual({ teamId: fake.teamId, enterpriseId: null, kind: 'dm', channelId: 'DU0SANNE', userId: 'U0SANNE' });
    expect(fake.of('conversations.open').map((c) => [c.params.users, c.token])).toEqual([['U0SANNE', 'xoxb-test']]);
  });

  it('gives null for someone Slack says is gone, or a workspace Herstart is not installed in', async () => {
    fake.fail('conversations.open', { error: 'user_not_found' });
    expect(await opener().open(person('U0GONE'), 'U0GONE')).toBeNull();
    expect(await opener().open(person('U0ELSE', 'T0OTHER'), 'U0ELSE')).toBeNull();
    expect(await opener().open(person('U0SANNE'), 'U0SOMEONE')).toBeNull(); // no such identity
    expect(fake.of('conversations.open')).toHaveLength(1);
  });

  it('throws on a hiccup, so the invitation is tried again rather than given up', async () => {
    fake.fail('conversations.open', { error: 'internal_error' });
    await expect(opener().open(person('U0SANNE'), 'U0SANNE')).rejects.toThrow(/internal_error/);
    fake.fail('conversations.open', { status: 429, retryAfterSeconds: 1 });
    await expect(opener().open(person('U0SANNE'), 'U0SANNE')).rejects.toThrow(/rate limited/);
  });
});
