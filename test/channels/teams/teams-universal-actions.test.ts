// Buttons in Teams are Action.Execute: the press arrives as an `adaptiveCard/action` invoke and the
// answer to that request carries the card that replaces the form. The Emulator and cards posted
// with Action.Submit keep working through the message path, where the form is updated in place.
import { toUniversalActions } from '../../../src/channels/teams/universal-actions';
import { startTestApp, type TestApp } from '../../support/app-harness';
import type { RecordedCall } from '../../support/fake-connector';
import { cardOf, cardText, submitActions, type TeamsUser } from '../../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanne = { id: '29:sanne', name: 'Sanne Jansen', aadObjectId: 'aad-sanne' };
const mention = { type: 'mention', mentioned: { id: sanne.id, name: sanne.name }, text: `<at>${sanne.name}</at>` };
const shown = (calls: RecordedCall[]) => calls.map((c) => c.body.text ?? cardText(cardOf(c))).join('\n');

describe('toUniversalActions', () => {
  const card = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Open', data: { action: 'case.open', caseId: 'c1' } }] }],
    actions: [
      { type: 'Action.Submit', title: 'Save', data: { action: 'outcome.submit', cardId: 'k' } },
      { type: 'Action.Submit', title: 'No action name', data: { other: 1 } },
      { type: 'Action.OpenUrl', title: 'Read', url: 'https://example.org' },
      { type: 'Action.ShowCard', title: 'More', card: { type: 'AdaptiveCard', actions: [{ type: 'Action.Submit', title: 'Deep', data: { action: 'x.y' } }] } },
    ],
  };

  it('turns every submit button with an action name into Action.Execute with that verb, nested ones too', () => {
    const up = toUniversalActions(card) as any;
    expect(up.body[0].actions[0]).toEqual({ type: 'Action.Execute', verb: 'case.open', title: 'Open', data: { action: 'case.open', caseId: 'c1' } });
    expect(up.actions[0]).toMatchObject({ type: 'Action.Execute', verb: 'outcome.submit' });
    expect(up.actions[3].card.actions[0]).toMatchObject({ type: 'Action.Execute', verb: 'x.y' });
  });

  it('leaves other actions, and the template it was given, as they were', () => {
    const before = JSON.stringify(card);
    const up = toUniversalActions(card) as any;
    expect(up.actions[1].type).toBe('Action.Submit');
    expect(up.actions[2]).toEqual(card.actions[2]);
    expect(JSON.stringify(card)).toBe(before);
  });
});

describe('Teams: buttons over HTTP', () => {
  let t: TestApp;
  let tenantId = '';
  let caseId = '';

  beforeAll(async () => {
    t = await startTestApp();
    await t.teams.install(marleen);
    tenantId = (await t.app.store.tenants.findByChannelKey('teams:tenant-contoso'))!.value.id;
    const intake = (await t.teams.say(marleen, `ziekmelding <at>${sanne.name}</at>`, undefined, [mention])).map(cardOf).find(Boolean);
    const submit = submitActions(intake).find((a) => a.data.action === 'intake.submit')!.data;
    await t.teams.submit(marleen, 'card', { ...submit, firstSickDay: '2026-03-02', expected: 'unknown' });
    caseId = (await t.app.store.cases.list(tenantId))[0]!.value.id;
  });
  afterAll(() => t.stop());

  it('answers a button that opens something new with a note on the card and the form in the chat', async () => {
    const replies = await t.teams.submit(marleen, 'case-card', { action: 'outcome.open', cardId: 'c-open', caseId });
    const answer = replies.at(-1)!;
    expect(answer.method).toBe('INVOKE');
    expect(answer.body).toMatchObject({ type: 'invokeNote', answerType: 'application/vnd.microsoft.activity.message' });
    expect(answer.body.text).toContain('hieronder in de chat');
    const form = replies.filter((r) => r.method === 'POST').map(cardOf).find(Boolean);
    expect(submitActions(form).map((a) => a.data.action)).toContain('outcome.submit');
    expect(JSON.stringify(form)).toContain('"type":"Action.Execute"');
  });

  it('answers a press it cannot read with a friendly note and saves nothing', async () => {
    const before = (await t.app.store.records.list(tenantId, { caseId })).length;
    const res = await t.teams.post(
      t.teams.activity(marleen, t.teams.personal(marleen), { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute' } } }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { statusCode: number; type: string; value: string };
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(body.value).toContain('niets opgeslagen');
    expect((await t.app.store.records.list(tenantId, { caseId })).length).toBe(before);
  });

  it('still handles an Action.Submit press from a card posted before, updating that card in place', async () => {
    const replies = await t.teams.submitMessage(marleen, 'old-card-activity', {
      action: 'outcome.submit', cardId: 'c-old', caseId, date: '2026-03-04', kind: 'call', mood: 'good', agreements: 'contact', wishes: '', nextContact: '', flagHr: 'false', concern: '', notes: '',
    });
    const put = replies.find((r) => r.method === 'PUT');
    expect(put?.activityId).toBe('old-card-activity');
    expect(cardText(cardOf(put!))).toContain('opgeslagen');
    expect(await t.app.store.records.list(tenantId, { caseId, kind: 'outcome' })).toHaveLength(1);
  });

  it('keeps Action.Submit for the Emulator, which does not know Action.Execute', async () => {
    const replies = await t.teams.turn(t.teams.activity(marleen, t.teams.personal(marleen), { type: 'message', text: 'hulp', channelId: 'emulator' }));
    const card = replies.map(cardOf).find(Boolean);
    expect(submitActions(card).length).toBeGreaterThan(0);
    expect(JSON.stringify(card)).not.toContain('Action.Execute');
  });

  it('tells the chat when a save fails, and points there from the card', async () => {
    const append = t.app.store.records.append;
    t.app.store.records.append = () => Promise.reject(new Error('disk on fire'));
    try {
      const replies = await t.teams.submit(marleen, 'card-x', {
        action: 'outcome.submit', cardId: 'c-fail', caseId, date: '2026-03-05', kind: 'call', mood: 'good', agreements: 'contact', wishes: '', nextContact: '', flagHr: 'false', concern: '', notes: '',
      });
      expect(shown(replies.filter((r) => r.method === 'POST'))).toContain('Er is niets opgeslagen');
      expect(replies.at(-1)!.body.text).toContain('hieronder in de chat');
    } finally {
      t.app.store.records.append = append;
    }
  });

  it('answers a press the core took in without a word with a short note, not a pointer to nothing', async () => {
    const handle = t.app.core.handle;
    t.app.core.handle = () => Promise.resolve({ messages: [] });
    try {
      const replies = await t.teams.submit(marleen, 'card-z', { action: 'outcome.open', cardId: 'c-quiet', caseId });
      expect(replies).toHaveLength(1);
      expect(replies[0]!.body.text).toBe('Genoteerd.');
    } finally {
      t.app.core.handle = handle;
    }
  });

  it('still answers the press, with an apology, when the turn itself breaks', async () => {
    const handle = t.app.core.handle;
    t.app.core.handle = () => Promise.reject(new Error('bug'));
    try {
      const replies = await t.teams.submit(marleen, 'card-y', { action: 'outcome.open', cardId: 'c-bug', caseId });
      expect(replies.at(-1)).toMatchObject({ method: 'INVOKE', status: 200 });
      expect(replies.at(-1)!.body.text).toContain('niet verwerkt');
      expect(shown(replies.filter((r) => r.method === 'POST'))).toContain('niet verwerkt');
    } finally {
      t.app.core.handle = handle;
    }
  });
});

describe('HERSTART_TEAMS_BUTTONS=submit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { HERSTART_TEAMS_BUTTONS: 'submit' } });
  });
  afterAll(() => t.stop());

  it('sends Action.Submit buttons in Teams too, and updates the form in place after a press', async () => {
    const welcome = await t.teams.install(marleen);
    const setup = welcome.map(cardOf).find((c) => c && submitActions(c).some((a) => a.data.action === 'setup.submit'));
    expect(JSON.stringify(setup)).not.toContain('Action.Execute');
    const submit = submitActions(setup).find((a) => a.data.action === 'setup.submit')!.data;
    const replies = await t.teams.submitMessage(marleen, 'setup-card', { ...submit, jurisdiction: 'NL', employerSize: '40', locale: 'nl-NL', iAmHr: 'false' });
    expect(replies.find((r) => r.method === 'PUT')?.activityId).toBe('setup-card');
  });

  it('refuses a value it does not know at start-up', async () => {
    await expect(startTestApp({ env: { HERSTART_TEAMS_BUTTONS: 'both' } })).rejects.toThrow(/HERSTART_TEAMS_BUTTONS/);
  });
});
