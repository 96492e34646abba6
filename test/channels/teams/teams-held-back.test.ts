// A note that reads as medical is held back, and it must not come back in Herstart's own messages:
// the form returns in place of the submitted one (one live form, not two), without the note, and
// the notice does not quote the words either. Over HTTP, as Teams presses (Action.Execute).
import { startTestApp, type TestApp } from '../../support/app-harness';
import { actionData, cardWith, reportedCase } from '../../support/checkin-helpers';
import type { RecordedCall } from '../../support/fake-connector';
import { cardOf, cardText, inputOf, type TeamsUser } from '../../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };
const sanne: TeamsUser = { id: 'sanne', aadObjectId: 'aad-sanne', name: 'Sanne Jansen' };

/** Everything the bot put anywhere during the turn: chat messages, updates and the invoke answer. */
const everything = (calls: RecordedCall[]) => JSON.stringify(calls.map((c) => c.body));

describe('Teams: a held-back medical note stays out of the chat', () => {
  let t: TestApp;
  let tenantId = '';
  let caseId = '';
  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-05T09:30:00Z' });
    ({ tenantId, caseId } = await reportedCase(t, marleen, sanne, '2026-03-02'));
  });
  afterAll(() => t.stop());

  it('re-shows the conversation form in place of the submitted one, without the note and without quoting it', async () => {
    const form = cardWith(await t.teams.submit(marleen, 'x', { action: 'outcome.open', cardId: 'o-1', caseId }), 'outcome.submit');
    const note = 'Haar knie speelt weer op en ze gaat naar de fysiotherapeut.';
    const replies = await t.teams.submit(marleen, 'form-1', {
      ...actionData(form, 'outcome.submit'),
      date: '2026-03-04', kind: 'video', mood: 'mixed', agreements: 'contact', wishes: '', nextContact: '2026-03-11', flagHr: 'false', concern: '', notes: note,
    });
    // Nothing new in the chat: the answer to the press itself is the form again.
    expect(replies.filter((c) => c.method === 'POST')).toEqual([]);
    const answer = replies.at(-1)!;
    expect(answer.method).toBe('INVOKE');
    const again = cardOf(answer);
    expect(cardText(again)).toContain('leek medische informatie te bevatten');
    expect(inputOf(again, 'notes').value).toBe('');
    expect(inputOf(again, 'kind').value).toBe('video');
    expect(inputOf(again, 'nextContact').value).toBe('2026-03-11');
    const all = everything(replies);
    for (const word of ['knie', 'speelt weer op', 'fysiotherapeut']) expect(all).not.toContain(word);
    expect(await t.app.store.records.list(tenantId, { caseId, kind: 'outcome' })).toHaveLength(0);
  });

  it('does the same for an employee\'s check-in note', async () => {
    await t.teams.say(sanne, 'hallo');
    const invite = cardWith(await t.teams.say(sanne, 'check-in'), 'checkin.consent');
    const form = cardWith(await t.teams.submit(sanne, 'i-1', actionData(invite, 'checkin.consent', { choice: 'yes' })), 'checkin.submit');
    const replies = await t.teams.submit(sanne, 'f-1', { ...actionData(form, 'checkin.submit'), energy: '3', progress: '2', help: 'nothing', note: 'Mijn migraine is erg' });
    expect(replies.filter((c) => c.method === 'POST')).toEqual([]);
    const again = cardOf(replies.at(-1)!);
    expect(cardText(again)).toContain('leek iets medisch te bevatten');
    expect(inputOf(again, 'note').value).toBe('');
    expect(inputOf(again, 'energy').value).toBe('3');
    expect(everything(replies)).not.toContain('migraine');
    expect(await t.app.store.records.list(tenantId, { kind: 'checkin' })).toHaveLength(0);
  });
});
