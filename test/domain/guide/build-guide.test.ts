import { PHASES, JURISDICTIONS } from '../../../src/domain/case';
import {
  buildGuide,
  CARE_PILLARS,
  defaultGuideContent,
  GUIDE_LOCALES,
  IGLOO_LEVELS,
  resolveGuideLocale,
  type Guide,
} from '../../../src/domain/guide';
import { screenText } from '../../../src/domain/privacy/medical-screen';

const combos = PHASES.flatMap((phase) =>
  GUIDE_LOCALES.flatMap((locale) => JURISDICTIONS.map((jurisdiction) => [phase, locale, jurisdiction] as const)),
);

function allStrings(guide: Guide): string[] {
  return [
    guide.title,
    guide.intro,
    ...Object.values(guide.headings),
    ...guide.levels.flatMap((l) => [l.title, l.focus, ...l.prompts.map((p) => p.text)]),
    ...guide.care.flatMap((c) => [c.title, c.text]),
    ...guide.dos.map((d) => d.text),
    ...guide.donts.map((d) => d.text),
  ];
}

describe('buildGuide with the default content', () => {
  it.each(combos)('%s / %s / %s: every IGLOO level has one or two prompts', (phase, locale, jurisdiction) => {
    const guide = buildGuide(phase, locale, jurisdiction);
    expect(guide.levels.map((l) => l.level)).toEqual(IGLOO_LEVELS);
    for (const level of guide.levels) {
      expect(level.prompts.length).toBeGreaterThanOrEqual(1);
      expect(level.prompts.length).toBeLessThanOrEqual(2);
      expect(level.title).not.toBe('');
    }
  });

  it.each(combos)('%s / %s / %s: a CARE reminder for every pillar, and do\'s and don\'ts', (phase, locale, jurisdiction) => {
    const guide = buildGuide(phase, locale, jurisdiction);
    expect(guide.care.map((c) => c.pillar)).toEqual(CARE_PILLARS);
    expect(guide.care.every((c) => c.id === `${phase}.care.${c.pillar}`)).toBe(true);
    expect(guide.dos.length).toBeGreaterThanOrEqual(4);
    expect(guide.donts.length).toBeGreaterThanOrEqual(4);
    // Phase-specific advice comes before the general advice.
    expect(guide.dos[0]?.id.startsWith(`${phase}.`)).toBe(true);
    expect(guide.donts.map((d) => d.id)).toContain('general.dont.1');
  });

  it.each(combos)('%s / %s / %s: every string is filled in, with no placeholder left', (phase, locale, jurisdiction) => {
    for (const s of allStrings(buildGuide(phase, locale, jurisdiction))) {
      expect(s.trim()).not.toBe('');
      expect(s).not.toMatch(/[{}]/);
    }
  });

  it.each(combos)('%s / %s / %s: no text trips the medical screen', (phase, locale, jurisdiction) => {
    for (const s of allStrings(buildGuide(phase, locale, jurisdiction))) {
      expect({ text: s, ...screenText(s) }).toEqual({ text: s, flagged: false, matches: [] });
    }
  });

  it('has every default entry in Dutch and English, each id used once', () => {
    const { entries } = defaultGuideContent();
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.text.nl).toBeTruthy();
      expect(e.text.en).toBeTruthy();
    }
  });

  it('keeps the languages apart: Dutch for nl locales, English for en', () => {
    const nl = buildGuide('pre_return', 'nl-NL', 'NL');
    const en = buildGuide('pre_return', 'en', 'NL');
    expect(nl.headings.dos).toBe('Wel doen');
    expect(en.headings.dos).toBe('Do');
    expect(nl.levels[0]?.prompts[0]?.text).not.toBe(en.levels[0]?.prompts[0]?.text);
  });

  it('uses Flemish wording for nl-BE where it differs, and Dutch wording otherwise', () => {
    const be = buildGuide('pre_return', 'nl-BE', 'BE');
    const nl = buildGuide('pre_return', 'nl-NL', 'NL');
    const org = (g: Guide) => g.levels.find((l) => l.level === 'organisation')!.prompts.map((p) => p.text).join(' ');
    expect(org(be)).toContain('telewerk');
    expect(org(nl)).toContain('thuiswerken');
    expect(be.title).toContain('werkhervatting');
    // An entry without Flemish wording falls back to the shared Dutch text.
    expect(be.levels[0]?.prompts[0]?.text).toBe(nl.levels[0]?.prompts[0]?.text);
  });

  it('names the occupational doctor of the case\'s jurisdiction', () => {
    const text = (g: Guide) => allStrings(g).join(' ');
    expect(text(buildGuide('recovery', 'nl-NL', 'NL'))).toContain('de bedrijfsarts');
    expect(text(buildGuide('recovery', 'nl-NL', 'NL'))).not.toContain('arbeidsarts');
    expect(text(buildGuide('recovery', 'nl-BE', 'BE'))).toContain('de arbeidsarts');
    expect(text(buildGuide('recovery', 'nl-BE', 'BE'))).not.toContain('bedrijfsarts');
    expect(text(buildGuide('recovery', 'en', 'BE'))).toContain("the occupational doctor's advice");
  });

  it('gives legal references for the case\'s jurisdiction in the outer level only', () => {
    const outer = (g: Guide) => g.levels.find((l) => l.level === 'outer')!.prompts.map((p) => p.text).join(' ');
    const nl = outer(buildGuide('recovery', 'nl-NL', 'NL'));
    const be = outer(buildGuide('recovery', 'nl-BE', 'BE'));
    expect(nl).toMatch(/probleemanalyse/);
    expect(nl).toMatch(/plan van aanpak/);
    expect(nl).toMatch(/UWV/);
    expect(nl).not.toMatch(/mutualiteit|re-integratietraject/);
    expect(be).toMatch(/re-integratietraject/);
    expect(be).toMatch(/mutualiteit/);
    expect(be).not.toMatch(/UWV|plan van aanpak|Poortwachter/);
    const ids = buildGuide('pre_return', 'en', 'BE').levels.flatMap((l) => l.prompts.map((p) => p.id));
    expect(ids.filter((id) => id.includes('.outer.nl.'))).toEqual([]);
  });

  it('returns the phase, locale and jurisdiction it was built for', () => {
    const guide = buildGuide('return', 'en', 'BE');
    expect(guide).toMatchObject({ phase: 'return', locale: 'en', jurisdiction: 'BE', title: 'Conversation guide: The return' });
  });
});

describe('resolveGuideLocale', () => {
  it.each([
    ['nl-BE', 'NL', 'nl-BE'],
    ['nl_be', 'NL', 'nl-BE'],
    ['nl-NL', 'BE', 'nl-NL'],
    ['nl', 'BE', 'nl-BE'],
    ['nl', 'NL', 'nl-NL'],
    ['en-GB', 'BE', 'en'],
    ['en', 'NL', 'en'],
    ['fr-BE', 'BE', 'fr-BE'],
    ['fr', 'NL', 'fr-BE'],
    ['fr_FR', 'BE', 'fr-BE'],
    ['de-DE', 'BE', 'en'],
    [null, 'BE', 'nl-BE'],
    [undefined, 'NL', 'nl-NL'],
    ['', 'NL', 'nl-NL'],
  ] as const)('%s with a %s case reads as %s', (input, jurisdiction, expected) => {
    expect(resolveGuideLocale(input, jurisdiction)).toBe(expected);
  });
});
