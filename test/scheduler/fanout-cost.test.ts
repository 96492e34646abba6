// What a scheduled card costs on Cosmos DB, counted through the front before the emulator: a
// fan-out to 60 managers (two sick employees each, so one card of two items each) and to HR
// reads the recipients' cases ahead in batches and settles each claim in one write, so the
// requests per card stay a handful. `npm run bench:scale -- --detail` prints the same count at
// scale.
import { randomUUID } from 'node:crypto';
import { openCosmosStore } from '../../src/store/cosmos/cosmos-store';
import type { Store } from '../../src/store/store';
import { EMULATOR_KEY, startLocalCosmos, type LocalCosmos } from '../store/cosmos/local-cosmos';
import { FakeConnector } from '../support/fake-connector';
import { makeRig } from '../support/scheduler-rig';
import { addCase, addConversation, addPerson, VirtualClock, type World } from '../support/scheduler-world';

const MANAGERS = 60;
let cosmos: LocalCosmos;
const connector = new FakeConnector();
let store: Store;

beforeAll(async () => {
  cosmos = await startLocalCosmos();
  await connector.start();
  store = await openCosmosStore({ engine: 'cosmos', endpoint: cosmos.endpoint, key: EMULATOR_KEY, database: `fanout-${randomUUID()}` });
}, 60_000);

afterAll(async () => {
  await store?.close();
  await connector.stop();
  await cosmos?.close();
});

describe('a fan-out on Cosmos DB', () => {
  it('delivers one card per manager for a handful of store requests per card', async () => {
    const tenant = { id: 't1', name: 'Acme', channelKeys: ['teams:aad-t1'], settings: { jurisdiction: 'NL' as const, timeZone: 'Europe/Amsterdam', locale: 'nl-NL', workingHours: { start: '09:00', end: '17:00' }, employerSize: 50 }, createdAt: '2025-12-01T00:00:00Z' };
    await store.tenants.create(tenant);
    const w: World = { dir: '', path: '', store, tenant, serviceUrl: connector.url, dispose: async () => undefined };
    const clock = new VirtualClock(Date.parse('2026-01-05T07:00:00Z'));
    const rig = makeRig(store, clock);
    // HR hears of each case's legal steps: a card of up to ten items in its own chat.
    await addPerson(w, 'hr1', ['hr']);
    await addConversation(w, 'hr1');
    for (let i = 0; i < MANAGERS; i++) {
      await addPerson(w, `m${i}`, ['manager']);
      await addConversation(w, `m${i}`);
      for (const k of [0, 1]) {
        await addPerson(w, `e${i}-${k}`, ['employee']);
        await addCase(w, `c${i}-${k}`, `m${i}`, `e${i}-${k}`, '2026-01-05');
        await rig.replanner.replan('t1', `c${i}-${k}`);
      }
    }
    // The first contact is due the next working day, from nine.
    clock.set('2026-01-06T08:30:00Z');
    const before = cosmos.requests;
    const report = await rig.scheduler.tick();
    const requests = cosmos.requests - before;
    // Per case a first-contact nudge to the manager and a legal step for HR.
    const hrCards = Math.ceil((MANAGERS * 2) / 10);
    expect(report).toMatchObject({ claimed: MANAGERS * 4, sent: MANAGERS * 4, released: 0, messages: MANAGERS + hrCards });
    for (let i = 0; i < MANAGERS; i++) expect(connector.delivered(`conv-m${i}`)).toHaveLength(1);
    expect(connector.delivered('conv-hr1')).toHaveLength(hrCards);
    // Per reminder a claim and a "marked sent", a write each and no read before; what is left are
    // the reads: per card the recipient's conversation, and a share of the read-ahead and of the
    // tick's own queries. Read one by one (each recipient's cases, records, reminders,
    // conversations and people, and a read before each write) they were over 25 per manager's card.
    const reads = requests - 2 * report.claimed;
    expect(reads / report.messages).toBeLessThanOrEqual(3);
  }, 120_000);
});
