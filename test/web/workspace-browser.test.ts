// The workspace in a real Chromium: sign in with a link from a chat turn over HTTP, see the cases
// made through the bot, filter, open a case, download the CSV, answer an escalation and see the
// card's state change, sign out; a manager sees only their own cases; every page passes axe-core
// (no serious or critical violations) in every theme, and in French for a manager who chose it.
import { readFileSync } from 'node:fs';
import type { Browser as Chromium, BrowserContext, Page } from 'playwright-core';
import { hasChromium, launch, seriousViolations, CHROMIUM } from '../support/chromium';
import { cardOf, cardText } from '../support/teams-client';
import { askForLink, escalate, hrTeam, marleen, piet, startWebWorld, type WebWorld } from '../support/web-world';

if (!hasChromium) {
  // eslint-disable-next-line no-console
  console.warn(`Workspace browser tests DID NOT RUN: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
}
const suite = hasChromium ? describe : describe.skip;

suite('the workspace in Chromium', () => {
  let w: WebWorld;
  let browser: Chromium;
  let hrContext: BrowserContext;
  let page: Page;
  let card: any;

  const url = (path: string) => `${w.t.url}${path}`;
  const accessible = async (p: Page, what: string) => expect({ what, violations: await seriousViolations(p) }).toEqual({ what, violations: [] });

  async function signInIn(context: BrowserContext, who: typeof marleen): Promise<Page> {
    const p = await context.newPage();
    await p.goto(url(await askForLink(w.teams, who)));
    await accessible(p, 'link page');
    await Promise.all([p.waitForURL(url('/')), p.getByRole('button').click()]);
    return p;
  }

  beforeAll(async () => {
    w = await startWebWorld();
    card = await escalate(w);
    browser = await launch();
    hrContext = await browser.newContext({ bypassCSP: true, acceptDownloads: true, locale: 'nl-NL' });
    page = await signInIn(hrContext, marleen);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await w?.stop();
  });

  it('shows the cases made through the bot', async () => {
    expect(await page.locator('h1').textContent()).toBe('Alle lopende casussen');
    const names = await page.locator('table.cases tbody th[scope=row]').allTextContents();
    expect(names.sort()).toEqual(['Ahmed El Amrani', 'Sanne Jansen']);
    await accessible(page, 'cases');
  });

  it('filters with the form and sorts with a header', async () => {
    await page.getByLabel('Leidinggevende').selectOption({ label: 'Piet Bakker' });
    await Promise.all([page.waitForURL(/manager=/), page.getByRole('button', { name: 'Toon' }).click()]);
    expect(await page.locator('table.cases tbody th[scope=row]').allTextContents()).toEqual(['Ahmed El Amrani']);
    await accessible(page, 'cases, filtered');
    await Promise.all([page.waitForURL(url('/')), page.getByRole('link', { name: 'Alles tonen' }).click()]);
    await Promise.all([page.waitForURL(/sort=employee/), page.getByRole('link', { name: /^Medewerker/ }).click()]);
    expect(await page.locator('table.cases tbody th[scope=row]').allTextContents()).toEqual(['Ahmed El Amrani', 'Sanne Jansen']);
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
  });

  it('downloads the CSV of what is shown', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /als CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('herstart-casussen-2026-03-05.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Sanne Jansen;Marleen de Vries;NL;Uitval');
    expect(csv).toContain('Ahmed El Amrani;Piet Bakker;NL;Uitval');
  });

  it('opens a case', async () => {
    await Promise.all([page.waitForURL(/\/cases\//), page.getByRole('link', { name: 'Ahmed El Amrani' }).click()]);
    expect(await page.locator('h1').textContent()).toBe('Ahmed El Amrani');
    expect(await page.getByRole('heading', { name: 'Wettelijke tijdlijn' }).count()).toBe(1);
    expect(await page.locator('ul.task-list li.task').first().textContent()).toMatch(/^Probleemanalyse \(advies van de bedrijfsarts\)Uiterlijk .*Nog niet aan de beurt$/);
    await accessible(page, 'case');
  });

  it('downloads the case file from the case page; HR\'s download is in the audit log', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Dossier downloaden (pdf)' }).click()]);
    expect(download.suggestedFilename()).toBe('dossier-Ahmed El Amrani-2026-03-05.pdf');
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    // The CSV before wrote its own export entry ('web'); the file's says which file.
    const exports = (await w.t.app.store.audit.list(w.tenantId, { caseId: w.caseOf['Ahmed El Amrani'] })).filter((a) => a.action === 'export');
    expect(exports.map((a) => a.detail)).toEqual(['web', 'web file.pdf']);
  });

  it('answers an escalation on the page; the card in the chat shows the same state', async () => {
    await Promise.all([page.waitForURL(url('/escalations')), page.getByRole('link', { name: 'Meldingen' }).click()]);
    await accessible(page, 'escalations');
    const take = card.actions.find((a: any) => a.verb === 'escalation.take').title;
    await Promise.all([page.waitForURL(url('/escalations')), page.getByRole('button', { name: take }).first().click()]);
    expect(await page.locator('.escalation .state').first().textContent()).toContain('Opgepakt door Marleen de Vries');
    await accessible(page, 'escalations, answered');
    const refreshed = await w.teams.submit(marleen, 'esc', card.refresh.action.data, hrTeam);
    expect(cardText(cardOf(refreshed.find((r) => r.method === 'INVOKE')!))).toContain('Opgepakt door Marleen de Vries');
  });

  it('shows figures and what helps, hiding small groups, in every theme', async () => {
    for (const path of ['/figures?by=quarter', '/helps', '/figures']) {
      await page.goto(url(path));
      expect(await page.locator('main').textContent()).toMatch(/minder dan 5/);
      await accessible(page, path);
    }
    // The appearance choice applies itself (a small script submits the form); each theme passes axe, contrast included.
    for (const [label, value] of [['Donker', 'dark'], ['Hoog contrast', 'contrast'], ['Licht', 'light']]) {
      await Promise.all([page.waitForURL(url('/figures')), page.getByLabel('Weergave').selectOption({ label })]);
      await page.waitForFunction((v) => document.documentElement.dataset.theme === v, value);
      await accessible(page, `figures (${value})`);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await Promise.all([page.waitForURL(url('/figures')), page.getByLabel('Weergave').selectOption({ label: 'Automatisch' })]);
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'auto');
    await accessible(page, 'figures (automatic, dark system)');
  }, 90_000);

  it('signs out', async () => {
    await page.goto(url('/'));
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForSelector('text=Je bent afgemeld');
    await accessible(page, 'signed out');
    const res = await page.goto(url('/'));
    expect(res!.status()).toBe(401);
    await accessible(page, 'sign-in needed');
  });

  it('a manager sees only their own cases', async () => {
    const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL' });
    const p = await signInIn(context, piet);
    expect(await p.locator('h1').textContent()).toBe('Mijn lopende casussen');
    expect(await p.locator('table.cases tbody th[scope=row]').allTextContents()).toEqual(['Ahmed El Amrani']);
    expect(await p.getByRole('link', { name: 'Meldingen' }).count()).toBe(0);
    await accessible(p, 'manager cases');
    // Another manager's case file: not found, and nothing of it shown.
    const refused = await p.goto(url(`/cases/${w.caseOf['Sanne Jansen']}/file.pdf`));
    expect(refused!.status()).toBe(404);
    expect(await p.locator('main').textContent()).not.toContain('Sanne');
    await context.close();
  });

  it('the Teams tab outside Teams says where to sign in instead', async () => {
    const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL' });
    const p = await context.newPage();
    await p.goto(url('/tab'));
    await p.waitForSelector('text=Deze pagina werkt in Microsoft Teams', { timeout: 15_000 });
    await accessible(p, 'tab outside Teams');
    await context.close();
  }, 30_000);

  it('speaks French to a manager who chose it, and the French pages pass axe-core too', async () => {
    expect((await w.teams.say(piet, 'langue fr')).map((r) => r.body.text).join('\n')).toContain('Je vous écrirai désormais en français.');
    const context = await browser.newContext({ bypassCSP: true, locale: 'fr-BE' });
    const p = await signInIn(context, piet);
    expect(await p.locator('html').getAttribute('lang')).toBe('fr-BE');
    expect(await p.locator('h1').textContent()).toBe('Mes dossiers en cours');
    await accessible(p, 'manager cases, French');
    await Promise.all([p.waitForURL(/\/cases\//), p.getByRole('link', { name: 'Ahmed El Amrani' }).click()]);
    expect(await p.getByRole('link', { name: 'Retour aux dossiers' }).count()).toBe(1);
    expect(await p.locator('main').textContent()).toContain('Malade depuis le');
    await accessible(p, 'a case, French');
    await context.close();
  });
});
