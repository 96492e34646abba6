import type { CaseRow } from '../../src/web/data/case-rows';
import { filterRows, parseCaseQuery, queryString, sortRows, tablePage, DEFAULT_QUERY, PAGE_SIZE } from '../../src/web/data/case-table';
import { csvCell, toCsv } from '../../src/web/data/csv';

const row = (id: string, o: Partial<CaseRow> = {}): CaseRow => ({
  id, employee: id, managerId: 'm1', manager: 'Marleen', country: 'NL', phase: 'dropout', sickDays: 10, lastContact: null, nextContact: null,
  nextStep: null, overdue: [], escalations: 0, file: null, ...o,
});

describe('the cases table query', () => {
  it.each([
    ['', DEFAULT_QUERY],
    ['q=%20Sanne%20&phase=recovery&country=BE&overdue=1&sort=sickDays&dir=desc&page=3', { q: 'Sanne', phase: 'recovery', manager: '', country: 'BE', overdue: true, file: '', sort: 'sickDays', dir: 'desc', page: 3 }],
    ['phase=<script>&country=FR&sort=drop&dir=up&page=-1&overdue=yes&file=maybe', DEFAULT_QUERY],
    ['file=risk&sort=file', { ...DEFAULT_QUERY, file: 'risk', sort: 'file' }],
  ])('parses %j leniently', (qs, want) => {
    expect(parseCaseQuery(new URLSearchParams(qs))).toEqual(want);
  });

  it('writes only what differs from the default, so links stay short', () => {
    expect(queryString(DEFAULT_QUERY)).toBe('');
    expect(queryString(DEFAULT_QUERY, { sort: 'employee', page: 2 })).toBe('?sort=employee&page=2');
  });
});

describe('filtering and sorting', () => {
  const rows = [
    row('Åsa Öberg', { phase: 'recovery', sickDays: 40, overdue: [{ id: 'nl.arbo_report', due: '2026-01-08' }], file: { complete: false, risks: 1, attention: 0 } }),
    row('Bram', { country: 'BE', managerId: 'm2', manager: 'Piet', sickDays: null, nextStep: { id: 'x', due: '2026-03-01', status: 'overdue' } }),
    row('Cor', { sickDays: 5, nextStep: { id: 'x', due: '2026-02-01', status: 'overdue' }, file: { complete: false, risks: 0, attention: 2 } }),
    row('Dirk', { sickDays: 2, file: { complete: true, risks: 0, attention: 0 } }),
  ];
  it.each([
    [{ q: 'asa' }, ['Åsa Öberg']],
    [{ q: 'piet' }, ['Bram']],
    [{ country: 'BE' as const }, ['Bram']],
    [{ manager: 'm1' }, ['Åsa Öberg', 'Cor', 'Dirk']],
    [{ overdue: true }, ['Åsa Öberg']],
    [{ phase: 'recovery' as const }, ['Åsa Öberg']],
    // A case without a timeline has no file to judge: it is neither complete nor incomplete.
    [{ file: 'complete' as const }, ['Dirk']],
    [{ file: 'incomplete' as const }, ['Åsa Öberg', 'Cor']],
    [{ file: 'risk' as const }, ['Åsa Öberg']],
  ])('filter %j', (change, names) => {
    expect(filterRows(rows, { ...DEFAULT_QUERY, ...change }).map((r) => r.id)).toEqual(names);
  });

  it('sorts with empty values last in both directions', () => {
    expect(sortRows(rows, 'sickDays', 'asc').map((r) => r.id)).toEqual(['Dirk', 'Cor', 'Åsa Öberg', 'Bram']);
    expect(sortRows(rows, 'sickDays', 'desc').map((r) => r.id)).toEqual(['Åsa Öberg', 'Cor', 'Dirk', 'Bram']);
    expect(sortRows(rows, 'due', 'asc').map((r) => r.id)).toEqual(['Cor', 'Bram', 'Åsa Öberg', 'Dirk']);
  });

  it('sorts by the file: risks before views to collect, complete files first when ascending', () => {
    expect(sortRows(rows, 'file', 'desc').map((r) => r.id)).toEqual(['Åsa Öberg', 'Cor', 'Dirk', 'Bram']);
    expect(sortRows(rows, 'file', 'asc').map((r) => r.id)).toEqual(['Dirk', 'Cor', 'Åsa Öberg', 'Bram']);
  });

  it('pages, and a page past the end shows the last one', () => {
    const many = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, i) => row(`p${String(i).padStart(3, '0')}`));
    const last = tablePage(many, { ...DEFAULT_QUERY, sort: 'employee', page: 99 });
    expect({ page: last.page, pages: last.pages, rows: last.rows.length, matching: last.matching.length }).toEqual({ page: 3, pages: 3, rows: 3, matching: PAGE_SIZE * 2 + 3 });
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['with;semicolon', '"with;semicolon"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+31 6', "'+31 6"],
    ['-5', "'-5"],
    ['@sum', "'@sum"],
    [null, ''],
    [12, '12'],
  ])('cell %j', (value, want) => {
    expect(csvCell(value)).toBe(want);
  });

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']], ';')).toBe('\uFEFFa;b\r\n1;x\r\n');
  });
});
