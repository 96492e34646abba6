// A Dutch case from sick report to final evaluation in Teams, over HTTP against the started
// server: problem analysis, a plan of action (kept as a draft first, then saved and adjusted),
// evaluations with the employee's view given in her own chat (and once on paper), the first-year
// and final evaluations; then the file is downloaded through its one-time link and read back.
import { DOCUMENT_RECORD, VIEW_RECORD } from '../../../src/domain/dossier';
import { addDays } from '../../../src/domain/dates';
import { screenText } from '../../../src/domain/privacy/medical-screen';
import { startTestApp, type TestApp } from '../../support/app-harness';
import type { RecordedCall } from '../../support/fake-connector';
import { pdfText, plain } from '../../support/pdf-text';
import { cardOf, cardText, inputOf, submitActions, type TeamsUser } from '../../support/teams-client';

jest.setTimeout(180_000);

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
const hanna: TeamsUser = { id: 'hanna', aadObjectId: 'aad-hanna', name: 'Hanna Bakker' };
const team = { id: '19:team-general@thread.tacv2', conversationType: 'channel' as const };

const START = '2026-01-05';
const day = (n: number) => addDays(START, n - 1);

const shown = (calls: RecordedCall[]) => calls.map((c) => c.body.text ?? cardText(cardOf(c))).join('\n');
function lastCard(calls: RecordedCall[]): any {
  const call = [...calls].reverse().find((c) => cardOf(c));
  if (!call) throw new Error(`no card in: ${shown(calls)}`);
  return cardOf(call);
}
function action(card: any, name: string): Record<string, unknown> {
  const a = submitActions(card).find((s) => s.data.action === name);
  if (!a) throw new Error(`no ${name} in ${cardText(card).slice(0, 300)}`);
  return a.data;
}

/** Every agreement and view the walk records, to find back in the PDF. */
const AGREED = ['We bellen elke dinsdag om tien uur.', 'Sanne vertelt het team zelf hoe het gaat.'];
const VIEW_WORDS = 'Ik wil eerst twee ochtenden thuis werken.';

describe('Teams: the re-integration file of a Dutch case', () => {
  let t: TestApp;
  let tenantId = '';
  let caseId = '';

  const at = (n: number) => t.clock.set(`${day(n)}T10:00:00Z`);
  const openForm = async (docType: string) => {
    const dossier = lastCard(await t.teams.submit(marleen, 'x', { action: 'dossier.open', cardId: `c-d-${Math.random()}`, caseId }));
    expect(inputOf(dossier, 'docType').choices.map((c: any) => c.value)).toContain(docType);
    return lastCard(await t.teams.submit(marleen, 'x', { ...action(dossier, 'document.open'), docType }));
  };
  const save = async (form: any, values: Record<string, string>, button = 'document.submit') => t.teams.submit(marleen, 'x', { ...action(form, button), ...values });
  const versions = async (type: string) =>
    (await t.app.store.records.list(tenantId, { caseId, kind: DOCUMENT_RECORD })).filter((r) => r.data.type === type && r.data.status === 'final');
  const giveView = async (versionId: string, docId: string, stance: string, words = '') =>
    t.teams.submit(sanne, 'x', { action: 'view.submit', cardId: `c-v-${versionId}`, caseId, docId, versionId, stance, words });

  beforeAll(async () => {
    t = await startTestApp({ now: `${START}T08:00:00Z` });
  });
  afterAll(() => t.stop());

  it('sets up the organisation and the case', async () => {
    const hello = await t.teams.install(marleen);
    const setup = hello.map(cardOf).find((c) => c && inputOf(c, 'jurisdiction'));
    await t.teams.submit(marleen, 'x', { ...action(setup, 'setup.submit'), jurisdiction: 'NL', employerSize: '120', name: 'Zorggroep De Linde', locale: 'nl-NL', iAmHr: 'false' });
    t.connector.setRoster(team.id, [
      { id: '29:marleen', name: marleen.name, aadObjectId: marleen.aadObjectId },
      { id: '29:sanne', name: sanne.name, aadObjectId: sanne.aadObjectId },
      { id: '29:hanna', name: hanna.name, aadObjectId: hanna.aadObjectId },
    ]);
    await t.teams.install(marleen, team);
    tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
    // Sanne has the app: her own chat with Herstart exists.
    await t.teams.say(sanne, 'hulp');

    const intake = lastCard(await t.teams.say(marleen, 'ziekmelding'));
    const sanneId = inputOf(intake, 'employeeId').choices.find((c: any) => c.title === sanne.name).value;
    const saved = await t.teams.submit(marleen, 'x', { ...action(intake, 'intake.submit'), employeeId: sanneId, firstSickDay: START, expected: 'weeks', expectedReturn: '' });
    // The case card has a Dossier button.
    const caseCard = saved.map(cardOf).find((c) => c && submitActions(c).some((a) => a.data.action === 'dossier.open'));
    expect(caseCard).toBeTruthy();
    caseId = (await t.app.store.cases.list(tenantId))[0]!.value.id;
    at(2);
    const contact = lastCard(await t.teams.submit(marleen, 'x', { action: 'outcome.open', cardId: 'c-out-1', caseId }));
    await t.teams.submit(marleen, 'x', { ...action(contact, 'outcome.submit'), date: day(2), kind: 'call', mood: 'mixed', agreements: 'contact', wishes: '', nextContact: '', flagHr: 'false', concern: '', notes: AGREED[0]! });
    at(3);
    const ms = lastCard(await t.teams.submit(marleen, 'x', { action: 'milestone.open', cardId: 'c-ms-1', caseId }));
    await t.teams.submit(marleen, 'x', { ...action(ms, 'milestone.submit'), milestoneId: 'nl.arbo_report', on: day(3) });
  });

  it('holds back a problem analysis that names an illness, then saves it in work terms and marks the step done', async () => {
    at(36);
    const form = await openForm('nl.problem_analysis');
    expect(cardText(form)).toMatch(/Wat kan de medewerker wel \(in werktermen\)/);
    expect(JSON.stringify(form).toLowerCase()).not.toMatch(/diagnose"|klacht"/);
    const medical = await save(form, { on: day(35), canDo: 'Na haar hernia mag ze zitten werken.', cannotDo: 'Tillen', duration: 'months', adjustments: '' });
    // The form comes back in place of the one sent, without the text held back, and the notice does not quote it.
    expect(shown(medical)).toMatch(/leek medische informatie te bevatten/);
    expect(JSON.stringify(medical.map((c) => c.body))).not.toContain('hernia');
    expect(await versions('nl.problem_analysis')).toHaveLength(0);
    const ok = await save(form, { on: day(35), canDo: 'Halve dagen administratief werk, zelf het tempo bepalen.', cannotDo: 'Geen baliewerk, niet tillen boven tien kilo.', duration: 'months', adjustments: 'Rustige werkplek.', authorTitle: 'Teamleider' });
    expect(shown(ok)).toMatch(/staat op afgerond/);
    const c = (await t.app.store.cases.get(tenantId, caseId))!.value;
    expect(c.milestonesDone).toContainEqual({ id: 'nl.problem_analysis', on: day(35) });
  });

  it('keeps a plan of action as a draft, finishes it later, and puts it to Sanne in her own chat', async () => {
    at(44);
    const first = await openForm('nl.action_plan');
    await save(first, { on: day(44), goal: 'adapted_own_work', activity1: 'Werkplek bij het raam inrichten', who1: 'manager' }, 'document.draft');
    expect(await versions('nl.action_plan')).toHaveLength(0);
    at(45);
    const again = await openForm('nl.action_plan');
    expect(inputOf(again, 'activity1').value).toBe('Werkplek bij het raam inrichten');
    const missing = await save(again, { on: day(45), goal: 'adapted_own_work', activity1: 'Werkplek bij het raam inrichten', who1: 'manager' });
    expect(shown(missing)).toMatch(/Vul nog in: Casemanager/);
    const saved = await save(again, {
      on: day(45), goal: 'adapted_own_work', activity1: 'Werkplek bij het raam inrichten', who1: 'manager', by1: day(52),
      activity2: 'Opbouwschema met de bedrijfsarts bespreken', who2: 'employee', by2: day(60),
      caseManager: 'Petra Visser', contactRhythm: 'weekly', buildup: 'Week 1-2: 3 x 4 uur.', employerView: 'Rustig opbouwen, elke week bijsturen.',
    });
    expect(shown(saved)).toMatch(/Sanne Jansen krijgt het stuk in de chat/);
    // The same press again (a double click) stores nothing more.
    const twice = await save(again, { on: day(45), goal: 'adapted_own_work', activity1: 'Werkplek bij het raam inrichten', who1: 'manager', caseManager: 'Petra Visser', contactRhythm: 'weekly', employerView: 'x' });
    expect(shown(twice)).toMatch(/al opgeslagen/);
    const [plan] = await versions('nl.action_plan');
    expect(await versions('nl.action_plan')).toHaveLength(1);
    expect((await t.app.store.reminders.listForCase(tenantId, caseId)).some((r) => r.kind === 'document_view' && r.state === 'pending')).toBe(true);

    const before = t.connector.calls.length;
    await t.app.scheduling.scheduler.tick();
    const toSanne = t.connector.calls.slice(before).filter((c) => c.conversationId === 'a:personal-aad-sanne' && cardOf(c));
    const card = cardOf(toSanne.find((c) => cardOf(c).body.some((b: any) => JSON.stringify(b).includes('view.submit')) || JSON.stringify(cardOf(c)).includes('view.submit'))!);
    expect(cardText(card)).toContain('Jouw zienswijze: Plan van aanpak');
    expect(cardText(card)).toContain('Werkplek bij het raam inrichten');
    // Her view names an illness first: the card comes back in place of hers (no new message), the
    // words left out and not quoted, her choice kept, nothing recorded.
    const medical = await t.teams.submit(sanne, 'x', { ...action(card, 'view.submit'), stance: 'partly', words: 'Door mijn hernia kan ik nog niet tillen.' });
    expect(medical.filter((c) => c.method === 'POST')).toEqual([]);
    expect(medical.at(-1)!.method).toBe('INVOKE');
    const held = cardOf(medical.at(-1)!);
    expect(cardText(held)).toMatch(/leek medische informatie te bevatten/);
    expect(inputOf(held, 'words').value).toBe('');
    expect(inputOf(held, 'stance').value).toBe('partly');
    expect(JSON.stringify(medical.map((c) => c.body))).not.toContain('hernia');
    expect(await t.app.store.records.list(tenantId, { caseId, kind: VIEW_RECORD })).toHaveLength(0);
    const answer = await t.teams.submit(sanne, 'x', { ...action(held, 'view.submit'), stance: 'partly', words: VIEW_WORDS });
    expect(shown(answer)).toMatch(/Zienswijze gegeven/);
    const views = await t.app.store.records.list(tenantId, { caseId, kind: VIEW_RECORD });
    expect(views.map((v) => [v.data.versionId, v.data.stance, v.data.source])).toEqual([[plan!.id, 'partly', 'chat']]);
    // Someone else pressing her card records nothing.
    const notHers = await t.teams.submit(marleen, 'x', { ...action(card, 'view.submit'), stance: 'agree' });
    expect(shown(notHers)).toMatch(/niet aan jou voorgelegd/);
  });

  it('records evaluations with views (one on paper), the first-year evaluation and the final evaluation', async () => {
    const evalDays = [85, 125, 165, 245, 285, 325, 380, 420, 460, 500, 540, 580, 620];
    for (const [i, n] of evalDays.entries()) {
      at(n);
      if (n === 290) continue;
      const form = await openForm('nl.evaluation');
      await save(form, { on: day(n), progress: 'as_planned', progressNote: `Evaluatie ${i + 1}: de opbouw loopt.`, employerView: 'Tevreden over de voortgang.' });
      const latest = (await versions('nl.evaluation')).at(-1)!;
      if (i === 2) {
        const paper = lastCard(await t.teams.submit(marleen, 'x', { action: 'view.paper.open', cardId: `c-p-${n}`, caseId }));
        // A date before the evaluation: the form comes back in place of the one sent, with the notice.
        const early = await t.teams.submit(marleen, 'x', { ...action(paper, 'view.paper.submit'), versionId: latest.id, stance: 'agree', givenOn: day(n - 10) });
        expect(early.filter((c) => c.method === 'POST')).toEqual([]);
        const back = cardOf(early.at(-1)!);
        expect(cardText(back)).toMatch(/ligt voor de datum van het stuk/);
        expect(inputOf(back, 'stance').value).toBe('agree');
        const recorded = await t.teams.submit(marleen, 'x', { ...action(back, 'view.paper.submit'), versionId: latest.id, stance: 'agree', givenOn: day(n) });
        expect(shown(recorded)).toMatch(/op papier/);
      } else {
        await giveView(latest.id, String(latest.data.docId), 'agree');
      }
      if (n === 285) {
        at(295);
        const ms = lastCard(await t.teams.submit(marleen, 'x', { action: 'milestone.open', cardId: 'c-ms-42', caseId }));
        await t.teams.submit(marleen, 'x', { ...action(ms, 'milestone.submit'), milestoneId: 'nl.uwv_42_week', on: day(295) });
      }
      if (n === 325) {
        at(340);
        const fy = await openForm('nl.first_year_evaluation');
        await save(fy, { on: day(340), lookBack: 'Het eerste jaar ging met ups en downs, maar de opbouw staat.', outlook: 'In het tweede jaar naar vier dagen.', secondTrack: 'not_started', secondTrackReason: 'Terugkeer in het eigen werk lukt.', employerView: 'Eens met de vooruitblik.' });
        const [v] = await versions('nl.first_year_evaluation');
        await giveView(v!.id, String(v!.data.docId), 'agree', 'Fijn dat ik in mijn eigen werk kan blijven.');
      }
    }
    const contact = lastCard(await t.teams.submit(marleen, 'x', { action: 'outcome.open', cardId: 'c-out-2', caseId }));
    await t.teams.submit(marleen, 'x', { ...action(contact, 'outcome.submit'), date: day(620), kind: 'in_person', mood: 'good', agreements: 'hours', wishes: '', nextContact: '', flagHr: 'false', concern: '', notes: AGREED[1]! });
    at(633);
    await save(await openForm('nl.current_assessment'), { on: day(632), canDo: 'Eigen werk, vier dagen per week.', cannotDo: 'Geen avonddiensten.', duration: 'long', adjustments: '' });
    const final = await openForm('nl.final_evaluation');
    await save(final, { on: day(633), result: 'adapted_own_work', summary: 'Sanne werkt vier dagen in haar eigen werk, zonder avonddiensten.', suitableWork: 'Ja: het eigen werk, aangepast.', employerView: 'Geslaagde re-integratie.' });
    const [fe] = await versions('nl.final_evaluation');
    await giveView(fe!.id, String(fe!.data.docId), 'agree');
    const c = (await t.app.store.cases.get(tenantId, caseId))!.value;
    expect(c.milestonesDone.filter((m) => m.id === 'nl.evaluation')).toHaveLength(evalDays.length);
    expect(c.milestonesDone.map((m) => m.id)).toEqual(expect.arrayContaining(['nl.action_plan', 'nl.first_year_evaluation', 'nl.current_assessment']));
    // The first-year evaluation's answer on a second track is the legal decision, on the timeline too.
    expect(c.legal?.secondTrack?.decision).toEqual({ needed: false, on: day(340) });
  });

  it('downloads the file through a one-time link and finds every section, agreement and view in it', async () => {
    at(640);
    const replies = await t.teams.say(marleen, 'dossier');
    const link = lastCard(replies);
    const url = link.actions.find((a: any) => a.type === 'Action.OpenUrl').url as string;
    expect(url).toMatch(/\/l\/[A-Za-z0-9_-]{43}$/);
    const local = `${t.url}/l/${url.split('/l/')[1]}`;
    const page = await fetch(local);
    expect(await page.text()).toContain('<form method="post">');
    const res = await fetch(local, { method: 'POST', headers: { Origin: t.url } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="dossier-Sanne-Jansen-2027-10-06.pdf"/);
    const { pages } = await pdfText(Buffer.from(await res.arrayBuffer()));
    const text = plain(pages.join('\n'));
    let at_ = 0;
    for (const title of ['Re-integratieverslag', 'Gegevens', 'Volledigheid', 'Wettelijke stappen', 'Probleemanalyse', 'Plan van aanpak en bijstellingen', 'Evaluaties', 'Contactmomenten', 'Eerstejaarsevaluatie', 'Actueel oordeel en eindevaluatie', 'Oordeel van de medewerker']) {
      const found = text.indexOf(title, at_);
      expect([title, found >= 0]).toEqual([title, true]);
      at_ = found + title.length;
    }
    for (const a of AGREED) expect(text).toContain(a);
    expect(text).toContain(VIEW_WORDS);
    expect(text).toContain('Fijn dat ik in mijn eigen werk kan blijven.');
    expect(text).toContain('Casemanager Petra Visser');
    expect(text).toContain('Werkgever Zorggroep De Linde');
    // The completeness check: exactly one evaluation missing (between day 165 and day 245).
    expect(text).toContain('Er is 1 punt dat aandacht vraagt:');
    expect(text).toContain('Een evaluatie van het plan van aanpak ontbreekt');
    expect(screenText(text).matches).toEqual([]);
    expect(text).not.toContain('hernia');

    const second = await fetch(local, { method: 'POST', headers: { Origin: t.url } });
    expect(second.status).toBe(410);
    const body = await second.text();
    expect(body).toContain('Deze link werkt niet meer');
    expect(body).not.toContain('Sanne');
  });

  it("gives HR the file of any case of the organisation, and writes HR's download to the audit log", async () => {
    await t.teams.say(marleen, 'hr toevoegen Hanna');
    const link = lastCard(await t.teams.say(hanna, 'dossier Sanne'));
    const url = link.actions.find((a: any) => a.type === 'Action.OpenUrl').url as string;
    const res = await fetch(`${t.url}/l/${url.split('/l/')[1]}`, { method: 'POST', headers: { Origin: t.url } });
    expect(res.status).toBe(200);
    const hannaId = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-hanna'))!.value.id;
    const audit = await t.app.store.audit.list(tenantId, { caseId, actorId: hannaId });
    expect(audit.map((a) => a.action)).toContain('export');
    expect(audit.find((a) => a.action === 'export')!.detail).toBe('file.pdf');
  });

  it('refuses an expired link, a person without rights and another tenant, with the same page and nothing of the file', async () => {
    const sanneId = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-sanne'))!.value.id;
    const marleenId = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-marleen'))!.value.id;
    const ask = { purpose: 'dossier', tenantId, personId: marleenId, target: `/cases/${caseId}/file.pdf`, lang: 'nl-NL', ttlMs: 15 * 60_000 };
    const press = async (over: Partial<typeof ask>, wait = 0) => {
      const { url } = await t.app.links.mint({ ...ask, ...over });
      if (wait) t.clock.set(new Date(t.clock.now().getTime() + wait).toISOString());
      return fetch(`${t.url}/l/${url.split('/l/')[1]}`, { method: 'POST', headers: { Origin: t.url } });
    };
    const cases = [
      ['expired', await press({}, 16 * 60_000), 410],
      ['the employee herself (no right to the file)', await press({ personId: sanneId }), 403],
      ['another tenant', await press({ tenantId: 'tenant-elsewhere' }), 403],
      ['the JSON for a person without rights', await press({ personId: sanneId, target: `/cases/${caseId}/file.json` }), 403],
    ] as const;
    for (const [label, res, status] of cases) {
      const body = await res.text();
      expect([label, res.status]).toEqual([label, status]);
      expect(body).toContain('Deze link werkt niet meer');
      expect(body).not.toMatch(/Sanne|%PDF|Plan van aanpak/);
    }
  });

  it('exports the whole case as JSON in the documented schema', async () => {
    const marleenId = (await t.app.store.people.findByIdentity(tenantId, 'teams:aad-marleen'))!.value.id;
    const { url } = await t.app.links.mint({ purpose: 'dossier', tenantId, personId: marleenId, target: `/cases/${caseId}/file.json`, lang: 'nl-NL', ttlMs: 60_000 });
    const res = await fetch(`${t.url}/l/${url.split('/l/')[1]}`, { method: 'POST', headers: { Origin: t.url } });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const json = (await res.json()) as any;
    expect(json.schema).toBe('herstart.case-file/1');
    expect(json.case).toMatchObject({ id: caseId, jurisdiction: 'NL', firstSickDay: START });
    expect(json.documents.filter((d: any) => d.type === 'nl.evaluation')).toHaveLength(13);
    expect(json.documents.find((d: any) => d.type === 'nl.action_plan').versions[0].employeeView).toMatchObject({ stance: 'partly', words: VIEW_WORDS, source: 'chat' });
    expect(json.contacts.map((c: any) => c.notes)).toEqual(AGREED);
    expect(json.completeness.items.map((i: any) => i.code)).toEqual(['evaluations_missed']);
  });
});
