// The PDF renderer, read back with pdfjs-dist: every section in order, accents as typed, long
// texts whole over page breaks, "page n of N" on every page, and the language of the file.
import { twoYearCase } from '../../bench/dossier-fixture';
import { buildCaseFile, type CaseFile } from '../../src/domain/dossier';
import { renderCaseFilePdf } from '../../src/pdf/case-file-pdf';
import { breakLongWords } from '../../src/pdf/long-words';
import { pdfText, plain } from '../support/pdf-text';

jest.setTimeout(60_000);

describe('renderCaseFilePdf', () => {
  let file: CaseFile;
  let pages: string[];
  let info: Record<string, unknown>;

  beforeAll(async () => {
    const { c, records, names, today } = twoYearCase();
    file = buildCaseFile({ c, records, names, moment: { today, generatedAt: 'ma 8 jan 2026 09:00' }, locale: 'nl-NL' });
    ({ pages, info } = await pdfText(await renderCaseFilePdf(file)));
  });

  it('prints every section title in the order of the file, after the title and the name', () => {
    const text = plain(pages.join('\n'));
    // Each title after the one before it (a title may also occur earlier, e.g. in the timeline).
    let at = 0;
    for (const title of ['Re-integratieverslag', 'Zoë Yılmaz-Çelik', ...file.sections.map((s) => s.title)]) {
      const found = text.indexOf(title, at);
      expect([title, found >= 0]).toEqual([title, true]);
      at = found + title.length;
    }
    expect(info.Title).toContain('Zoë Yılmaz-Çelik');
  });

  it('numbers every page "Pagina n van N" and repeats the header from page 2', () => {
    expect(pages.length).toBeGreaterThan(10);
    pages.forEach((p, i) => expect(plain(p)).toContain(`Pagina ${i + 1} van ${pages.length}`));
    expect(plain(pages[1]!)).toContain('Re-integratieverslag · Zoë Yılmaz-Çelik');
    expect(plain(pages[pages.length - 1]!)).toContain('Samengesteld op ma 8 jan 2026 09:00 door Herstart');
  });

  it('keeps every long text whole across page breaks', () => {
    const text = plain(pages.join(' '));
    const evaluations = file.sections.find((s) => s.id === 'evaluations')!;
    const long = evaluations.blocks.flatMap((b) => (b.type === 'facts' ? b.rows.map((r) => r.value) : [])).filter((v) => v.length > 400);
    expect(long.length).toBeGreaterThan(10);
    // pdfjs puts a line's words back with single spaces; compare without any white space.
    const squeezed = text.replace(/\s/g, '');
    for (const v of long) expect(squeezed).toContain(v.replace(/\s/g, ''));
  });

  it('breaks a word longer than a column and prints it whole', async () => {
    const long = `Referentie ${'ABCDEFGHIJ'.repeat(12)} einde`;
    const small: CaseFile = { ...file, sections: [{ id: 'cover', title: 'Test ąęłńóśźż ĳ €', blocks: [{ type: 'paragraph', text: long }, { type: 'table', head: ['A', 'B'], rows: [[long, 'x']], widths: [120, '*'] }] }] };
    const read = await pdfText(await renderCaseFilePdf(small));
    const text = plain(read.pages.join(' ')).replace(/\s/g, '');
    expect(text).toContain('Testąęłńóśźżĳ€');
    expect(text.split(`Referentie${'ABCDEFGHIJ'.repeat(12)}einde`).length - 1).toBe(2);
    expect(breakLongWords('kort woord')).toBe('kort woord');
  });

  it('writes an English file in English', async () => {
    const { c, records, names, today } = twoYearCase();
    const en = buildCaseFile({ c, records, names, moment: { today, generatedAt: 'Mon 8 Jan 2026' }, locale: 'en' });
    const read = await pdfText(await renderCaseFilePdf(en));
    expect(plain(read.pages[0]!)).toContain('Re-integration report');
    expect(plain(read.pages[0]!)).toContain(`Page 1 of ${read.pages.length}`);
  });
  it('writes a French file in French: title, sections, page numbers and the header', async () => {
    const { c, records, names, today } = twoYearCase();
    const fr = buildCaseFile({ c, records, names, moment: { today, generatedAt: 'lun. 8 janv. 2026 09:00' }, locale: 'fr-BE' });
    const read = await pdfText(await renderCaseFilePdf(fr));
    const text = plain(read.pages.join('\n'));
    let at = 0;
    for (const title of ['Rapport de réintégration', 'Zoë Yılmaz-Çelik', ...fr.sections.map((s) => s.title)]) {
      const found = text.indexOf(title, at);
      expect([title, found >= 0]).toEqual([title, true]);
      at = found + title.length;
    }
    read.pages.forEach((p, i) => expect(plain(p)).toContain(`Page ${i + 1} sur ${read.pages.length}`));
    expect(plain(read.pages[1]!)).toContain('Rapport de réintégration (re-integratieverslag) · Zoë Yılmaz-Çelik');
    expect(plain(read.pages[read.pages.length - 1]!)).toContain('Établi le lun. 8 janv. 2026 09:00 par Herstart');
    expect(text).toContain('Ce dossier ne contient aucune donnée médicale');
  });
});
