// The check-in as an employee and a manager meet it in Teams: every question may be skipped, as
// the form promises; one answer is no trend; the next check-in is named on a day Herstart sends;
// and the texts read as a person would write them. Over HTTP against the started server.
import { startTestApp, type TestApp } from '../../support/app-harness';
import { actionData, cardWith, reportedCase, shown } from '../../support/checkin-helpers';
import { cardOf, cardText, inputOf, type TeamsUser } from '../../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };

const count = (text: string, part: string) => text.split(part).length - 1;

describe('Teams: check-ins as people meet them', () => {
  let t: TestApp;
  let tenantId = '';
  let caseId = '';
  const sanneChat = () => t.teams.personal(sanne);
  const answers = async () => (await t.app.store.records.list(tenantId, { kind: 'checkin' })).map((r) => r.data);
  const guide = async (cardId: string) => {
    const replies = await t.teams.submit(marleen, 'x', { action: 'prepare.open', cardId, caseId });
    return replies.map(cardOf).find((c) => c && cardText(c).includes('Check-ins van Sanne Jansen'));
  };

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-05T09:30:00Z' });
    ({ tenantId, caseId } = await reportedCase(t, marleen, sanne, '2026-03-02'));
  });
  afterAll(() => t.stop());

  let invite: any;
  it('does not repeat "who sees what" in the invitation when the welcome just showed it', async () => {
    const welcome = await t.teams.say(sanne, 'hulp');
    const help = cardWith(welcome, 'checkin.start');
    expect(cardText(help)).toContain('Wie ziet wat');
    invite = cardWith(await t.teams.submit(sanne, 'help-1', actionData(help, 'checkin.start'), sanneChat()), 'checkin.consent');
    const text = cardText(invite);
    expect(text).not.toContain('Jij ziet al je antwoorden en kunt ze altijd verwijderen.');
    expect(text).not.toContain('Je leidinggevende gebruikt mij');
    expect(text).toContain('hierboven');
    expect(text).toContain('Hoe vaak');
  });

  it('makes every question optional, as the form says: a check-in with only a note is taken', async () => {
    const form = cardWith(await t.teams.submit(sanne, 'inv-1', actionData(invite, 'checkin.consent', { choice: 'yes' }), sanneChat()), 'checkin.submit');
    for (const id of ['energy', 'progress', 'help']) expect(inputOf(form, id).isRequired ?? false).toBe(false);
    expect(cardText(form)).toContain('sla over wat je niet wilt invullen');
    t.clock.set('2026-03-14T10:00:00Z'); // a Saturday: check-ins may be answered any day
    const saved = await t.teams.submit(sanne, 'f-1', { ...actionData(form, 'checkin.submit'), energy: '', progress: '', help: '', note: 'Ik wil graag rustig opbouwen' }, sanneChat());
    expect(shown(saved)).toContain('Dank je wel voor je check-in');
    expect(await answers()).toEqual([
      { on: '2026-03-14', energy: null, progress: null, help: null, note: 'Ik wil graag rustig opbouwen', shareWithManager: false, shareWithHr: false },
    ]);
  });

  it('names a day Herstart really sends the next check-in on: not the Saturday two weeks on, the Monday after', async () => {
    const [reply] = (await t.teams.say(sanne, 'check-in')).filter((c) => cardOf(c));
    const form = cardOf(reply!);
    const saved = shown(await t.teams.submit(sanne, 'f-2', { ...actionData(form, 'checkin.submit') }, sanneChat()));
    expect(saved).toContain('Je volgende check-in komt rond maandag 30 maart 2026');
    expect(saved).not.toContain('zaterdag');
    const pending = (await t.app.store.reminders.listForCase(tenantId, caseId)).filter((r) => r.kind === 'checkin' && r.state === 'pending');
    expect(pending.map((r) => r.dueAt)).toEqual(['2026-03-30T07:00:00.000Z']); // 09:00 in Amsterdam, summer time
    expect((await answers()).at(-1)).toMatchObject({ energy: null, progress: null, help: null, note: null });
  });

  it('shows no trend from a single answer', async () => {
    const form = cardWith(await t.teams.say(sanne, 'check-in'), 'checkin.submit');
    await t.teams.submit(sanne, 'f-3', { ...actionData(form, 'checkin.submit'), energy: '2', progress: '', help: 'nothing' }, sanneChat());
    const text = cardText(await guide('p-1'));
    expect(text).toContain('te vroeg voor een trend (nu laag)');
    expect(text).not.toContain('blijft gelijk');
  });

  it('names the employee once in the manager\'s check-in overview, not four times', async () => {
    const card = await guide('p-2');
    const text = cardText(card);
    expect(card.body[0].text).toBe('Check-ins van Sanne Jansen');
    expect(count(text, 'Sanne Jansen')).toBe(1);
  });

  it('shows a trend once there are two answers', async () => {
    const form = cardWith(await t.teams.say(sanne, 'check-in'), 'checkin.submit');
    await t.teams.submit(sanne, 'f-4', { ...actionData(form, 'checkin.submit'), energy: '4', progress: '', help: '' }, sanneChat());
    expect(cardText(await guide('p-3'))).toContain('gaat beter (nu midden)');
  });
});
