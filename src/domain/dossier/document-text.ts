// A document version in plain words: its fields as label and value, in the reader's language.
// The file shows documents this way, and so does the card that asks the employee for their view,
// so both read the same.
import type { IsoDate } from '../case';
import { formatDay, type Locale } from '../labels';
import { DOCUMENT_SPECS, formFields, type DocumentType, type FieldSpec } from './document-types';
import type { Activity, DocumentVersion, FieldValue } from './records';
import { fileTexts, type FileTexts } from './texts';

export interface DocumentRow {
  label: string;
  value: string;
}

type ChoiceKey = keyof FileTexts['choices'];

export function fieldLabel(type: DocumentType, field: FieldSpec, t: FileTexts): string {
  if (field.id === 'on' && DOCUMENT_SPECS[type].fromDoctor) return t.fields.onReceived;
  return (t.fields as unknown as Record<string, string>)[field.id] ?? field.id;
}

export function choiceLabel(fieldId: string, value: string, t: FileTexts): string {
  const table = (t.choices as unknown as Record<string, Record<string, string>>)[fieldId as ChoiceKey];
  return table?.[value] ?? value;
}

export function documentTitle(type: DocumentType, locale: Locale): string {
  return fileTexts(locale).documents[type];
}

/** One activity as a line: "what (who, by date)". */
export function activityLine(a: Activity, locale: Locale): string {
  const t = fileTexts(locale);
  const who = choiceLabel('who', a.who, t);
  return a.by ? `${a.what} (${who}, ${t.fields.activityBy.toLowerCase()} ${formatDay(a.by, locale)})` : `${a.what} (${who})`;
}

function valueText(field: FieldSpec, value: FieldValue, locale: Locale, t: FileTexts): string | null {
  if (value === null || value === undefined || value === '') return null;
  switch (field.kind) {
    case 'date':
      return typeof value === 'string' ? formatDay(value as IsoDate, locale) : null;
    case 'choice':
      return typeof value === 'string' ? choiceLabel(field.id, value, t) : null;
    case 'multi':
      return Array.isArray(value) && value.length ? (value as string[]).map((v) => choiceLabel(field.id, v, t)).join(', ') : null;
    case 'activities':
      return Array.isArray(value) && value.length
        ? (value as Activity[]).map((a, i) => `${i + 1}. ${activityLine(a, locale)}`).join('\n')
        : null;
    default:
      return typeof value === 'string' ? value : null;
  }
}

/** The version's fields that have a value, in the form's order. */
export function documentRows(version: Pick<DocumentVersion, 'type' | 'fields' | 'on' | 'number'>, locale: Locale): DocumentRow[] {
  const t = fileTexts(locale);
  const rows: DocumentRow[] = [];
  for (const field of formFields(version.type, version.number > 1)) {
    const raw = field.id === 'on' ? version.on : (version.fields[field.id] ?? null);
    const value = valueText(field, raw, locale, t);
    if (value !== null) rows.push({ label: fieldLabel(version.type, field, t), value });
  }
  return rows;
}
