// Filtering, sorting and paging the cases table on the server, from the query string, so the page
// works before (and without) any script, every view has its own URL, and the CSV holds exactly
// what the filters show.
import { PHASES, type Phase } from '../../domain/case';
import type { CaseRow } from './case-rows';

export const SORT_KEYS = ['employee', 'manager', 'country', 'phase', 'sickDays', 'lastContact', 'nextContact', 'due', 'overdue', 'escalations', 'file'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The file filter: complete, not complete, or with a risk UWV may hold against the employer. */
export const FILE_FILTERS = ['complete', 'incomplete', 'risk'] as const;
export type FileFilter = (typeof FILE_FILTERS)[number];

export interface CaseQuery {
  q: string;
  phase: Phase | '';
  manager: string;
  country: 'NL' | 'BE' | '';
  overdue: boolean;
  file: FileFilter | '';
  sort: SortKey;
  dir: 'asc' | 'desc';
  page: number;
}

export const PAGE_SIZE = 50;
export const DEFAULT_QUERY: CaseQuery = { q: '', phase: '', manager: '', country: '', overdue: false, file: '', sort: 'due', dir: 'asc', page: 1 };

/** Lenient: anything it does not understand falls back to the default, never an error page. */
export function parseCaseQuery(params: URLSearchParams): CaseQuery {
  const get = (k: string) => (params.get(k) ?? '').trim();
  const phase = get('phase');
  const country = get('country');
  const file = get('file');
  const sort = get('sort');
  const page = Number.parseInt(get('page'), 10);
  return {
    q: get('q').slice(0, 100),
    phase: (PHASES as readonly string[]).includes(phase) ? (phase as Phase) : '',
    manager: get('manager').slice(0, 200),
    country: country === 'NL' || country === 'BE' ? country : '',
    overdue: get('overdue') === '1',
    file: (FILE_FILTERS as readonly string[]).includes(file) ? (file as FileFilter) : '',
    sort: (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : DEFAULT_QUERY.sort,
    dir: get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 100_000) : 1,
  };
}

/** The query string for a query, leaving defaults out; `change` overrides some fields. */
export function queryString(q: CaseQuery, change: Partial<CaseQuery> = {}): string {
  const next = { ...q, ...change };
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_QUERY) as Array<keyof CaseQuery>) {
    const v = next[key];
    if (v === DEFAULT_QUERY[key]) continue;
    params.set(key, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function filterRows(rows: readonly CaseRow[], q: CaseQuery): CaseRow[] {
  const needle = fold(q.q);
  return rows.filter(
    (r) =>
      (!needle || fold(r.employee).includes(needle) || fold(r.manager).includes(needle)) &&
      (!q.phase || r.phase === q.phase) &&
      (!q.manager || r.managerId === q.manager) &&
      (!q.country || r.country === q.country) &&
      (!q.overdue || r.overdue.length > 0) &&
      (!q.file || fileMatches(r, q.file)),
  );
}

function fileMatches(r: CaseRow, filter: FileFilter): boolean {
  if (!r.file) return false;
  if (filter === 'complete') return r.file.complete;
  return filter === 'risk' ? r.file.risks > 0 : !r.file.complete;
}

type Value = string | number | null;

function sortValue(r: CaseRow, key: SortKey): Value {
  switch (key) {
    case 'employee':
      return fold(r.employee);
    case 'manager':
      return fold(r.manager);
    case 'country':
      return r.country;
    case 'phase':
      return PHASES.indexOf(r.phase);
    case 'sickDays':
      return r.sickDays;
    case 'lastContact':
      return r.lastContact;
    case 'nextContact':
      return r.nextContact;
    case 'due':
      return r.nextStep?.due ?? null;
    case 'overdue':
      return r.overdue.length;
    case 'escalations':
      return r.escalations;
    case 'file':
      // Risks weigh before views still to collect: a thousand views never outrank one risk.
      return r.file ? r.file.risks * 1000 + Math.min(r.file.attention, 999) : null;
  }
}

/** Sorted by the key; empty values last in either direction; ties by name, so the order is stable. */
export function sortRows(rows: readonly CaseRow[], key: SortKey, dir: 'asc' | 'desc'): CaseRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va !== vb) {
      if (va === null) return 1;
      if (vb === null) return -1;
      return (va < vb ? -1 : 1) * sign;
    }
    return a.employee.localeCompare(b.employee) || a.id.localeCompare(b.id);
  });
}

export interface TablePage {
  rows: CaseRow[];
  /** Matching the filters, over all pages. */
  matching: CaseRow[];
  page: number;
  pages: number;
}

export function tablePage(all: readonly CaseRow[], q: CaseQuery): TablePage {
  const matching = sortRows(filterRows(all, q), q.sort, q.dir);
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const page = Math.min(q.page, pages);
  return { rows: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), matching, page, pages };
}
