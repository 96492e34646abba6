// Every text on the cards a manager and an employee see can be read in Teams' light and dark themes
// (WCAG AA: 4.5:1), and what stands out does so by weight and words as well as colour, so it still
// stands out in high contrast, where Teams draws every colour as plain text. The cards come from a
// walk over HTTP against the started server; every template is checked as written too.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApp, type TestApp } from '../../support/app-harness';
import { actionData, cardWith, tick } from '../../support/checkin-helpers';
import { cardOf, cardText, inputOf, type TeamsUser } from '../../support/teams-client';
import { contrastIn, textsOf, type TextInCard } from '../../support/teams-themes';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };
const team = { id: '19:team-general@thread.tacv2', conversationType: 'channel' as const };
const AA = 4.5;

function unreadable(cards: any[]): string[] {
  const problems: string[] = [];
  for (const card of cards) {
    for (const t of textsOf(card)) {
      for (const theme of ['light', 'dark'] as const) {
        const ratio = contrastIn(theme, t);
        if (ratio < AA) problems.push(`${theme}: ${ratio.toFixed(2)}:1 for ${t.color}${t.isSubtle ? ' (subtle)' : ''} "${t.text.slice(0, 50)}"`);
      }
      if (standsOutByColourOnly(t)) problems.push(`high contrast: "${t.text.slice(0, 50)}" stands out by colour (${t.color}) alone`);
    }
  }
  return problems;
}

const standsOutByColourOnly = (t: TextInCard) => t.color !== 'default' && t.weight !== 'bolder';

describe('Teams: cards readable in light, dark and high-contrast themes', () => {
  let t: TestApp;
  const seen: any[] = [];
  const keep = (calls: Awaited<ReturnType<TestApp['teams']['say']>>) => {
    for (const c of calls) {
      const card = cardOf(c);
      if (card) seen.push(card);
    }
    return calls;
  };

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-05T09:30:00Z' });
    keep(await t.teams.install(marleen));
    t.connector.setRoster(team.id, [
      { id: '29:marleen', name: marleen.name, aadObjectId: marleen.aadObjectId },
      { id: '29:sanne', name: sanne.name, aadObjectId: sanne.aadObjectId },
    ]);
    await t.teams.install(marleen, team);
    // Sick since late January: one legal step overdue, one due this coming week.
    const intake = cardWith(keep(await t.teams.say(marleen, 'ziekmelding')), 'intake.submit');
    const sanneId = inputOf(intake, 'employeeId').choices.find((c: any) => c.title === sanne.name).value;
    keep(await t.teams.submit(marleen, 'x', { ...actionData(intake, 'intake.submit'), employeeId: sanneId, firstSickDay: '2026-01-27', expected: 'weeks' }));
    const tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
    const caseId = (await t.app.store.cases.list(tenantId))[0]!.value.id;
    const form = cardWith(keep(await t.teams.submit(marleen, 'x', { action: 'outcome.open', cardId: 'o-1', caseId })), 'outcome.submit');
    keep(await t.teams.submit(marleen, 'o-1', { ...actionData(form, 'outcome.submit'), date: '2026-03-04', kind: 'call', mood: 'good', notes: 'Haar rug doet zeer.' }));
    // The tick sends the manager's nudges (an overdue step) and, the case being reported late, Sanne's invitation.
    const invite = cardWith(keep(await tick(t)), 'checkin.consent');
    keep(await t.teams.say(sanne, 'hulp'));
    const checkin = cardWith(keep(await t.teams.submit(sanne, 'i-1', actionData(invite, 'checkin.consent', { choice: 'yes' }))), 'checkin.submit');
    keep(await t.teams.submit(sanne, 'c-1', { ...actionData(checkin, 'checkin.submit'), energy: '3' }));
  });
  afterAll(() => t.stop());

  it('walked the cards with the coloured parts: a due-soon and an overdue step, privacy hints, a notice, a saved mark', () => {
    const all = seen.map(cardText).join('\n');
    for (const part of ['binnenkort', 'te laat', 'Geen medische informatie', 'Schrijf niets over je ziekte', 'leek medische informatie', 'Dank je wel']) {
      expect(all).toContain(part);
    }
  });

  it('keeps every text at WCAG AA contrast in light and dark, and makes emphasis visible without colour', () => {
    expect(unreadable(seen)).toEqual([]);
  });

  it('writes no colour into any card template that fails a theme', () => {
    const dir = path.join(__dirname, '../../../cards');
    const templates = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.sample.json'));
    const problems = templates.flatMap((f) => {
      const card = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
      // A colour bound from data (`${color}`) is checked on the walked cards above.
      const literal = textsOf(card).filter((x) => !x.color.includes('${'));
      return unreadable([{ body: literal.map((x) => ({ type: 'TextBlock', ...x })) }]).map((p) => `${f}: ${p}`);
    });
    expect(problems).toEqual([]);
  });
});
