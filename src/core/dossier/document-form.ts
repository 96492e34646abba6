// The form of one document, built from its spec (src/domain/dossier/document-types.ts), and the
// reading of what comes back. Every free-text field is screened for medical terms before anything
// is saved, drafts included. Required fields are checked here, not by the chat client, so a
// half-filled form can still be kept as a draft.
import type { IsoDate } from '../../domain/case';
import {
  ACTIVITY_PARTIES,
  ACTIVITY_ROWS,
  choiceLabel,
  fieldLabel,
  fileTexts,
  formFields,
  type Activity,
  type DocumentFields,
  type DocumentType,
  type DocumentVersion,
  type FieldSpec,
} from '../../domain/dossier';
import { screenText } from '../../domain/privacy/medical-screen';
import type { Lang } from '../i18n';
import { parseIsoDate } from '../time';
import { dossierTexts } from './texts';

const MAX = { text: 200, longtext: 2000 } as const;
/** Dates that may not lie before the document's own date. */
const AFTER_DOCUMENT_DATE = new Set(['nextReview', 'nextEvaluation', 'validUntil']);

export type FormValues = Record<string, string>;

export interface CardField {
  id: string;
  kind: 'date' | 'text' | 'longtext' | 'choice' | 'multi';
  label: string;
  required: boolean;
  value: string;
  missing: string;
  choices: Array<{ title: string; value: string }>;
}

/** The card's inputs: activities become rows of what, who and by when; the author's title comes last. */
export function cardFields(type: DocumentType, isAdjustment: boolean, values: FormValues, lang: Lang): CardField[] {
  const ft = fileTexts(lang);
  const dt = dossierTexts(lang);
  const out: CardField[] = [];
  const push = (id: string, kind: CardField['kind'], label: string, required: boolean, options: readonly string[] = [], optionsOf = id) =>
    out.push({
      id,
      kind,
      // Marked, not enforced by the client: a draft may be kept half-filled.
      label: required ? `${label} *` : label,
      required: false,
      value: values[id] ?? '',
      missing: dt.form.missing(label),
      choices: options.map((o) => ({ title: choiceLabel(optionsOf, o, ft), value: o })),
    });
  for (const f of formFields(type, isAdjustment)) {
    const label = fieldLabel(type, f, ft);
    if (f.kind === 'activities') {
      for (let n = 1; n <= ACTIVITY_ROWS; n++) {
        push(`activity${n}`, 'longtext', ft.file.labelled(ft.fields.activity(n), dt.form.activityWhat.toLowerCase()), f.required === true && n === 1);
        push(`who${n}`, 'choice', ft.file.labelled(ft.fields.activity(n), ft.fields.activityWho.toLowerCase()), false, ACTIVITY_PARTIES, 'who');
        push(`by${n}`, 'date', ft.file.labelled(ft.fields.activity(n), ft.fields.activityBy.toLowerCase()), false);
      }
    } else {
      push(f.id, f.kind, label, f.required === true, f.options ?? []);
    }
  }
  push('authorTitle', 'text', dt.form.authorTitle, false);
  return out;
}

/** A stored version as the form's values, to continue a draft or adjust a final version. */
export function valuesOf(v: Pick<DocumentVersion, 'on' | 'fields' | 'authorTitle'>): FormValues {
  const out: FormValues = { on: v.on, authorTitle: v.authorTitle ?? '' };
  for (const [id, value] of Object.entries(v.fields)) {
    if (id === 'activities' && Array.isArray(value)) {
      (value as Activity[]).forEach((a, i) => {
        out[`activity${i + 1}`] = a.what;
        out[`who${i + 1}`] = a.who;
        out[`by${i + 1}`] = a.by ?? '';
      });
    } else if (Array.isArray(value)) out[id] = (value as string[]).join(',');
    else if (typeof value === 'string') out[id] = value;
  }
  return out;
}

export function echo(data: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  for (const [k, v] of Object.entries(data)) if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  return out;
}

/** A form that does not read clean gets a notice; `clear` names the inputs whose text was held back as medical, to leave out when the form comes back. */
export type ParsedDocument = { ok: true; on: IsoDate; fields: DocumentFields; authorTitle: string | null } | { ok: false; notice: string; clear?: string[] };

interface ParseContext {
  type: DocumentType;
  isAdjustment: boolean;
  final: boolean;
  caseStart: IsoDate;
  today: IsoDate;
  lang: Lang;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** Reads a submitted form; a notice says what to mend, and nothing is saved until it reads clean. */
export function parseDocument(data: Record<string, unknown>, ctx: ParseContext): ParsedDocument {
  const dt = dossierTexts(ctx.lang);
  const ft = fileTexts(ctx.lang);
  const on = parseIsoDate(str(data.on));
  const onLabel = fieldLabel(ctx.type, { id: 'on', kind: 'date' }, ft);
  if (!on) return { ok: false, notice: dt.form.missing(onLabel) };
  if (on > ctx.today) return { ok: false, notice: dt.form.dateOrder(onLabel) };
  if (on < ctx.caseStart) return { ok: false, notice: dt.form.beforeCase };
  const fields: DocumentFields = {};
  const missing: string[] = [];
  const texts: FreeText[] = [];
  const problems: string[] = [];
  for (const f of formFields(ctx.type, ctx.isAdjustment)) {
    if (f.id === 'on') continue;
    const label = fieldLabel(ctx.type, f, ft);
    const value = readField(f, data, on, label, { texts, problems, dt });
    fields[f.id] = value;
    const empty = value === null || (Array.isArray(value) && value.length === 0);
    if (f.required && empty) missing.push(label);
  }
  const authorTitle = str(data.authorTitle).slice(0, MAX.text) || null;
  if (authorTitle) texts.push({ input: 'authorTitle', text: authorTitle });
  if (problems.length) return { ok: false, notice: problems.join(' ') };
  const held = texts.filter((t) => screenText(t.text).flagged).map((t) => t.input);
  if (held.length) return { ok: false, notice: dt.form.heldBack, clear: held };
  if (ctx.final && missing.length) return { ok: false, notice: dt.form.missing(missing.join(', ')) };
  return { ok: true, on, fields, authorTitle };
}

/** A free text as entered, with the input it came from: each is screened before anything is kept. */
interface FreeText {
  input: string;
  text: string;
}

function readField(
  f: FieldSpec,
  data: Record<string, unknown>,
  on: IsoDate,
  label: string,
  acc: { texts: FreeText[]; problems: string[]; dt: ReturnType<typeof dossierTexts> },
): DocumentFields[string] {
  const raw = str(data[f.id]);
  switch (f.kind) {
    case 'date': {
      if (!raw) return null;
      const d = parseIsoDate(raw);
      if (!d) acc.problems.push(acc.dt.form.missing(label));
      else if (AFTER_DOCUMENT_DATE.has(f.id) && d < on) acc.problems.push(acc.dt.form.dateOrder(label));
      return d;
    }
    case 'text':
    case 'longtext': {
      const text = raw.slice(0, MAX[f.kind]);
      if (text) acc.texts.push({ input: f.id, text });
      return text || null;
    }
    case 'choice':
      return raw && f.options?.includes(raw) ? raw : null;
    case 'multi':
      return raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => f.options?.includes(s));
    case 'activities': {
      const rows: Activity[] = [];
      for (let n = 1; n <= ACTIVITY_ROWS; n++) {
        const what = str(data[`activity${n}`]).slice(0, MAX.longtext);
        if (!what) continue;
        const who = str(data[`who${n}`]);
        if (!(ACTIVITY_PARTIES as readonly string[]).includes(who)) acc.problems.push(acc.dt.form.activityIncomplete(n));
        const by = parseIsoDate(str(data[`by${n}`]));
        acc.texts.push({ input: `activity${n}`, text: what });
        rows.push({ what, who, by });
      }
      return rows;
    }
  }
}
