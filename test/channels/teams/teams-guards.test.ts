// What Teams traffic must never do: reach another manager's case, slip past HR auditing, crash the
// server with bad input, or get in without a token when credentials are configured. And what
// happens when a proactive message meets a user who blocked the app.
import { text } from '../../../src/core/card';
import { LIST_LOOK_GRACE_MS, LIST_LOOK_KIND, listLookMarker } from '../../../src/core/list-look-audit';
import { startTestApp, type TestApp } from '../../support/app-harness';
import type { RecordedCall } from '../../support/fake-connector';
import { cardOf, cardText, inputOf, submitActions, type TeamsUser } from '../../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const bart: TeamsUser = { id: 'bart', aadObjectId: 'aad-bart', name: 'Bart Peeters' };
const hanna: TeamsUser = { id: 'hanna', aadObjectId: 'aad-hanna', name: 'Hanna Bakker' };
const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
const hrChannel = { id: '19:hr-team@thread.tacv2', conversationType: 'channel' as const };

const shown = (calls: RecordedCall[]) => calls.map((c) => c.body.text ?? cardText(cardOf(c))).join('\n');
const mention = (u: TeamsUser) => ({ type: 'mention', mentioned: { id: `29:${u.id}`, name: u.name }, text: `<at>${u.name}</at>` });

describe('Teams: access, auditing and bad input', () => {
  let t: TestApp;
  let tenantId = '';
  let caseId = '';

  beforeAll(async () => {
    t = await startTestApp();
    await t.teams.install(marleen);
    tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
    t.connector.setRoster(hrChannel.id, [
      { id: '29:hanna', name: hanna.name, aadObjectId: hanna.aadObjectId },
      { id: '29:sanne', name: sanne.name, aadObjectId: sanne.aadObjectId },
    ]);
    // Marleen reports Sanne sick, naming her with a mention.
    const replies = await t.teams.say(marleen, `ziekmelding <at>${sanne.name}</at>`, undefined, [mention(sanne)]);
    const card = replies.map(cardOf).find((c) => c && submitActions(c).some((a) => a.data.action === 'intake.submit'));
    expect(inputOf(card, 'employeeId')).toBeNull(); // the colleague is fixed by the mention
    const submit = submitActions(card).find((a) => a.data.action === 'intake.submit')!.data;
    await t.teams.submit(marleen, 'card', { ...submit, firstSickDay: '2026-03-02', expected: 'unknown' });
    caseId = (await t.app.store.cases.list(tenantId))[0]!.value.id;
  });
  afterAll(() => t.stop());

  it('keeps a manager out of a case they do not manage', async () => {
    await t.teams.install(bart);
    for (const action of ['case.open', 'prepare.open', 'outcome.open', 'milestone.open', 'status.open']) {
      const replies = await t.teams.submit(bart, 'x', { action, cardId: `c-${action}`, caseId });
      expect(shown(replies)).toContain('Deze casus kun je niet inzien');
      expect(shown(replies)).not.toContain('Sanne');
    }
    const sneaky = await t.teams.submit(bart, 'x', {
      action: 'outcome.submit', cardId: 'c-sneak', caseId, date: '2026-03-04', kind: 'call', mood: 'good',
    });
    expect(shown(sneaky)).toContain('Deze casus kun je niet inzien');
    expect(await t.app.store.records.list(tenantId, { caseId, kind: 'outcome' })).toHaveLength(0);
    const mine = await t.teams.say(bart, 'mijn casussen');
    expect(shown(mine)).not.toContain('Sanne');
  });

  it('lets the administrator name HR, whose every look at a case is audited', async () => {
    const notAdmin = await t.teams.say(bart, `hr toevoegen <at>${hanna.name}</at>`, undefined, [mention(hanna)]);
    expect(shown(notAdmin)).toContain('Alleen de beheerder');
    const named = await t.teams.say(marleen, `hr toevoegen <at>${hanna.name}</at>`, hrChannel, [mention(hanna)]);
    expect(shown(named)).toContain('Hanna Bakker ontvangt voortaan HR-meldingen');

    const list = await t.teams.say(hanna, 'mijn casussen');
    expect(shown(list)).toContain('Casussen in de organisatie');
    expect(shown(list)).toContain('Sanne Jansen');
    await t.teams.submit(hanna, 'x', { action: 'case.open', cardId: 'c-hr-open', caseId });
    await t.app.idle();
    const audit = await t.app.store.audit.list(tenantId, { caseId });
    expect(audit.filter((a) => a.actorId !== marleen.id).map((a) => a.action)).toEqual(['list', 'read']);
    // The marker that made the list look safe until its entries were written is gone.
    expect(await t.app.store.reminders.listForTenant(tenantId, { kind: LIST_LOOK_KIND })).toEqual([]);
  });

  it('audits an HR list look from its marker when the process died before writing the entries', async () => {
    const hannaId = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-hanna'))!.value.id;
    const before = (await t.app.store.audit.list(tenantId, { caseId })).length;
    // What a list look leaves before its answer; the work after the answer never ran.
    const at = t.clock.now();
    await t.app.store.reminders.putPending(listLookMarker({ tenantId, actorId: hannaId, caseIds: [caseId], at, detail: 'teams' }));
    await t.app.scheduling.scheduler.tick();
    expect((await t.app.store.audit.list(tenantId, { caseId })).length).toBe(before); // within its grace period
    t.clock.set(new Date(at.getTime() + LIST_LOOK_GRACE_MS).toISOString());
    await t.app.scheduling.scheduler.tick();
    t.clock.set(at.toISOString());
    const audit = await t.app.store.audit.list(tenantId, { caseId });
    expect(audit.slice(before)).toEqual([{ tenantId, actorId: hannaId, caseId, action: 'list', at: at.toISOString(), detail: 'teams' }]);
    expect(await t.app.store.reminders.listForTenant(tenantId, { kind: LIST_LOOK_KIND })).toEqual([]);
  });

  it('lets the administrator name HR by name in a one-to-one chat, where nobody can be mentioned', async () => {
    const removed = await t.teams.say(marleen, 'hr verwijderen Hanna');
    expect(shown(removed)).toContain('Hanna Bakker heeft geen HR-rechten meer');
    const hannaPerson = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-hanna'))!.value;
    expect(hannaPerson.roles).not.toContain('hr');
    expect(shown(await t.teams.say(marleen, 'hr toevoegen Nobody'))).toContain('Ik vond niemand met "Nobody"');
    expect(shown(await t.teams.say(marleen, 'hr toevoegen @Hanna'))).toContain('Hanna Bakker ontvangt voortaan HR-meldingen');
    expect((await t.app.store.people.get(tenantId, hannaPerson.id))!.value.roles).toContain('hr');
  });

  it('answers malformed requests with 400, other media types with 415 and oversized ones with 413, and keeps running', async () => {
    const bad = await t.teams.post('{"type": "message", ');
    expect(bad.status).toBe(400);
    const noConversation = await t.teams.post({ type: 'message', text: 'hi', serviceUrl: t.connector.url, channelId: 'msteams', from: { id: 'x' }, recipient: { id: 'y' } });
    expect(noConversation.status).toBe(400);
    expect(await noConversation.text()).toContain('conversation');
    const notJson = await t.teams.post('hello', { 'content-type': 'text/plain' });
    expect(notJson.status).toBe(415);
    const huge = await t.teams.post(t.teams.activity(marleen, t.teams.personal(marleen), { type: 'message', text: 'x'.repeat(300_000) }));
    expect(huge.status).toBe(413);
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('answers a card submit it cannot read with a friendly message', async () => {
    const replies = await t.teams.submit(marleen, 'x', { action: 'outcome.submit', cardId: 'c-bad', caseId, date: 'yesterday', kind: 'call', mood: 'good' });
    expect(shown(replies)).toMatch(/geen geldige datum/);
    const unknown = await t.teams.submit(marleen, 'x', { action: 'no.such.action', cardId: 'c-x' });
    expect(shown(unknown)).toContain('formulier kon ik niet goed lezen');
  });

  it('processes a re-sent activity once', async () => {
    const activity = t.teams.activity(marleen, t.teams.personal(marleen), { type: 'message', text: 'hulp' });
    const first = await t.teams.turn(activity);
    const second = await t.teams.turn(activity);
    expect(first.length).toBeGreaterThan(0);
    expect(second).toHaveLength(0);
  });

  it('marks the reference dead on a 403 and tells HR in its channel, once, with the escalation card', async () => {
    await t.teams.say(hanna, 'hr hier', hrChannel);
    const marleenPerson = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-marleen'))!.value;
    t.connector.failAlways(t.teams.personal(marleen).id, { status: 403 });
    t.connector.clear();
    // What HR reads about Marleen being out of reach, in its channel.
    const aboutMarleen = () =>
      t.connector.sent(hrChannel.id).filter((c) => /niet meer bereiken/.test(c.body.text ?? cardText(cardOf(c))));

    const report = await t.app.delivery.toPerson(tenantId, marleenPerson.id, 'manager', () => [text('Tijd voor contact met Sanne')]);
    expect(report.outcome.status).toBe('dead');
    const ref = await t.app.store.refs.get(tenantId, marleenPerson.id, 'teams');
    expect(ref).toMatchObject({ dead: true });
    // No separate note: Marleen's case escalates, due at once, and the next tick brings the card.
    expect(aboutMarleen()).toEqual([]);
    const escalation = (await t.app.store.reminders.listForCase(tenantId, caseId)).filter((r) => r.ruleId === 'dead_reference');
    expect(escalation.map((r) => [r.state, r.dueAt])).toEqual([['pending', t.clock.now().toISOString()]]);
    await t.app.scheduling.scheduler.tick();
    const told = aboutMarleen();
    expect(told).toHaveLength(1);
    const card = cardOf(told[0]!);
    expect(cardText(card)).toContain('Herstart kan Marleen de Vries niet meer bereiken: de app is verwijderd of geblokkeerd');
    expect(submitActions(card).map((a) => a.data.action)).toEqual(['escalation.take', 'escalation.ack', 'escalation.snooze', 'case.open']);

    // A dead reference is not tried again, and HR is not told twice.
    const again = await t.app.delivery.toPerson(tenantId, marleenPerson.id, 'manager', () => [text('nog eens')]);
    expect(again.outcome.status).toBe('dead');
    t.clock.advanceDays(1);
    await t.app.scheduling.scheduler.tick();
    expect(t.connector.calls.filter((c) => c.conversationId === t.teams.personal(marleen).id)).toHaveLength(1);
    expect(aboutMarleen()).toHaveLength(1);
  });

  it('tells HR with a short note when no escalation would: a manager without open cases', async () => {
    // Bart, a manager without cases, blocks the app.
    const bartPerson = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-bart'))!.value;
    t.connector.failAlways(t.teams.personal(bart).id, { status: 403 });
    t.connector.clear();
    const report = await t.app.delivery.toPerson(tenantId, bartPerson.id, 'manager', () => [text('Hallo')]);
    expect(report.outcome.status).toBe('dead');
    const toHr = t.connector.sent(hrChannel.id);
    expect(toHr).toHaveLength(1);
    expect(toHr[0]!.body.text).toContain('Ik kan Bart Peeters (leidinggevende) niet meer bereiken');
  });
});

describe('Teams: authentication', () => {
  it('rejects activities without a valid token when an app id is configured', async () => {
    const t = await startTestApp({ env: { MicrosoftAppId: '0f3b5e36-8f6e-4b8a-9a43-1c2d3e4f5a6b', MicrosoftAppPassword: 'secret' } });
    try {
      const activity = t.teams.activity(marleen, t.teams.personal(marleen), { type: 'message', text: 'hulp' });
      const noToken = await t.teams.post(activity);
      expect(noToken.status).toBe(401);
      const forged = await t.teams.post(activity, { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJtZSJ9.' });
      expect(forged.status).toBe(401);
      expect(t.connector.calls).toHaveLength(0);
      expect(await t.app.store.tenants.findByChannelKey('teams:tenant-contoso')).toBeNull();
    } finally {
      await t.stop();
    }
  });

  it('refuses to start in production without credentials', async () => {
    await expect(startTestApp({ env: { NODE_ENV: 'production' } })).rejects.toThrow(/MicrosoftAppId/);
  });

  it('can run Slack only: Teams switched off has no endpoint and needs no Microsoft credentials', async () => {
    await expect(startTestApp({ env: { HERSTART_TEAMS: 'off' } })).rejects.toThrow(/no chat platform/);
    const t = await startTestApp({ slack: true, env: { NODE_ENV: 'production', HERSTART_TEAMS: 'off' } });
    try {
      const res = await t.teams.post(t.teams.activity(marleen, t.teams.personal(marleen), { type: 'message', text: 'hulp' }));
      expect(res.status).toBe(404);
      expect(t.app.summary.join('\n')).toContain('Microsoft Teams: off');
      expect(t.app.senders.map((s) => s.channel)).toEqual(['slack']);
    } finally {
      await t.stop();
    }
  });
});
