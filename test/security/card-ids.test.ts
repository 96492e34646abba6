// Every id a card carries is checked against the presser's rights before anything happens (issue
// 13, point 6): a crafted press with someone else's reminder, escalation item, record or case
// reveals nothing and changes nothing; HR looking at a case through a crafted press is audited.
import { startTestApp, type TestApp } from '../support/app-harness';
import { bart, hanna, marleen, piet, sanne, shown } from '../support/teams-people';
import { report } from '../support/teams-report';

describe('ids in submitted card data', () => {
  let t: TestApp;
  let tenantId = '';
  let marleensCase = '';
  let bartsCase = '';

  beforeAll(async () => {
    t = await startTestApp();
    await t.teams.install(marleen);
    tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
    await t.teams.install(bart);
    await t.teams.install(hanna);
    marleensCase = await report(t, tenantId, marleen, sanne);
    // Another first sick day, so the two cases' reminders name different items.
    bartsCase = await report(t, tenantId, bart, piet, '2026-03-04');
    await t.teams.say(marleen, 'hr toevoegen Hanna');
  });
  afterAll(() => t.stop());

  // Reminders are planned after the answer, off the turn: wait for the plans first.
  const reminders = async (caseId: string, role: 'manager' | 'hr') => {
    await t.app.idle();
    return (await t.app.store.reminders.listForCase(tenantId, caseId)).filter((r) => r.recipientRole === role);
  };
  const itemOf = (r: { payload?: Record<string, unknown> | null }) => String(r.payload?.item);
  const recordsOf = (caseId: string) => t.app.store.records.list(tenantId, { caseId });

  it('a manager pressing a nudge whose bundle names another case learns nothing and changes nothing', async () => {
    const mine = (await reminders(bartsCase, 'manager'))[0]!;
    const theirs = (await reminders(marleensCase, 'manager'))[0]!;
    expect(theirs).toBeDefined();
    const before = (await recordsOf(bartsCase)).length;
    const replies = await t.teams.submit(bart, 'nudge-1', {
      action: 'nudge.tomorrow', cardId: 'crafted-1', caseId: bartsCase, item: itemOf(mine), bundle: `${mine.id},${theirs.id}`,
    });
    expect(shown(replies)).not.toContain('Sanne');
    expect(shown(replies)).toContain('formulier kon ik niet goed lezen');
    expect(await recordsOf(bartsCase)).toHaveLength(before);
    expect(await recordsOf(marleensCase)).toHaveLength(1);
  });

  it('a manager cannot answer an item of another case through their own case id, nor another case by its id', async () => {
    // An item his own case does not have (both first contacts fall on the day after the report).
    const own = new Set((await reminders(bartsCase, 'manager')).map(itemOf));
    const theirs = (await reminders(marleensCase, 'manager')).find((r) => !own.has(itemOf(r)))!;
    expect(theirs).toBeDefined();
    const before = (await recordsOf(bartsCase)).length;
    const sneaky = await t.teams.submit(bart, 'nudge-2', { action: 'nudge.done', cardId: 'crafted-2', caseId: bartsCase, item: itemOf(theirs) });
    expect(shown(sneaky)).not.toContain('Sanne');
    expect(await recordsOf(bartsCase)).toHaveLength(before);
    const direct = await t.teams.submit(bart, 'nudge-3', { action: 'nudge.nextweek', cardId: 'crafted-3', caseId: marleensCase, item: itemOf(theirs), bundle: theirs.id });
    expect(shown(direct)).toContain('Deze casus kun je niet inzien');
    expect(shown(direct)).not.toContain('Sanne');
    expect(await recordsOf(marleensCase)).toHaveLength(1);
  });

  it('the real press still works: own case, own item, own bundle', async () => {
    const mine = await reminders(bartsCase, 'manager');
    const replies = await t.teams.submit(bart, 'nudge-4', {
      action: 'nudge.tomorrow', cardId: 'real-4', caseId: bartsCase, item: itemOf(mine[0]!), bundle: mine.map((r) => r.id).join(','),
    });
    expect(shown(replies)).toContain('Piet Visser');
    expect((await recordsOf(bartsCase)).filter((r) => r.kind === 'nudge_response')).toHaveLength(1);
  });

  it('HR cannot press a manager\'s nudge, and an HR look at another case through a bundle is audited', async () => {
    const managerItem = (await reminders(marleensCase, 'manager'))[0]!;
    const refused = await t.teams.submit(hanna, 'hr-1', { action: 'nudge.tomorrow', cardId: 'crafted-5', caseId: marleensCase, item: itemOf(managerItem) });
    expect(shown(refused)).toContain('formulier kon ik niet goed lezen');
    expect((await recordsOf(marleensCase)).filter((r) => r.kind === 'nudge_response')).toHaveLength(0);

    // HR's own reminders (legal steps HR sees to) in a bundle spanning two cases: allowed, and logged.
    const hrA = (await reminders(marleensCase, 'hr'))[0]!;
    const hrB = (await reminders(bartsCase, 'hr'))[0]!;
    expect(hrA && hrB).toBeTruthy();
    const auditBefore = await t.app.store.audit.list(tenantId, { caseId: bartsCase });
    const replies = await t.teams.submit(hanna, 'hr-2', { action: 'nudge.tomorrow', cardId: 'real-6', caseId: marleensCase, item: itemOf(hrA), bundle: `${hrA.id},${hrB.id}` });
    expect(shown(replies)).toContain('Piet Visser');
    const auditAfter = await t.app.store.audit.list(tenantId, { caseId: bartsCase });
    expect(auditAfter.length).toBe(auditBefore.length + 1);
    expect(auditAfter[auditAfter.length - 1]).toMatchObject({ actorId: expect.any(String), action: 'read' });
  });

  it('HR cannot record a state for an escalation the case does not have', async () => {
    const before = (await recordsOf(marleensCase)).filter((r) => r.kind === 'escalation_state');
    const replies = await t.teams.submit(hanna, 'esc-1', { action: 'escalation.take', cardId: 'crafted-7', caseId: marleensCase, items: 'e:made_up:1' });
    expect(shown(replies)).toContain('formulier kon ik niet goed lezen');
    expect((await recordsOf(marleensCase)).filter((r) => r.kind === 'escalation_state')).toEqual(before);
  });

  it('the employee a case is about passes the gate only into her own flows: a manager\'s or HR\'s button with her case id opens and changes nothing', async () => {
    const recordsBefore = (await recordsOf(marleensCase)).length;
    const auditBefore = (await t.app.store.audit.list(tenantId, { caseId: marleensCase })).length;
    const actions = ['case.open', 'prepare.open', 'dossier.open', 'dossier.file', 'document.open', 'document.submit', 'view.paper.open', 'view.paper.submit', 'status.submit', 'outcome.submit', 'legal.open', 'lookback.open'];
    for (const action of actions) {
      const replies = await t.teams.submit(sanne, 'x', { action, cardId: `own-${action}`, caseId: marleensCase, kind: 'closed', on: '2026-03-04', docType: 'nl.plan', versionId: 'v', stance: 'agree', givenOn: '2026-03-04' });
      expect([action, shown(replies)]).toEqual([action, expect.stringContaining('Deze casus kun je niet inzien')]);
    }
    expect((await t.app.store.cases.get(tenantId, marleensCase))!.value.status).toBe('open');
    expect(await recordsOf(marleensCase)).toHaveLength(recordsBefore);
    expect(await t.app.store.audit.list(tenantId, { caseId: marleensCase })).toHaveLength(auditBefore);
  });

  it('an employee answers a document of her own case only: her own case reaches the flow, a colleague\'s is refused at the gate', async () => {
    const own = await t.teams.submit(piet, 'x', { action: 'view.submit', cardId: 'view-own', caseId: bartsCase, docId: 'd', versionId: 'no-such-version', stance: 'agree' });
    expect(shown(own)).toContain('Dit stuk kan ik niet meer vinden');
    const before = (await recordsOf(marleensCase)).length;
    const theirs = await t.teams.submit(piet, 'x', { action: 'view.submit', cardId: 'view-theirs', caseId: marleensCase, docId: 'd', versionId: 'no-such-version', stance: 'agree' });
    expect(shown(theirs)).toContain('Deze casus kun je niet inzien');
    expect(shown(theirs)).not.toContain('Dit stuk');
    expect(await recordsOf(marleensCase)).toHaveLength(before);
  });

  it('a manager cannot open a case by crafting its id into any button, nor a person id into the intake', async () => {
    for (const action of ['case.open', 'prepare.open', 'status.submit', 'lookback.open']) {
      const replies = await t.teams.submit(bart, 'x', { action, cardId: `c-${action}`, caseId: marleensCase, kind: 'closed', on: '2026-03-04' });
      expect(shown(replies)).not.toContain('Sanne');
    }
    expect((await t.app.store.cases.get(tenantId, marleensCase))!.value.status).toBe('open');
    const stranger = await t.teams.submit(bart, 'x', { action: 'intake.submit', cardId: 'c-intake', employeeId: 'no-such-person', firstSickDay: '2026-03-03', expected: 'unknown' });
    expect(shown(stranger)).toContain('formulier kon ik niet goed lezen');
  });
});
