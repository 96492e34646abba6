// French is complete: every catalogue has the Dutch reference's shape in French, every guide entry
// has its French text, and card templates hold no words of their own (their labels come from the
// catalogues checked here). A key, a choice or a sentence left in Dutch fails this test.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { texts } from '../../../src/core/i18n';
import { checkinTexts } from '../../../src/core/checkins/texts';
import { employeeHelpTexts } from '../../../src/core/checkins/help-texts';
import { parseCheckinCommand } from '../../../src/core/checkins/commands';
import { parseCommand } from '../../../src/core/commands';
import { dossierTexts } from '../../../src/core/dossier/texts';
import { legalTexts } from '../../../src/core/legal/texts';
import { fileTexts } from '../../../src/domain/dossier';
import { procedureTexts } from '../../../src/core/legal/procedure-texts';
import { schedulerTexts } from '../../../src/scheduler/texts';
import { webTexts } from '../../../src/web/i18n';
import { linkTexts } from '../../../src/web/link-texts';
import { adapterTexts } from '../../../src/channels/teams/adapter-texts';
import { JURISDICTIONS, PHASES } from '../../../src/domain/case';
import { buildGuide, defaultGuideContent, type LocalisedText } from '../../../src/domain/guide';

/**
 * An argument that serves any text function: a name in a sentence, a number in a comparison or a
 * sum, an object whose every field is again such an argument (the check-in rhythm).
 */
function anyArg(): unknown {
  const target = () => undefined;
  return new Proxy(target, {
    get: (_t, key) => (key === Symbol.toPrimitive ? (hint: string) => (hint === 'number' ? 3 : 'Sam') : anyArg()),
  });
}

type Leaf = { path: string; value: string };

/** Every string of a catalogue, functions called, with the path it sits at. */
function leaves(value: unknown, at = ''): Leaf[] {
  if (typeof value === 'string') return [{ path: at, value }];
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, anyArg);
    return leaves((value as (...a: unknown[]) => unknown)(...args), `${at}()`);
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  return [];
}

/**
 * The shape: keys, array lengths and function arities, not the words. A list of commands may be
 * longer in one language (Belgian French names the work rules), so a list of objects is compared
 * by the shape of its items, and every list of texts by its length.
 */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  if (Array.isArray(value)) return value.every((v) => v && typeof v === 'object') ? [...new Set(value.map((v) => JSON.stringify(shape(v))))] : value.map(shape);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]).sort());
  return typeof value;
}

// Words French writes exactly as Dutch does; anything else equal to the Dutch is a leftover.
const SAME_IN_BOTH = new Set([
  'Herstart', 'Phase', 'Date', 'Organisation', 'Individu', 'HR', 'UWV', 'Total', 'Dossier', 'dossier', 'contact', 'check-in', 'stop',
  '—', '2', '3', '4', 'Sam · Sam', 'Sam: Sam', 'pause', 'Sam%', 'Sam', 'Sam Sam',
]);

const CATALOGUES: Array<[string, (lang: 'nl-NL' | 'fr-BE') => unknown]> = [
  ['chat', texts],
  ['check-ins', checkinTexts],
  ["employee's help", employeeHelpTexts],
  ['legal events', legalTexts],
  ['contact procedure', procedureTexts],
  ['reminders and escalations', schedulerTexts],
  ['HR workspace', webTexts],
  ['one-time link pages', linkTexts],
  ['case file in chat', dossierTexts],
  ['case file (PDF and export)', fileTexts],
];

describe('French catalogues', () => {
  it.each(CATALOGUES)('%s: French has exactly the keys, choices and parameters of the Dutch', (_name, catalogue) => {
    expect(shape(catalogue('fr-BE'))).toEqual(shape(catalogue('nl-NL')));
  });

  it.each(CATALOGUES)('%s: every French text is written, and none is left in Dutch', (_name, catalogue) => {
    const dutch = new Map(leaves(catalogue('nl-NL')).map((l) => [l.path, l.value]));
    const french = leaves(catalogue('fr-BE'));
    const empty = french.filter((l) => l.value.trim() === '' && dutch.get(l.path)?.trim() !== '');
    const leftInDutch = french.filter((l) => l.value === dutch.get(l.path) && l.value.trim() !== '' && !SAME_IN_BOTH.has(l.value));
    expect(empty).toEqual([]);
    expect(leftInDutch).toEqual([]);
  });

  it('the Teams adapter speaks French to a French client', () => {
    const [fr, nl] = [adapterTexts('fr-BE'), adapterTexts('nl-NL')];
    for (const key of Object.keys(nl) as Array<keyof typeof nl>) expect([key, fr[key]]).not.toEqual([key, nl[key]]);
    expect(adapterTexts('fr-FR')).toBe(fr);
  });

  it('every word the French help offers is a word Herstart understands', () => {
    for (const c of texts('fr-BE').help.commands) {
      for (const word of c.name.split(' · ')) expect([word, parseCommand(word.replace(/ @\S+$/, '')).kind]).not.toEqual([word, 'unknown']);
    }
    for (const c of employeeHelpTexts('fr-BE').commands) {
      for (const word of c.name.split(' · ')) {
        const known = parseCheckinCommand(word) !== null || parseCommand(word).kind !== 'unknown';
        expect([word, known]).toEqual([word, true]);
      }
    }
  });
});

describe('French guide content', () => {
  const content = defaultGuideContent();
  const texts: Array<[string, LocalisedText]> = [
    ...content.entries.map((e): [string, LocalisedText] => [e.id, e.text]),
    ...PHASES.flatMap((p): Array<[string, LocalisedText]> => [[`${p}.title`, content.phases[p].title], [`${p}.intro`, content.phases[p].intro]]),
    ['labels.title', content.labels.title],
    ...Object.entries(content.labels.headings).map(([k, t]): [string, LocalisedText] => [`labels.headings.${k}`, t]),
    ...Object.entries(content.labels.levels).flatMap(([k, l]): Array<[string, LocalisedText]> => [[`levels.${k}.title`, l.title], [`levels.${k}.focus`, l.focus]]),
    ...Object.entries(content.labels.pillars).map(([k, t]): [string, LocalisedText] => [`pillars.${k}`, t]),
    ...Object.entries(content.glossary).flatMap(([k, g]) => JURISDICTIONS.map((j): [string, LocalisedText] => [`glossary.${k}.${j}`, g[j]])),
  ];

  it.each(texts)('%s has its own French text', (_id, text) => {
    expect(text.fr?.trim()).toBeTruthy();
    if (!SAME_IN_BOTH.has(text.fr!)) expect(text.fr).not.toBe(text.nl);
    if (!SAME_IN_BOTH.has(text.fr!)) expect(text.fr).not.toBe(text.en);
  });

  it.each(PHASES.flatMap((p) => JURISDICTIONS.map((j) => [p, j] as const)))('the %s guide for a %s case is all French', (phase, jurisdiction) => {
    const guide = buildGuide(phase, 'fr-BE', jurisdiction);
    const lines = [...guide.levels.flatMap((l) => l.prompts), ...guide.dos, ...guide.donts, ...guide.care];
    const byId = new Map(content.entries.map((e) => [e.id, e.text]));
    // The occupational doctor is named per country: compare with the term left open.
    const open = (s: string) => s.replace(/\{occupationalDoctor\}|le conseiller en prévention-médecin du travail|le médecin du travail/gi, '{doctor}');
    for (const line of lines) expect(open(line.text)).toBe(open(byId.get(line.id)!.fr!));
    expect(guide.title).toMatch(/^Guide d’entretien : /);
  });
});

describe('card templates', () => {
  const dir = path.join(__dirname, '../../../cards');
  const templates = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.sample.json'));
  const TEXT_FIELDS = new Set(['text', 'title', 'label', 'placeholder', 'errorMessage', 'altText', 'fallbackText', 'speak']);

  function words(node: unknown, found: string[] = []): string[] {
    if (Array.isArray(node)) node.forEach((n) => words(n, found));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        // What is left outside ${...} may be a bullet or a quote mark, never a word in some language.
        if (TEXT_FIELDS.has(k) && typeof v === 'string' && /\p{L}/u.test(v.replace(/\$\{[^}]*\}/g, ''))) found.push(`${k}: ${v}`);
        words(v, found);
      }
    }
    return found;
  }

  it.each(templates)('%s holds no words of its own: every label comes from a catalogue', (file) => {
    expect(words(JSON.parse(readFileSync(path.join(dir, file), 'utf8')))).toEqual([]);
  });
});
