// Employee check-ins in Teams, over HTTP against the started server: the invitation reaches an
// employee who never wrote to the bot (a one-to-one chat is opened through the team), nothing is
// asked before a yes, a check-in with the medical hold-back and HR consent, what the manager and
// HR see, the rhythm with one reminder, pause and resume, the wish list, export and erasure.
import { startTestApp, type TestApp } from '../../support/app-harness';
import { actionData, cardWith, notTo, shown, tick as tickAll } from '../../support/checkin-helpers';
import { cardOf, cardText, inputOf, type TeamsUser } from '../../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
const hera: TeamsUser = { id: 'hera', aadObjectId: 'aad-hera', name: 'Hera Bakker' };
const team = { id: '19:team-general@thread.tacv2', conversationType: 'channel' as const };

describe('Teams: employee check-ins', () => {
  let t: TestApp;
  let tenantId = '';
  let caseId = '';
  let sanneId = '';
  const sanneChat = () => t.teams.personal(sanne);
  // The real tick also nudges Marleen and tells HR (Hera) about the case; these tests watch Sanne's chat.
  const tick = (app: TestApp) => tickAll(app, notTo(t.teams.personal(marleen).id, t.teams.personal(hera).id));

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-05T09:30:00Z' });
    await t.teams.install(marleen);
    t.connector.setRoster(team.id, [
      { id: '29:marleen', name: marleen.name, aadObjectId: marleen.aadObjectId },
      { id: '29:sanne', name: sanne.name, aadObjectId: sanne.aadObjectId },
      { id: '29:hera', name: hera.name, aadObjectId: hera.aadObjectId },
    ]);
    await t.teams.install(marleen, team);
    tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
    // Hera works at HR.
    const heraP = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-hera'))!;
    await t.app.store.people.update({ ...heraP.value, roles: ['hr'] }, heraP.etag);
    await t.teams.say(hera, 'hallo');
    // Marleen reports Sanne sick.
    const intake = cardWith(await t.teams.say(marleen, 'ziekmelding'), 'intake.submit');
    sanneId = inputOf(intake, 'employeeId').choices.find((c: any) => c.title === sanne.name).value;
    await t.teams.submit(marleen, 'x', { ...actionData(intake, 'intake.submit'), employeeId: sanneId, firstSickDay: '2026-03-02', expected: 'weeks' });
    caseId = (await t.app.store.cases.list(tenantId))[0]!.value.id;
  });
  afterAll(() => t.stop());

  const answers = () => t.app.store.records.list(tenantId, { personId: sanneId, kind: 'checkin' });
  const pendingCheckins = async () => (await t.app.store.reminders.listForCase(tenantId, caseId)).filter((r) => r.kind === 'checkin' && r.state === 'pending');

  it('plans an invitation a week after the first sick day and asks nothing before it', async () => {
    const pending = await pendingCheckins();
    expect(pending).toHaveLength(1);
    expect(pending[0]!.payload).toEqual({ type: 'invite', day: '2026-03-09' });
    expect(pending[0]!.dueAt).toBe('2026-03-09T08:00:00.000Z'); // 09:00 in Amsterdam
    expect(await tick(t)).toEqual([]);
  });

  it('opens a one-to-one chat through the shared team and sends the invitation: what, who sees what, how often, how to stop', async () => {
    t.clock.set('2026-03-09T08:30:00Z');
    const sent = await tick(t);
    const created = t.connector.calls.find((c) => c.path === '/v3/conversations' && c.method === 'POST');
    expect(created?.body.members).toEqual([{ id: '29:sanne', name: sanne.name }]);
    const invite = cardWith(sent, 'checkin.consent');
    expect(sent[0]!.conversationId).toMatch(/^a:created-/);
    const text = cardText(invite);
    expect(text).toContain('Korte check-ins, als jij dat wilt');
    expect(text).toContain('Jij ziet al je antwoorden en kunt ze altijd verwijderen.');
    expect(text).toMatch(/Je leidinggevende ziet alleen hoe het over de tijd gaat/);
    expect(text).toMatch(/HR ziet je antwoorden niet\. HR krijgt alleen een seintje als je twee keer op rij laag scoort/);
    expect(text).toContain('Om de 2 weken zolang je herstelt, elke week in de weken rond je terugkeer en daarna nog 3 maanden om de 2 weken');
    expect(text).toMatch(/\*\*pauze\*\*, \*\*stop\*\* of \*\*vergeet mij\*\*/);
    // Invited once: no second invitation, no check-in before a yes.
    expect(await pendingCheckins()).toEqual([]);
    t.clock.set('2026-03-12T08:30:00Z');
    expect(await tick(t)).toEqual([]);
  });

  let form: any;
  it('on yes, shows the first check-in at once', async () => {
    const invite = cardWith(t.connector.sent(), 'checkin.consent');
    const replies = await t.teams.submit(sanne, 'inv-1', actionData(invite, 'checkin.consent', { choice: 'yes' }), sanneChat());
    expect(shown(replies)).toContain('Hier is je eerste check-in');
    form = cardWith(replies, 'checkin.submit');
    expect(inputOf(form, 'energy').choices).toHaveLength(5);
    expect(inputOf(form, 'help').choices.map((c: any) => c.value)).toEqual(['manager_call', 'adjusted_tasks', 'fewer_hours', 'talk_hr', 'talk_doctor', 'nothing']);
  });

  it('holds back a note that looks medical, stores nothing, and takes the check-in sent without it', async () => {
    const answer = { ...actionData(form, 'checkin.submit'), energy: '2', progress: '2', help: 'manager_call', note: 'Mijn migraine is erg', shareWithManager: 'true' };
    const held = await t.teams.submit(sanne, 'f-1', answer, sanneChat());
    const again = cardWith(held, 'checkin.submit');
    expect(cardText(again)).toMatch(/leek iets medisch te bevatten/);
    expect(inputOf(again, 'note').value).toBe('');
    expect(await answers()).toHaveLength(0);
    // Sent again without a note: the note field came back empty.
    const saved = await t.teams.submit(sanne, 'f-2', { ...actionData(again, 'checkin.submit'), energy: '2', progress: '2', help: 'manager_call', note: '' }, sanneChat());
    expect(shown(saved)).toContain('Ik laat je leidinggevende weten dat je graag een belafspraak wilt.');
    const stored = await answers();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.caseId).toBe(caseId);
    expect(stored[0]!.data).toEqual({ on: '2026-03-12', energy: 2, progress: 2, help: 'manager_call', note: null, shareWithManager: false, shareWithHr: false });
    expect(JSON.stringify(stored)).not.toContain('migraine');
  });

  it('asks consent before HR hears of a request for a talk, and stores the answer once', async () => {
    const now = cardWith(await t.teams.say(sanne, 'check-in'), 'checkin.submit');
    const answer = { ...actionData(now, 'checkin.submit'), energy: '1', progress: '2', help: 'talk_hr', note: 'Ik wil graag rustig beginnen', shareWithManager: 'true' };
    const consent = cardWith(await t.teams.submit(sanne, 'f-3', answer, sanneChat()), 'checkin.submit');
    expect(cardText(consent)).toContain('Mag HR het weten?');
    expect(await answers()).toHaveLength(1);
    const yes = actionData(consent, 'checkin.submit', { consentHr: 'yes' });
    expect(shown(await t.teams.submit(sanne, 'c-1', yes, sanneChat()))).toContain('HR hoort dat je graag een gesprek wilt; alleen dat.');
    // The same consent pressed again, or the original card again after consenting: still one answer.
    await t.teams.submit(sanne, 'c-1', yes, sanneChat());
    expect((await answers()).filter((r) => r.data.help === 'talk_hr')).toHaveLength(1);
    const stored = (await answers()).find((r) => r.data.help === 'talk_hr')!;
    expect(stored.data).toMatchObject({ energy: 1, progress: 2, shareWithHr: true, shareWithManager: true, note: 'Ik wil graag rustig beginnen' });
  });

  it('shows the manager a trend, the requests and only the notes shared with them; HR sees none of it', async () => {
    const guide = await t.teams.submit(marleen, 'x', { action: 'prepare.open', cardId: 'p-1', caseId });
    const trend = guide.map(cardOf).find((c) => c && cardText(c).includes('Check-ins van Sanne Jansen'));
    expect(trend).toBeTruthy();
    const text = cardText(trend);
    expect(text).toMatch(/Energie/);
    expect(text).toMatch(/nu laag/);
    expect(text).toContain('Een belafspraak met mijn leidinggevende');
    expect(text).toContain('Ik wil graag rustig beginnen');
    // The HR request is HR's, not the manager's; scores are not shown one by one.
    expect(text).not.toContain('Een gesprek met HR');
    expect(text).not.toMatch(/\b1 \/ 5\b/);

    const asHr = await t.teams.submit(hera, 'x', { action: 'prepare.open', cardId: 'p-2', caseId });
    const hrText = shown(asHr);
    expect(hrText).toContain('Sanne Jansen');
    expect(hrText).not.toContain('Check-ins van');
    expect(hrText).not.toContain('rustig beginnen');
  });

  it('asks again after two weeks, reminds once, and does not nag', async () => {
    // Last answer on 12 March: the next check-in is due on 26 March.
    expect((await pendingCheckins()).map((r) => r.payload)).toEqual([{ type: 'prompt', day: '2026-03-26' }]);
    t.clock.set('2026-03-26T08:05:00Z');
    const prompt = await tick(t);
    expect(shown(prompt)).toContain('tijd voor je korte check-in');
    cardWith(prompt, 'checkin.submit');
    // Three days on is a Sunday: the one reminder comes on the Monday, as every message does.
    t.clock.set('2026-03-29T08:05:00Z');
    expect(await tick(t)).toEqual([]);
    t.clock.set('2026-03-30T07:05:00Z');
    const reminder = await tick(t);
    expect(shown(reminder)).toContain('nog even aan je check-in denken');
    for (const day of ['2026-03-31', '2026-04-03', '2026-04-08']) {
      t.clock.set(`${day}T08:05:00Z`);
      expect(await tick(t)).toEqual([]);
    }
    expect((await pendingCheckins()).map((r) => r.payload)).toEqual([{ type: 'prompt', day: '2026-04-09' }]);
  });

  it('pauses and resumes on the employee\'s word', async () => {
    expect(shown(await t.teams.say(sanne, 'pauze'))).toContain('Je check-ins staan op pauze');
    expect(await pendingCheckins()).toEqual([]);
    t.clock.set('2026-04-09T08:05:00Z');
    expect(await tick(t)).toEqual([]);
    expect(shown(await t.teams.say(sanne, 'verder'))).toContain('Fijn dat je weer meedoet');
    expect((await pendingCheckins()).map((r) => r.payload)).toEqual([{ type: 'prompt', day: '2026-04-23' }]);
  });

  it('keeps a wish list private unless shared, and shows a shared one in the manager\'s guide', async () => {
    const wish = cardWith(await t.teams.say(sanne, 'wensenlijst'), 'wishlist.submit');
    const base = actionData(wish, 'wishlist.submit');
    await t.teams.submit(sanne, 'w-1', { ...base, helps: 'phased_hours,buddy', hinders: 'meetings', helpsNote: '', hindersNote: '', share: 'false' }, sanneChat());
    const guide1 = shown(await t.teams.submit(marleen, 'x', { action: 'prepare.open', cardId: 'p-3', caseId }));
    expect(guide1).not.toContain('Rustig opbouwen in uren');
    const wish2 = cardWith(await t.teams.say(sanne, 'wensenlijst'), 'wishlist.submit');
    expect(inputOf(wish2, 'helps').value).toBe('phased_hours,buddy');
    await t.teams.submit(sanne, 'w-2', { ...actionData(wish2, 'wishlist.submit'), helps: 'phased_hours', hinders: 'meetings', helpsNote: 'Eerst ochtenden', hindersNote: '', share: 'true' }, sanneChat());
    const guide2 = shown(await t.teams.submit(marleen, 'x', { action: 'prepare.open', cardId: 'p-4', caseId }));
    expect(guide2).toContain('Helpt: Rustig opbouwen in uren; Eerst ochtenden');
    expect(guide2).toContain('Hindert: Veel overleg');
    const asHr = shown(await t.teams.submit(hera, 'x', { action: 'prepare.open', cardId: 'p-5', caseId }));
    expect(asHr).not.toContain('Rustig opbouwen');
  });

  it('shows the employee all their answers and erases one on request', async () => {
    const mine = cardWith(await t.teams.say(sanne, 'mijn gegevens'), 'checkin.delete');
    const text = cardText(mine);
    expect(text).toContain('Ik wil graag rustig beginnen');
    expect(text).toContain('gedeeld met je leidinggevende');
    const first = (await answers()).find((r) => r.data.help === 'manager_call')!;
    const after = await t.teams.submit(sanne, 'm-1', actionData(mine, 'checkin.delete', { recordId: first.id }), sanneChat());
    expect(shown(after)).toContain('Dat antwoord is gewist.');
    expect((await answers()).map((r) => r.id)).not.toContain(first.id);
    // Nobody else can erase her answers: Marleen pressing the same button finds nothing of hers.
    const other = (await answers())[0]!;
    expect(shown(await t.teams.submit(marleen, 'm-2', { action: 'checkin.delete', cardId: 'm-2', recordId: other.id }))).toContain('niet vinden');
    expect(await answers()).toHaveLength(1);
  });

  it('forgets everything on request: answers and wish lists go, the case and its legal record stay', async () => {
    const confirm = cardWith(await t.teams.say(sanne, 'vergeet mij'), 'checkin.forget.confirm');
    expect(cardText(confirm)).toContain('Het verzuimdossier zelf (data en wettelijke stappen) blijft');
    const done = await t.teams.submit(sanne, 'f-9', actionData(confirm, 'checkin.forget.confirm'), sanneChat());
    expect(shown(done)).toContain('Gewist: 1 check-in en 2 wensenlijsten');
    expect(await answers()).toEqual([]);
    expect(await t.app.store.records.list(tenantId, { personId: sanneId, kind: 'wishlist' })).toEqual([]);
    expect(await t.app.store.cases.get(tenantId, caseId)).not.toBeNull();
    expect((await t.app.store.records.list(tenantId, { caseId })).some((r) => r.kind === 'phase_change')).toBe(true);
    expect((await t.app.store.audit.list(tenantId, { caseId })).some((a) => a.action === 'erase' && a.actorId === sanneId)).toBe(true);
    // Nothing left to send her (the tick sends only what is pending).
    expect(await pendingCheckins()).toEqual([]);
    expect(shown(await t.teams.submit(marleen, 'x', { action: 'prepare.open', cardId: 'p-6', caseId }))).not.toContain('Eerst ochtenden');
  });

  it('stops on the employee\'s word after starting again', async () => {
    await t.teams.say(sanne, 'check-in');
    expect((await pendingCheckins()).length).toBe(1);
    expect(shown(await t.teams.say(sanne, 'stop'))).toContain('Gestopt: ik stuur je geen check-ins meer');
    expect(await pendingCheckins()).toEqual([]);
  });
});
