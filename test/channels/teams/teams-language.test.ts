// The person's chosen language wins over the Teams client's: after "taal nl" in an English client,
// also the notes the Teams adapter adds itself (the banner after a button press) are Dutch.
import { startTestApp, type TestApp } from '../../support/app-harness';
import type { RecordedCall } from '../../support/fake-connector';
import { cardOf, cardText, submitActions, type TeamsUser } from '../../support/teams-client';

const marleen: TeamsUser = { id: 'marleen', aadObjectId: 'aad-marleen', name: 'Marleen de Vries' };

function said(calls: RecordedCall[]): string {
  return calls.map((c) => c.body.text ?? cardText(cardOf(c))).join('\n');
}

describe('Teams: the chosen language, in an English Teams client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-05T09:30:00Z', locale: 'en-US' });
    await t.teams.install(marleen);
  });
  afterAll(() => t.stop());

  it('answers in English until the person chooses Dutch', async () => {
    const help = await t.teams.say(marleen, 'help');
    const press = submitActions(cardOf(help.at(-1)!)).find((a) => a.data.action === 'cases.list')!;
    const answer = (await t.teams.submit(marleen, 'help-card', press.data)).at(-1)!;
    expect(answer.body.text).toBe('You will find my answer below in the chat.');
  });

  it('after "taal nl", a press on a Dutch card gets the Dutch note, not the client\'s English', async () => {
    expect(said(await t.teams.say(marleen, 'taal nl'))).toMatch(/Nederlands/);
    const help = await t.teams.say(marleen, 'hulp');
    expect(said(help)).toContain('Wat Herstart voor je doet');
    const press = submitActions(cardOf(help.at(-1)!)).find((a) => a.data.action === 'cases.list')!;
    const replies = await t.teams.submit(marleen, 'help-card-2', press.data);
    expect(said(replies.slice(0, -1))).toContain('Je hebt geen lopende casussen');
    expect(replies.at(-1)!.body.text).toBe('Je vindt mijn antwoord hieronder in de chat.');
  });

  it('answers a press it cannot read in the chosen language too', async () => {
    const res = await t.teams.post(
      t.teams.activity(marleen, t.teams.personal(marleen), { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute' } } }),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).value).toBe('Deze knop kon ik niet verwerken; er is niets opgeslagen. Typ "hulp" om opnieuw te beginnen.');
  });
});
