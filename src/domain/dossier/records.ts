// Reading the file's documents and the employee's views from the case's append-only records.
// Every save is a new record (a draft or a final version); nothing is ever overwritten, so the
// file can show the latest version and the whole history. Pure: records in, documents out.
import type { IsoDate } from '../case';
import { isIsoDate } from '../dates';
import { DOCUMENT_SPECS, isDocumentType, VIEW_STANCES, type DocumentType, type ViewStance } from './document-types';

/** The record kinds of the file, as the store keeps them. */
export const DOCUMENT_RECORD = 'document';
export const VIEW_RECORD = 'document_view';

/** A stored record, structurally: the store's CaseRecord fits. */
export interface FileRecord {
  id: string;
  kind: string;
  createdAt: string;
  createdBy: string;
  data: Record<string, unknown>;
}

export interface Activity {
  what: string;
  who: string;
  by: IsoDate | null;
}

export type FieldValue = string | string[] | Activity[] | null;
export type DocumentFields = Record<string, FieldValue>;

export interface DocumentVersion {
  /** The record id. */
  versionId: string;
  docId: string;
  type: DocumentType;
  status: 'draft' | 'final';
  /** The document's own date: held, agreed or received on. */
  on: IsoDate;
  fields: DocumentFields;
  authorId: string;
  /** The author's job title, as the form asked (UWV wants name and job title on each document). */
  authorTitle: string | null;
  createdAt: string;
  /** 1 for the first final version, 2 for its first update...; 0 for a draft. */
  number: number;
}

export interface EmployeeView {
  viewId: string;
  docId: string;
  versionId: string;
  stance: ViewStance;
  /** The employee's own words (screened), if any. */
  words: string | null;
  /** `chat`: given in Herstart; `paper`: given on paper, recorded by the manager or HR. */
  source: 'chat' | 'paper';
  givenOn: IsoDate;
  recordedBy: string;
  createdAt: string;
}

export interface CaseDocument {
  docId: string;
  type: DocumentType;
  /** Final versions, oldest first. */
  versions: DocumentVersion[];
  /** The newest draft saved after the last final version, if any. */
  draft: DocumentVersion | null;
  /** Views by version id; the first one given for a version counts. */
  views: Map<string, EmployeeView>;
}

export function latest(doc: CaseDocument): DocumentVersion | null {
  return doc.versions[doc.versions.length - 1] ?? null;
}

/** The document's date for ordering: its first final version, else its draft. */
export function documentDate(doc: CaseDocument): IsoDate {
  return doc.versions[0]?.on ?? doc.draft?.on ?? '9999-12-31';
}

function byCreation(a: { createdAt: string; versionId?: string; viewId?: string }, b: typeof a): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  const ai = a.versionId ?? a.viewId ?? '';
  const bi = b.versionId ?? b.viewId ?? '';
  return ai < bi ? -1 : ai > bi ? 1 : 0;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function readFields(raw: unknown): DocumentFields {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: DocumentFields = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof v === 'string' || v === null) out[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out[k] = v as string[];
    else if (Array.isArray(v)) {
      out[k] = v
        .filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null)
        .map((x) => ({ what: str(x.what) ?? '', who: str(x.who) ?? 'other', by: isIsoDate(x.by) ? x.by : null }));
    }
  }
  return out;
}

export function readVersion(r: FileRecord): DocumentVersion | null {
  if (r.kind !== DOCUMENT_RECORD) return null;
  const d = r.data;
  const docId = str(d.docId);
  if (!docId || !isDocumentType(d.type) || (d.status !== 'draft' && d.status !== 'final') || !isIsoDate(d.on)) return null;
  return {
    versionId: r.id,
    docId,
    type: d.type,
    status: d.status,
    on: d.on,
    fields: readFields(d.fields),
    authorId: r.createdBy,
    authorTitle: str(d.authorTitle),
    createdAt: r.createdAt,
    number: 0,
  };
}

export function readView(r: FileRecord): EmployeeView | null {
  if (r.kind !== VIEW_RECORD) return null;
  const d = r.data;
  const docId = str(d.docId);
  const versionId = str(d.versionId);
  const stance = d.stance as ViewStance;
  if (!docId || !versionId || !VIEW_STANCES.includes(stance) || !isIsoDate(d.givenOn)) return null;
  return {
    viewId: r.id,
    docId,
    versionId,
    stance,
    words: str(d.words),
    source: d.source === 'paper' ? 'paper' : 'chat',
    givenOn: d.givenOn,
    recordedBy: r.createdBy,
    createdAt: r.createdAt,
  };
}

/** Every document of the case with its versions, draft and views, ordered by date. */
export function collectDocuments(records: readonly FileRecord[]): CaseDocument[] {
  const versions = records.map(readVersion).filter((v): v is DocumentVersion => v !== null).sort(byCreation);
  const views = records.map(readView).filter((v): v is EmployeeView => v !== null).sort(byCreation);
  const docs = new Map<string, CaseDocument>();
  for (const v of versions) {
    let doc = docs.get(v.docId);
    if (!doc) {
      doc = { docId: v.docId, type: v.type, versions: [], draft: null, views: new Map() };
      docs.set(v.docId, doc);
    }
    if (v.type !== doc.type) continue; // a document keeps the type it began with
    if (v.status === 'final') {
      doc.versions.push({ ...v, number: doc.versions.length + 1 });
      doc.draft = null;
    } else {
      doc.draft = v;
    }
  }
  for (const view of views) {
    const doc = docs.get(view.docId);
    if (doc && !doc.views.has(view.versionId) && doc.versions.some((v) => v.versionId === view.versionId)) doc.views.set(view.versionId, view);
  }
  return [...docs.values()].sort((a, b) => {
    const da = documentDate(a);
    const db = documentDate(b);
    return da < db ? -1 : da > db ? 1 : DOCUMENT_ORDER[a.type] - DOCUMENT_ORDER[b.type];
  });
}

const DOCUMENT_ORDER = Object.fromEntries(Object.keys(DOCUMENT_SPECS).map((t, i) => [t, i])) as Record<DocumentType, number>;

/** Final versions the employee is asked about that have no view yet. */
export function versionsAwaitingView(doc: CaseDocument): DocumentVersion[] {
  if (DOCUMENT_SPECS[doc.type].employeeView === 'none') return [];
  return doc.versions.filter((v) => !doc.views.has(v.versionId));
}
