import { PHASES } from '../../../src/domain/case';
import { buildGuide, parseGuideOverrides, type GuideOverrides } from '../../../src/domain/guide';

function parsed(input: unknown): GuideOverrides {
  const result = parseGuideOverrides(input);
  if (!result.ok) throw new Error(`expected valid overrides, got: ${result.errors.join('; ')}`);
  return result.overrides;
}

function errorsOf(input: unknown): string[] {
  const result = parseGuideOverrides(input);
  if (result.ok) throw new Error('expected the overrides to be rejected');
  return result.errors;
}

const prompts = (phase: (typeof PHASES)[number], level: string, o?: GuideOverrides, locale: 'nl-NL' | 'nl-BE' | 'en' = 'nl-NL') =>
  buildGuide(phase, locale, 'NL', o).levels.find((l) => l.level === level)?.prompts ?? [];

describe('tenant overrides', () => {
  it('accepts an empty object and changes nothing', () => {
    const o = parsed({});
    expect(o).toEqual({ replace: [], disable: [], add: [] });
    expect(buildGuide('recovery', 'nl-NL', 'NL', o)).toEqual(buildGuide('recovery', 'nl-NL', 'NL'));
  });

  it('replaces the text of an entry by id and keeps its place', () => {
    const o = parsed({ replace: [{ id: 'recovery.group.1', text: { nl: 'Zal ik de teamnieuwsbrief naar je doorsturen?', en: 'Shall I forward the team newsletter?' } }] });
    expect(prompts('recovery', 'group', o)[0]).toEqual({ id: 'recovery.group.1', text: 'Zal ik de teamnieuwsbrief naar je doorsturen?' });
    expect(prompts('recovery', 'group', o, 'en')[0]?.text).toBe('Shall I forward the team newsletter?');
    // Other phases are untouched.
    expect(prompts('dropout', 'group', o)).toEqual(prompts('dropout', 'group'));
  });

  it('falls back to the language the tenant wrote when a locale is missing', () => {
    const o = parsed({ replace: [{ id: 'return.leader.1', text: { nl: 'Vrijdag even koffie samen?' } }] });
    expect(prompts('return', 'leader', o, 'en')[0]?.text).toBe('Vrijdag even koffie samen?');
    expect(prompts('return', 'leader', o, 'nl-BE')[0]?.text).toBe('Vrijdag even koffie samen?');
  });

  it('disables entries, and leaves out a level with nothing left', () => {
    const o = parsed({ disable: ['recovery.leader.2', 'recovery.organisation.1', 'recovery.care.flexibility', 'general.dont.4'] });
    const guide = buildGuide('recovery', 'nl-NL', 'NL', o);
    expect(guide.levels.find((l) => l.level === 'leader')?.prompts.map((p) => p.id)).toEqual(['recovery.leader.1']);
    expect(guide.levels.map((l) => l.level)).not.toContain('organisation');
    expect(guide.care.map((c) => c.pillar)).toEqual(['emotional_support', 'communication', 'connection']);
    expect(guide.donts.map((d) => d.id)).not.toContain('general.dont.4');
  });

  it('adds entries where their id says, for one phase or for all', () => {
    const o = parsed({
      add: [
        { id: 'recovery.group.acme-buddy', text: { nl: 'Wil je dat je buddy af en toe een kaartje stuurt?', en: 'Would you like your buddy to send a card now and then?' } },
        { id: 'general.do.acme-1', text: { nl: 'Gebruik het verzuimprotocol van Acme.', en: 'Use the Acme absence protocol.' } },
      ],
    });
    const group = prompts('recovery', 'group', o);
    expect(group.map((p) => p.id)).toEqual(['recovery.group.1', 'recovery.group.2', 'recovery.group.acme-buddy']);
    for (const phase of PHASES) {
      expect(buildGuide(phase, 'en', 'BE', o).dos.at(-1)).toEqual({ id: 'general.do.acme-1', text: 'Use the Acme absence protocol.' });
    }
  });

  it('adds a jurisdiction-bound entry only to cases in that jurisdiction', () => {
    const o = parsed({ add: [{ id: 'return.outer.be.acme', jurisdiction: 'BE', text: { nl: 'Bespreek het re-integratieplan met de personeelsdienst.' } }] });
    const ids = (j: 'NL' | 'BE') => buildGuide('return', 'nl-BE', j, o).levels.find((l) => l.level === 'outer')!.prompts.map((p) => p.id);
    expect(ids('BE')).toContain('return.outer.be.acme');
    expect(ids('NL')).not.toContain('return.outer.be.acme');
  });

  it('fills placeholders in tenant texts too', () => {
    const o = parsed({ replace: [{ id: 'recovery.do.1', text: { nl: '{OccupationalDoctor} geeft aan wat kan.' } }] });
    expect(buildGuide('recovery', 'nl-NL', 'NL', o).dos[0]?.text).toBe('De bedrijfsarts geeft aan wat kan.');
    expect(buildGuide('recovery', 'nl-BE', 'BE', o).dos[0]?.text).toBe('De arbeidsarts geeft aan wat kan.');
  });

  it('survives a JSON round trip (stored per tenant)', () => {
    const o = parsed({ disable: ['dropout.group.2'], add: [{ id: 'dropout.leader.x', text: { en: 'Shall I call on Friday?' } }] });
    expect(parsed(JSON.parse(JSON.stringify(o)))).toEqual(o);
  });
});

describe('invalid tenant overrides', () => {
  it.each([
    ['an unknown id to replace', { replace: [{ id: 'recovery.group.9', text: { nl: 'Hoi' } }] }, /replace\.0\.id: unknown guide entry 'recovery\.group\.9'.*e\.g\. recovery\.group\.1/],
    ['an unknown id to disable', { disable: ['recovery.team.1'] }, /disable\.0: unknown guide entry 'recovery\.team\.1'/],
    ['a malformed id to add', { add: [{ id: 'herstel.groep.1', text: { nl: 'Hoi' } }] }, /add\.0\.id: 'herstel\.groep\.1' is not a valid id; ids look like/],
    ['an added id that already exists', { add: [{ id: 'recovery.group.1', text: { nl: 'Hoi' } }] }, /already exists; use replace/],
    ['the same id added twice', { add: [{ id: 'recovery.group.x', text: { nl: 'A' } }, { id: 'recovery.group.x', text: { nl: 'B' } }] }, /add\.1\.id: 'recovery\.group\.x' is added twice/],
    ['an added CARE reminder', { add: [{ id: 'recovery.care.extra', text: { nl: 'Hoi' } }] }, /CARE reminders can be replaced or disabled, not added/],
    ['one id both replaced and disabled', { replace: [{ id: 'return.group.1', text: { nl: 'Hoi' } }], disable: ['return.group.1'] }, /both replaced and disabled/],
    ['a text with no language', { replace: [{ id: 'return.group.1', text: {} }] }, /at least one language/],
    ['an empty text', { replace: [{ id: 'return.group.1', text: { nl: '   ' } }] }, /replace\.0\.text\.nl/],
    ['a text that is far too long', { replace: [{ id: 'return.group.1', text: { nl: 'a'.repeat(401) } }] }, /replace\.0\.text\.nl/],
    ['a medical question', { add: [{ id: 'recovery.individual.x', text: { nl: 'Heb je nog veel rugpijn?', en: 'Are you seeing a therapist?' } }] }, /add\.0\.text\.nl: mentions 'rugpijn'; guide texts stay about work/],
    ['a medical question in English', { replace: [{ id: 'recovery.individual.1', text: { en: 'How is the medication working?' } }] }, /replace\.0\.text\.en: mentions 'medication'/],
    ['an unknown placeholder', { replace: [{ id: 'recovery.individual.1', text: { nl: 'Vraag {manager} om hulp.' } }] }, /unknown placeholder \{manager\}; known: \{occupationalDoctor\}/],
    ['an unknown field', { replace: [], remove: ['recovery.group.1'] }, /remove/],
    ['an unknown language', { replace: [{ id: 'return.group.1', text: { de: 'Guten Tag' } }] }, /de/],
    ['a wrong jurisdiction', { add: [{ id: 'return.outer.x', jurisdiction: 'DE', text: { nl: 'Hoi' } }] }, /add\.0\.jurisdiction/],
    ['a list that is not a list', { disable: 'recovery.group.1' }, /disable/],
  ])('rejects %s with a clear message', (_what, input, message) => {
    const errors = errorsOf(input);
    expect(errors.join('\n')).toMatch(message);
  });

  it('reports every problem at once, one line each', () => {
    const errors = errorsOf({
      disable: ['nope.group.1'],
      add: [{ id: 'recovery.group.x', text: { en: 'Which painkillers help?' } }],
    });
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => !e.includes('\n'))).toBe(true);
  });

  it.each([null, 42, 'text', []])('rejects %p as a whole', (input) => {
    expect(errorsOf(input).length).toBeGreaterThan(0);
  });
});
