// The default guide content: JSON files in ./content, checked against a schema when first used,
// so a broken edit fails the tests (and start-up) with a message naming the file and the entry.
import { z } from 'zod';
import type { Jurisdiction, Phase } from '../case';
import { PHASES } from '../case';
import dropout from './content/dropout.json';
import recovery from './content/recovery.json';
import preReturn from './content/pre_return.json';
import returnPhase from './content/return.json';
import postReturn from './content/post_return.json';
import general from './content/general.json';
import labels from './content/labels.json';
import glossary from './content/glossary.json';
import { parseEntryId } from './entry-id';
import type { CarePillar, GuideEntry, GuideSection, IglooLevel, LocalisedText } from './types';

const text = z.string().trim().min(1).max(400);
/** Default content is complete in Dutch, English and French (Belgium); Flemish only where it differs. */
const FullText = z.object({ nl: text, 'nl-BE': text.optional(), en: text, fr: text }).strict();

const EntryJson = z
  .object({ id: z.string(), jurisdiction: z.enum(['NL', 'BE']).optional(), text: FullText })
  .strict();

const PhaseFile = z
  .object({
    phase: z.enum(PHASES as [Phase, ...Phase[]]),
    title: FullText,
    intro: FullText,
    prompts: z.array(EntryJson),
    care: z.array(EntryJson),
    dos: z.array(EntryJson),
    donts: z.array(EntryJson),
  })
  .strict();

const GeneralFile = z.object({ dos: z.array(EntryJson), donts: z.array(EntryJson) }).strict();

const LabelsFile = z
  .object({
    title: FullText,
    headings: z.object({ levels: FullText, care: FullText, dos: FullText, donts: FullText }).strict(),
    levels: z.record(z.enum(['individual', 'group', 'leader', 'organisation', 'outer']), z.object({ title: FullText, focus: FullText }).strict()),
    pillars: z.record(z.enum(['emotional_support', 'communication', 'flexibility', 'connection']), FullText),
  })
  .strict();

const GlossaryFile = z.record(z.string().regex(/^[a-z][A-Za-z]*$/), z.object({ NL: FullText, BE: FullText }).strict());

export interface PhaseTexts {
  title: LocalisedText;
  intro: LocalisedText;
}

export interface GuideContent {
  /** Every default entry, in the order the files list them. */
  entries: readonly GuideEntry[];
  phases: Readonly<Record<Phase, PhaseTexts>>;
  labels: {
    title: LocalisedText;
    headings: { levels: LocalisedText; care: LocalisedText; dos: LocalisedText; donts: LocalisedText };
    levels: Readonly<Record<IglooLevel, { title: LocalisedText; focus: LocalisedText }>>;
    pillars: Readonly<Record<CarePillar, LocalisedText>>;
  };
  /** Placeholder name to text per jurisdiction: `occupationalDoctor` → NL "de bedrijfsarts". */
  glossary: Readonly<Record<string, Readonly<Record<Jurisdiction, LocalisedText>>>>;
}

export class GuideContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GuideContentError';
  }
}

function parseFile<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new GuideContentError(`guide content ${file}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is invalid'}`);
}

const SECTION_OF_LIST: Record<'prompts' | 'care' | 'dos' | 'donts', (s: GuideSection) => boolean> = {
  prompts: (s) => s !== 'care' && s !== 'do' && s !== 'dont',
  care: (s) => s === 'care',
  dos: (s) => s === 'do',
  donts: (s) => s === 'dont',
};

function toEntries(
  file: string,
  scope: Phase | 'general',
  lists: Partial<Record<keyof typeof SECTION_OF_LIST, Array<z.infer<typeof EntryJson>>>>,
): GuideEntry[] {
  const out: GuideEntry[] = [];
  for (const [list, items] of Object.entries(lists) as Array<[keyof typeof SECTION_OF_LIST, Array<z.infer<typeof EntryJson>>]>) {
    for (const item of items) {
      const parsed = parseEntryId(item.id);
      if (!parsed || parsed.scope !== scope || !SECTION_OF_LIST[list](parsed.section)) {
        throw new GuideContentError(`guide content ${file}: entry id '${item.id}' does not belong in ${scope} ${list}`);
      }
      out.push({ id: item.id, scope, section: parsed.section, jurisdiction: item.jurisdiction, text: item.text });
    }
  }
  return out;
}

function load(): GuideContent {
  const files: Array<[string, unknown]> = [
    ['dropout.json', dropout],
    ['recovery.json', recovery],
    ['pre_return.json', preReturn],
    ['return.json', returnPhase],
    ['post_return.json', postReturn],
  ];
  const entries: GuideEntry[] = [];
  const phases = {} as Record<Phase, PhaseTexts>;
  for (const [file, json] of files) {
    const f = parseFile(PhaseFile, json, file);
    if (phases[f.phase]) throw new GuideContentError(`guide content ${file}: phase ${f.phase} appears twice`);
    phases[f.phase] = { title: f.title, intro: f.intro };
    entries.push(...toEntries(file, f.phase, { prompts: f.prompts, care: f.care, dos: f.dos, donts: f.donts }));
  }
  const g = parseFile(GeneralFile, general, 'general.json');
  entries.push(...toEntries('general.json', 'general', { dos: g.dos, donts: g.donts }));

  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new GuideContentError(`guide content: entry id '${e.id}' is used twice`);
    seen.add(e.id);
  }
  for (const phase of PHASES) {
    if (!phases[phase]) throw new GuideContentError(`guide content: no file for phase ${phase}`);
  }
  const l = parseFile(LabelsFile, labels, 'labels.json');
  return {
    entries,
    phases,
    labels: {
      title: l.title,
      headings: l.headings,
      levels: l.levels as Record<IglooLevel, { title: LocalisedText; focus: LocalisedText }>,
      pillars: l.pillars as Record<CarePillar, LocalisedText>,
    },
    glossary: parseFile(GlossaryFile, glossary, 'glossary.json'),
  };
}

let cached: GuideContent | null = null;

export function defaultGuideContent(): GuideContent {
  cached ??= load();
  return cached;
}
