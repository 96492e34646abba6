// Two instances on one store: a conversation one instance found gone is checked again by the
// other the next time the person talks to it, so the person is reachable again everywhere.
import pino from 'pino';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { text } from '../../src/core/card';
import { DEAD_STAMP_TTL_MS } from '../../src/core/addresses';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { startTestApp, type TestApp } from '../support/app-harness';
import { TeamsClient, type TeamsUser } from '../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };

describe('scale-out: a person who comes back is reachable on every instance', () => {
  let a: TestApp;
  let b: App;
  let teamsB: TeamsClient;

  beforeAll(async () => {
    a = await startTestApp();
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SCHEDULER_INTERVAL_SECONDS: '0' });
    const path = (a.app.store as SqliteStore).db.name;
    b = await startApp({ config, storeConfig: { engine: 'sqlite', path, durability: 'normal' }, clock: a.clock, logger: pino({ level: 'silent' }) });
    // B's client waits for B's work after the answer (the address check runs there).
    teamsB = new TeamsClient(`http://127.0.0.1:${b.port}`, a.connector, 'tenant-contoso', 'nl-NL', () => b.idle());
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });

  it('revives the address on the other instance after a send found it gone', async () => {
    await a.teams.install(marleen);
    await teamsB.say(marleen, 'help'); // instance B now remembers her address as saved
    const tenantId = (await a.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
    const person = (await a.app.store.people.findByIdentity(tenantId, 'teams:aad-marleen'))!.value;
    const conversation = a.teams.personal(marleen).id;

    // Instance A writes to her and finds the chat gone (she removed the app).
    a.connector.failNext(conversation, { status: 403 });
    const sent = await a.app.delivery.toPerson(tenantId, person.id, 'employee', () => [text('Hoe gaat het?')]);
    expect(sent.outcome.status).toBe('dead');
    expect((await a.app.store.refs.get(tenantId, person.id, 'teams'))?.dead).toBe(true);

    // She adds the app again and talks to instance B, within seconds: B checks and revives.
    await new Promise((r) => setTimeout(r, DEAD_STAMP_TTL_MS + 100));
    await teamsB.say(marleen, 'help');
    expect((await b.store.refs.get(tenantId, person.id, 'teams'))?.dead).toBe(false);
    const again = await a.app.delivery.toPerson(tenantId, person.id, 'employee', () => [text('Welkom terug')]);
    expect(again.outcome.status).toBe('sent');
  }, 30_000);
});
