// The case file as a PDF. An edge like the cards: it lays out what src/domain/dossier built and
// knows nothing of the law. pdfkit draws (see the README for why), DejaVu Sans is embedded so every
// accent and name prints, headings stay with what follows them, table headers repeat on every
// page, and each page carries "page n of N" and when the file was put together.
import PDFDocument from 'pdfkit';
import { fileTexts, type CaseFile, type FileBlock } from '../domain/dossier';
import { FONTS } from './fonts';
import { breakLongWords } from './long-words';
import { COLOURS, PageLayout, SIZE, type Heading } from './page-layout';

const MARGIN = { top: 56, bottom: 56, left: 48, right: 48 };

/** Each block of a section, with the headings before it kept with its first lines. */
function drawSection(layout: PageLayout, title: string, blocks: readonly FileBlock[]): void {
  let pending: Heading[] = [{ text: title, level: 1 }];
  for (const block of blocks) {
    switch (block.type) {
      case 'subheading':
        pending.push({ text: block.text, level: 2 });
        continue;
      case 'facts':
        layout.table({ head: null, rows: block.rows.map((r) => [r.label, r.value]), widths: [150, '*'], boldFirstColumn: true, headings: pending });
        break;
      case 'table':
        layout.table({ head: block.head, rows: block.rows, widths: block.widths, tones: block.tones, headings: pending });
        break;
      case 'paragraph':
        layout.headings(pending, layout.lineHeight() * 2);
        layout.paragraph(block.text, block.tone);
        break;
      case 'list':
        layout.headings(pending, layout.lineHeight() * 2);
        layout.list(block.items);
        break;
    }
    pending = [];
  }
  layout.headings(pending, 0);
}

/** Long words get break chances, everywhere in the file, before anything is measured. */
function withBreaks(file: CaseFile): CaseFile {
  const b = breakLongWords;
  return {
    ...file,
    sections: file.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((block): FileBlock => {
        switch (block.type) {
          case 'facts':
            return { ...block, rows: block.rows.map((r) => ({ label: b(r.label), value: b(r.value) })) };
          case 'table':
            return { ...block, rows: block.rows.map((r) => r.map(b)) };
          case 'list':
            return { ...block, items: block.items.map((i) => ({ ...i, text: b(i.text) })) };
          default:
            return { ...block, text: b(block.text) };
        }
      }),
    })),
  };
}

/** Header (from page 2) and footer on every page, once the page count is known. */
function stampPages(doc: PDFKit.PDFDocument, file: CaseFile): void {
  const t = fileTexts(file.locale).file;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    // Writing in the margins must not make pdfkit start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(SIZE.small).fillColor(COLOURS.muted);
    if (i > range.start) doc.text(breakLongWords(`${file.title} · ${file.subtitle}`), MARGIN.left, 28, { width: width - MARGIN.left - MARGIN.right, lineBreak: false, ellipsis: true });
    doc.text(file.generated, MARGIN.left, height - 36, { width: width - MARGIN.left - MARGIN.right - 90, lineBreak: false, ellipsis: true });
    doc.text(t.page(i - range.start + 1, range.count), width - MARGIN.right - 90, height - 36, { width: 90, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

export function renderCaseFilePdf(input: CaseFile): Promise<Buffer> {
  const file = withBreaks(input);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: { Title: `${file.title} · ${file.subtitle}`, Author: 'Herstart', Creator: 'Herstart', Subject: file.title },
    lang: file.locale === 'en' ? 'en-GB' : file.locale,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const layout = new PageLayout(doc);
  layout.title(file.title, file.subtitle);
  for (const s of file.sections) drawSection(layout, s.title, s.blocks);
  stampPages(doc, file);
  doc.end();
  return done;
}
