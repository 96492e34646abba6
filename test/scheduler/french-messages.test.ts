// What the scheduler sends a French-speaking Belgian organisation: the manager's nudges and HR's
// escalation in French, with French dates, "d’Anna" before a vowel and the party's article.
import { FakeConnector } from '../support/fake-connector';
import { cardText, makeRig, runUntil } from '../support/scheduler-rig';
import { oneCaseWorld, VirtualClock } from '../support/scheduler-world';

const connector = new FakeConnector();
beforeAll(() => connector.start());
afterAll(() => connector.stop());

it('nudges the manager and escalates to HR in French', async () => {
  const w = await oneCaseWorld({ serviceUrl: connector.url, settings: { jurisdiction: 'BE', locale: 'fr-BE', timeZone: 'Europe/Brussels', employerSize: 60 } });
  try {
    const clock = new VirtualClock(Date.parse('2026-01-05T07:00:00Z'));
    const rig = makeRig(w.store, clock);
    await rig.replanner.replan('t1', 'c1');
    await runUntil(w.store, clock, [rig.scheduler], 't1', ['c1'], '2026-01-15T00:00:00Z');

    const toManager = connector.delivered('conv-m1').map(cardText).join('\n');
    expect(toManager).toContain('Bonjour Sanne, une chose vous attend');
    expect(toManager).toContain('C’est le moment de prendre des nouvelles d’Anna de Vries.');
    expect(toManager).toContain('Votre contact avec Anna de Vries était prévu pour le mar. 6 janv. 2026');

    const toHr = connector.delivered('conv-hr').map(cardText).join('\n');
    expect(toHr).toContain('Remettre le certificat médical à l’employeur · Anna de Vries');
    expect(toHr).toContain('Cette étape revient au travailleur.');
    expect(toHr).toContain('Attention requise : Anna de Vries');
    expect(toHr).toContain('Remettre le certificat médical à l’employeur a 3 jours de retard (au plus tard le mar. 6 janv. 2026).');
    expect(`${toManager}\n${toHr}`).not.toMatch(/Hallo|Aandacht nodig|over tijd|\bde Anna\b/);
  } finally {
    await w.dispose();
  }
});
