// The workspace's pages over HTTP with cases made through the bot: what HR and a manager see,
// the CSV, the case page, escalations answered on the page and on the card alike, the figures'
// small-group rule, and the audit log.
import { openCase } from '../../src/domain/case-events';
import { cardOf, cardText } from '../support/teams-client';
import { Browser, ahmed, askForLink, csrfOf, escalate, hrTeam, marleen, piet, sanne, signIn, startWebWorld, type WebWorld } from '../support/web-world';

let w: WebWorld;
let hr: Browser;
let manager: Browser;
let card: any;

beforeAll(async () => {
  w = await startWebWorld();
  card = await escalate(w);
  hr = new Browser(w.t.url);
  await signIn(hr, await askForLink(w.teams, marleen));
  manager = new Browser(w.t.url);
  await signIn(manager, await askForLink(w.teams, piet));
});
afterAll(() => w.stop());

const text = async (b: Browser, path: string) => {
  const res = await b.get(path);
  expect(res.status).toBe(200);
  return res.text();
};
const rowsOf = (html: string) => [...html.matchAll(/<th scope="row"><a href="\/cases\/[^"]+">([^<]+)<\/a><\/th>/g)].map((m) => m[1]);

describe('cases', () => {
  it('HR sees every open case made in the chat, with its next legal step and open escalations', async () => {
    const html = await text(hr, '/');
    expect(rowsOf(html).sort()).toEqual([ahmed.name, sanne.name]);
    expect(html).toContain('Ziekmelding bij de arbodienst');
    const row = /<tr>\s*<th scope="row"><a[^>]*>Sanne[\s\S]*?<\/tr>/.exec(html)![0];
    // Two escalations wait: the concern Marleen flagged and the report to the occupational service, overdue since 8 Feb.
    // The arbo report overdue is also the file's risk: the same completeness check the file prints.
    expect(row).toMatch(/<td class="num late">1<\/td>\s*<td class="late">1 risico<\/td>\s*<td class="num">2<\/td>\s*<\/tr>$/);
  });

  it('filters by manager, phase, country and name, and sorts', async () => {
    const pietId = (await w.t.app.store.people.findByIdentity(w.tenantId, `teams:${piet.aadObjectId}`))!.value.id;
    expect(rowsOf(await text(hr, `/?manager=${pietId}`))).toEqual([ahmed.name]);
    expect(rowsOf(await text(hr, '/?q=sanne'))).toEqual([sanne.name]);
    expect(rowsOf(await text(hr, '/?country=BE'))).toEqual([]);
    expect(rowsOf(await text(hr, '/?phase=recovery'))).toEqual([]);
    expect(rowsOf(await text(hr, '/?overdue=1'))).toEqual([sanne.name]);
    expect(rowsOf(await text(hr, '/?file=risk'))).toEqual([sanne.name]);
    expect(rowsOf(await text(hr, '/?file=complete'))).toEqual([ahmed.name]);
    expect(rowsOf(await text(hr, '/?sort=file&dir=desc'))).toEqual([sanne.name, ahmed.name]);
    expect(rowsOf(await text(hr, '/?sort=employee&dir=desc'))).toEqual([sanne.name, ahmed.name]);
    expect(rowsOf(await text(hr, '/?sort=bogus&page=-4&phase=<script>'))).toHaveLength(2);
  });

  it('downloads exactly what the filters show as CSV, and audits the export', async () => {
    const res = await hr.get('/cases.csv?q=sanne');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe("attachment; filename=\"herstart-casussen-2026-03-05.csv\"; filename*=UTF-8''herstart-casussen-2026-03-05.csv");
    expect(res.headers.get('cache-control')).toBe('no-store');
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Medewerker;Leidinggevende;Land;Fase;Ziektedagen;Laatste contact;Volgend contact;Volgende wettelijke stap;Uiterlijk;Te laat;Dossier;Open meldingen');
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^Sanne Jansen;Marleen de Vries;NL;Uitval;32;2026-03-05;2026-03-12;.*;1 risico;2$/)]);
    const exports = (await w.t.app.store.audit.list(w.tenantId, { actorId: await hrId() })).filter((a) => a.action === 'export');
    // Marleen manages Sanne's case herself: looking at your own case is not an HR look.
    expect(exports).toEqual([]);
  });

  it('a manager sees only their own cases, in the list, the CSV and the case page', async () => {
    const html = await text(manager, '/');
    expect(html).toContain('Mijn lopende casussen');
    expect(rowsOf(html)).toEqual([ahmed.name]);
    expect(html).not.toContain('href="/escalations"');
    const csv = await (await manager.get('/cases.csv')).text();
    expect(csv).toContain('Ahmed El Amrani');
    expect(csv).not.toContain('Sanne');
    const other = await manager.get(`/cases/${w.caseOf[sanne.name]}`);
    expect(other.status).toBe(404);
    expect(await other.text()).not.toContain('Sanne');
    for (const path of ['/escalations', '/figures', '/helps']) expect((await manager.get(path)).status).toBe(403);
  });
});

async function hrId(): Promise<string> {
  return (await w.t.app.store.people.findByIdentity(w.tenantId, `teams:${marleen.aadObjectId}`))!.value.id;
}

describe('a case', () => {
  it('shows the timeline, the contact log and the escalation, never notes or check-ins; HR looks are audited', async () => {
    const html = await text(hr, `/cases/${w.caseOf[ahmed.name]}`);
    expect(html).toContain('<h1>Ahmed El Amrani</h1>');
    expect(html).toContain('Gemeld door</dt><dd>Piet Bakker');
    expect(html).toContain('Probleemanalyse door de bedrijfsarts');
    const reads = (await w.t.app.store.audit.list(w.tenantId, { caseId: w.caseOf[ahmed.name] })).filter((a) => a.action === 'read');
    expect(reads.map((a) => ({ actor: a.actorId, detail: a.detail }))).toEqual([{ actor: await hrId(), detail: 'web' }]);

    const own = await text(hr, `/cases/${w.caseOf[sanne.name]}`);
    expect(own).toContain('Minder uren of een rustiger tempo');
    expect(own).toContain('Opbouwschema');
    expect(own).toContain('Deels thuiswerken');
    expect(own).not.toMatch(/Moeizaam|moeizaam/);
    expect(own).toContain('Aandacht nodig: Sanne Jansen');
  });

  it('shows the case file as a task list, with the same findings the file prints', async () => {
    const html = await text(hr, `/cases/${w.caseOf[sanne.name]}`);
    const tasks = [...html.matchAll(/<li class="task"><div class="task-name">([^<]+)[\s\S]*?<strong class="tag (\w+)">/g)].map((m) => [m[1], m[2]]);
    expect(tasks.slice(0, 3)).toEqual([['Probleemanalyse (advies van de bedrijfsarts)', 'not_yet'], ['Plan van aanpak', 'not_yet'], ['Zienswijze medewerker: Plan van aanpak', 'not_yet']]);
    expect(html).toMatch(/Probleemanalyse \(advies van de bedrijfsarts\)<div class="hint">Uiterlijk /);
    // The report to the occupational service is overdue: no document of its own, so a step task, missing.
    expect(tasks).toContainEqual(['Ziekmelding bij de arbodienst', 'missing']);
    expect(html).toContain(`href="/cases/${w.caseOf[sanne.name]}/file.pdf"`);
  });

  it('downloads the case file through the chat link\'s own checks: HR is audited, a manager of another case is refused', async () => {
    const ahmedCase = w.caseOf[ahmed.name];
    const res = await hr.get(`/cases/${ahmedCase}/file.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="dossier-Ahmed-El-Amrani-2026-03-05\.pdf"/);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const json = await hr.get(`/cases/${ahmedCase}/file.json`);
    expect(((await json.json()) as { case: { id: string } }).case.id).toBe(ahmedCase);
    const exports = (await w.t.app.store.audit.list(w.tenantId, { caseId: ahmedCase })).filter((a) => a.action === 'export');
    expect(exports.map((a) => ({ actor: a.actorId, detail: a.detail }))).toEqual([
      { actor: await hrId(), detail: 'web file.pdf' },
      { actor: await hrId(), detail: 'web file.json' },
    ]);

    // Piet manages Ahmed's case, not Sanne's: not found, nothing of the file, nothing audited.
    const before = (await w.t.app.store.audit.list(w.tenantId, { caseId: w.caseOf[sanne.name] })).length;
    const refused = await manager.get(`/cases/${w.caseOf[sanne.name]}/file.pdf`);
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await refused.text()).not.toContain('Sanne');
    expect(await w.t.app.store.audit.list(w.tenantId, { caseId: w.caseOf[sanne.name] })).toHaveLength(before);
    expect((await manager.get(`/cases/${ahmedCase}/file.pdf`)).status).toBe(200);
    expect((await hr.get('/cases/case-of-another-tenant/file.pdf')).status).toBe(404);
  });

  it('says a case is not found for an unknown or foreign id', async () => {
    expect((await hr.get('/cases/case-of-another-tenant')).status).toBe(404);
  });
});

describe('escalations', () => {
  it('lists what waits, with the card\'s own words and buttons', async () => {
    const html = await text(hr, '/escalations');
    expect(html).toContain('Aandacht nodig: Sanne Jansen');
    expect(html).toContain('wil dat HR meekijkt (werkdruk of werkverdeling)');
    expect(html).toContain('value="escalation.take"');
  });

  it('taking it on in the page records it once and the card in the chat shows it', async () => {
    const html = await text(hr, '/escalations');
    const form = /<form method="post" action="\/escalations\/act"[\s\S]*?<\/form>/.exec(html)![0];
    const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(form)![1]!;
    const press = { csrf: csrfOf(html), caseId: field('caseId'), items: field('items'), form: field('form'), back: '/escalations', action: 'escalation.take' };
    const res = await hr.post('/escalations/act', press);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/escalations');
    expect((await hr.post('/escalations/act', press)).status).toBe(303);
    const states = await w.t.app.store.records.list(w.tenantId, { kind: 'escalation_state' });
    expect(states.map((s) => s.data.state)).toEqual(['taken']);

    const after = await text(hr, '/escalations');
    expect(after).toContain('Er wacht niets');
    expect(after).toContain('Opgepakt door Marleen de Vries op do 5 mrt 2026');
    // The card in the HR channel, refreshed as Teams does when someone looks at it.
    const refreshed = await w.teams.submit(marleen, 'esc', card.refresh.action.data, hrTeam);
    const shown = cardOf(refreshed.find((r) => r.method === 'INVOKE')!);
    expect(cardText(shown)).toContain('Opgepakt door Marleen de Vries op do 5 mrt 2026');
    expect(JSON.stringify(shown)).not.toContain('escalation.take');
  });

  it('refuses an answer without a valid form id or for an unknown action', async () => {
    const html = await text(hr, '/escalations');
    expect((await hr.post('/escalations/act', { csrf: csrfOf(html), caseId: 'x', items: 'e:x:y', form: 'short', action: 'escalation.take' })).status).toBe(400);
    expect((await hr.post('/escalations/act', { csrf: csrfOf(html), caseId: 'x', items: 'e:x:y', form: 'abcdefgh', action: 'case.delete' })).status).toBe(400);
  });
});

describe('figures and what helps', () => {
  it('hides every figure about fewer than 5 people and says why', async () => {
    const html = await text(hr, '/figures');
    expect(html).toContain('minder dan 5 mensen');
    expect(html).toContain('zou kunnen zien over wie het gaat');
    expect(html).not.toContain('Sanne');
    expect(html).not.toContain('Ahmed');
    // March: two reports (Ahmed's case and none other began in March), hidden.
    expect(html).toMatch(/<th scope="row">mrt 26[^<]*<span class="muted">\(tot vandaag\)<\/span><\/th><td class="num">minder dan 5 mensen<\/td><td class="num">minder dan 5 mensen<\/td>/);
  });

  it('shows them once five people are in the group', async () => {
    for (let i = 0; i < 4; i++) {
      const employee = await w.t.app.store.people.create({ id: `e-${i}`, tenantId: w.tenantId, displayName: `Collega ${i}`, roles: ['employee'], identities: [], createdAt: '2026-03-01T00:00:00Z' });
      await w.t.app.store.cases.create(
        openCase({ id: `c-${i}`, tenantId: w.tenantId, employeeId: employee.value.id, managerId: 'nobody', jurisdiction: 'NL', employerSize: 120, firstSickDay: `2026-03-0${i + 1}`, createdAt: '2026-03-01T00:00:00Z' }),
      );
    }
    const html = await text(hr, '/figures');
    // Five reports in March by five people; 120 employees; 5 days observed: 5 / 120 * 365 / 5.
    expect(html).toMatch(/<th scope="row">mrt 26[^<]*<span class="muted">\(tot vandaag\)<\/span><\/th><td class="num">[\d,]+%<\/td><td class="num">5<\/td><td class="num">3,04<\/td>/);
    const quarter = await text(hr, '/figures?by=quarter');
    expect(quarter).toContain('K1 2026'.replace('K', 'Q'));
  });

  it('what helps shows counts of people only, hidden under 5', async () => {
    const html = await text(hr, '/helps');
    expect(html).toContain('Afspraken vóór de terugkeer');
    expect(html).toContain('minder dan 5');
    expect(html).not.toContain('Sanne');
  });
});
