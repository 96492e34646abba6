// A tenant's HR can tailor the guide: replace the text of an entry, disable an entry, or add
// entries of their own. Overrides arrive as JSON (an admin command, a file) and are checked here:
// known ids, well-formed new ids, no clashes, and no medical wording, since the guide must keep
// every conversation about work, energy, support and adjustments.
import { z } from 'zod';
import { screenText } from '../privacy/medical-screen';
import { defaultGuideContent, type GuideContent } from './content';
import { describeEntryIdFormat, parseEntryId } from './entry-id';
import { unknownPlaceholders } from './localise';
import type { GuideEntry, LocalisedText } from './types';

const MAX_TEXT = 400;

const TenantText = z
  .object({
    nl: z.string().trim().min(1).max(MAX_TEXT).optional(),
    'nl-BE': z.string().trim().min(1).max(MAX_TEXT).optional(),
    en: z.string().trim().min(1).max(MAX_TEXT).optional(),
    fr: z.string().trim().min(1).max(MAX_TEXT).optional(),
  })
  .strict()
  .refine((t) => Boolean(t.nl || t['nl-BE'] || t.en || t.fr), { message: 'give the text in at least one language (nl, nl-BE, en or fr)' });

const Id = z.string().trim().min(1).max(120);

const OverridesShape = z
  .object({
    replace: z.array(z.object({ id: Id, text: TenantText }).strict()).max(300).default([]),
    disable: z.array(Id).max(300).default([]),
    add: z
      .array(z.object({ id: Id, jurisdiction: z.enum(['NL', 'BE']).optional(), text: TenantText }).strict())
      .max(100)
      .default([]),
  })
  .strict();

export type GuideOverrides = z.infer<typeof OverridesShape>;

function checkAgainst(content: GuideContent, o: GuideOverrides, ctx: z.RefinementCtx): void {
  const known = new Set(content.entries.map((e) => e.id));
  const issue = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message });

  o.replace.forEach((r, i) => {
    if (!known.has(r.id)) issue(['replace', i, 'id'], `unknown guide entry '${r.id}'; ${describeEntryIdFormat()}`);
  });
  o.disable.forEach((id, i) => {
    if (!known.has(id)) issue(['disable', i], `unknown guide entry '${id}'; ${describeEntryIdFormat()}`);
    if (o.replace.some((r) => r.id === id)) issue(['disable', i], `'${id}' is both replaced and disabled; choose one`);
  });
  const added = new Set<string>();
  o.add.forEach((a, i) => {
    const parsed = parseEntryId(a.id);
    if (!parsed) issue(['add', i, 'id'], `'${a.id}' is not a valid id; ${describeEntryIdFormat()}`);
    else if (parsed.section === 'care') issue(['add', i, 'id'], `'${a.id}': CARE reminders can be replaced or disabled, not added`);
    if (known.has(a.id)) issue(['add', i, 'id'], `'${a.id}' already exists; use replace to change its text`);
    if (added.has(a.id)) issue(['add', i, 'id'], `'${a.id}' is added twice`);
    added.add(a.id);
  });

  const texts: Array<[Array<string | number>, LocalisedText]> = [
    ...o.replace.map((r, i): [Array<string | number>, LocalisedText] => [['replace', i, 'text'], r.text]),
    ...o.add.map((a, i): [Array<string | number>, LocalisedText] => [['add', i, 'text'], a.text]),
  ];
  for (const [path, text] of texts) {
    for (const [lang, value] of Object.entries(text)) {
      if (!value) continue;
      const screen = screenText(value);
      if (screen.flagged) {
        issue([...path, lang], `mentions ${screen.matches.map((m) => `'${m}'`).join(', ')}; guide texts stay about work, energy, support and adjustments, never health details`);
      }
      const unknown = unknownPlaceholders(value, content.glossary);
      if (unknown.length) issue([...path, lang], `unknown placeholder ${unknown.map((u) => `{${u}}`).join(', ')}; known: ${Object.keys(content.glossary).map((k) => `{${k}}`).join(', ')}`);
    }
  }
}

/** The zod schema for a tenant's overrides, checked against the given (default) content. */
export function guideOverridesSchema(content: GuideContent = defaultGuideContent()) {
  return OverridesShape.superRefine((o, ctx) => checkAgainst(content, o, ctx));
}

export type ParseOverridesResult = { ok: true; overrides: GuideOverrides } | { ok: false; errors: string[] };

/** Parses overrides from untrusted JSON; every problem comes back as one readable line. */
export function parseGuideOverrides(input: unknown, content: GuideContent = defaultGuideContent()): ParseOverridesResult {
  const result = guideOverridesSchema(content).safeParse(input);
  if (result.success) return { ok: true, overrides: result.data };
  const errors = result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  return { ok: false, errors };
}

/** The entries after overrides: disabled ones gone, replaced ones with the tenant's text, added ones last. */
export function applyGuideOverrides(entries: readonly GuideEntry[], overrides?: GuideOverrides | null): GuideEntry[] {
  if (!overrides) return [...entries];
  const disabled = new Set(overrides.disable);
  const replaced = new Map(overrides.replace.map((r) => [r.id, r.text]));
  const out: GuideEntry[] = [];
  for (const e of entries) {
    if (disabled.has(e.id)) continue;
    const text = replaced.get(e.id);
    out.push(text ? { ...e, text } : e);
  }
  for (const a of overrides.add) {
    const parsed = parseEntryId(a.id);
    // Unparsed overrides may reach here from code; an id that says nowhere is skipped, not guessed.
    if (!parsed || parsed.section === 'care') continue;
    out.push({ id: a.id, scope: parsed.scope, section: parsed.section, jurisdiction: a.jurisdiction, text: a.text });
  }
  return out;
}
