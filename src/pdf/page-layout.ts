// A small layout engine on pdfkit for the file's blocks: headings that stay with what follows,
// paragraphs and lists that flow over pages, and tables whose header row repeats on every page.
// pdfkit itself breaks flowing text over pages; rows are measured first and moved whole.
import type PDFDocument from 'pdfkit';
import type { Tone } from '../domain/dossier';

export const COLOURS: Record<Tone | 'text' | 'rule' | 'shade', string> = {
  text: '#1f2328',
  risk: '#a4262c',
  attention: '#8a5300',
  good: '#1e6b32',
  muted: '#5f6368',
  rule: '#d0d4d9',
  shade: '#f0f2f4',
};

export const SIZE = { body: 9.5, small: 8, h1: 14, h2: 11, title: 20, subtitle: 12 };
const PAD = 3;
const GAP = { paragraph: 4, block: 8, h1Before: 12, h1After: 5, h2Before: 6, h2After: 3 };

export interface Heading {
  text: string;
  level: 1 | 2;
}

export type Width = number | 'auto' | '*';

export class PageLayout {
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private font(bold: boolean, size: number, colour: string = COLOURS.text): void {
    this.doc.font(bold ? 'bold' : 'regular').fontSize(size).fillColor(colour);
  }

  /** A new page when `height` does not fit below the current position (and the page is not empty). */
  private ensure(height: number): boolean {
    if (this.doc.y + height <= this.bottom || this.doc.y <= this.doc.page.margins.top + 1) return false;
    this.doc.addPage();
    return true;
  }

  private headingHeight(h: Heading): number {
    this.font(true, h.level === 1 ? SIZE.h1 : SIZE.h2);
    const [before, after] = h.level === 1 ? [GAP.h1Before, GAP.h1After] : [GAP.h2Before, GAP.h2After];
    return before + this.doc.heightOfString(h.text, { width: this.width }) + after;
  }

  private drawHeading(h: Heading): void {
    const [before, after] = h.level === 1 ? [GAP.h1Before, GAP.h1After] : [GAP.h2Before, GAP.h2After];
    if (this.doc.y > this.doc.page.margins.top + 1) this.doc.y += before;
    this.font(true, h.level === 1 ? SIZE.h1 : SIZE.h2);
    this.doc.text(h.text, this.left, this.doc.y, { width: this.width });
    this.doc.y += after;
  }

  /** Headings, kept on one page with `next` points of what follows them. */
  headings(list: readonly Heading[], next: number): void {
    if (list.length === 0) return;
    this.ensure(list.reduce((sum, h) => sum + this.headingHeight(h), 0) + next);
    for (const h of list) this.drawHeading(h);
  }

  title(title: string, subtitle: string): void {
    this.font(true, SIZE.title);
    this.doc.text(title, this.left, this.doc.y, { width: this.width });
    this.font(false, SIZE.subtitle, COLOURS.muted);
    this.doc.text(subtitle, { width: this.width });
    this.doc.y += 10;
  }

  /** Height of the first line of body text: what a heading must at least keep with it. */
  lineHeight(): number {
    this.font(false, SIZE.body);
    return this.doc.currentLineHeight(true);
  }

  paragraph(text: string, tone?: Tone): void {
    this.font(false, SIZE.body, tone ? COLOURS[tone] : COLOURS.text);
    this.doc.text(text, this.left, this.doc.y, { width: this.width });
    this.doc.y += GAP.paragraph;
  }

  list(items: ReadonlyArray<{ text: string; tone?: Tone }>): void {
    const indent = 12;
    for (const item of items) {
      this.font(false, SIZE.body, item.tone ? COLOURS[item.tone] : COLOURS.text);
      const h = this.doc.heightOfString(item.text, { width: this.width - indent });
      if (h < this.bottom - this.doc.page.margins.top) this.ensure(h);
      const y = this.doc.y;
      this.doc.text('•', this.left, y, { width: indent, lineBreak: false });
      this.doc.text(item.text, this.left + indent, y, { width: this.width - indent });
      this.doc.y += 2;
    }
    this.doc.y += GAP.paragraph;
  }

  private columnWidths(head: readonly string[], rows: readonly string[][], widths: readonly Width[]): number[] {
    const inner = this.width;
    const out = widths.map((w, i) => {
      if (typeof w === 'number') return w;
      if (w === '*') return 0;
      // As wide as the widest cell, up to a third of the page.
      this.font(true, SIZE.body);
      let max = this.doc.widthOfString(head[i] ?? '');
      this.font(false, SIZE.body);
      for (const r of rows) max = Math.max(max, this.doc.widthOfString(r[i] ?? ''));
      return Math.min(max + 2 * PAD + 1, inner / 3);
    });
    const stars = widths.filter((w) => w === '*').length;
    const rest = Math.max(inner - out.reduce((a, b) => a + b, 0), stars * 40);
    return out.map((w, i) => (widths[i] === '*' ? rest / stars : w));
  }

  private rowHeight(cells: readonly string[], cols: readonly number[], bold: boolean[]): number {
    let h = 0;
    cells.forEach((cell, i) => {
      this.font(bold[i] ?? false, SIZE.body);
      h = Math.max(h, this.doc.heightOfString(cell || ' ', { width: cols[i]! - 2 * PAD }));
    });
    return h + 2 * PAD;
  }

  /**
   * A height no row's text can exceed: every character as wide as 0.75 em, on lines filled to 60%
   * (the rest lost at word ends). Rows well clear of the page end are drawn without measuring.
   */
  private heightBound(cells: readonly string[], cols: readonly number[]): number {
    const line = this.lineHeight();
    let lines = 1;
    cells.forEach((cell, i) => {
      const perLine = Math.max(1, Math.floor(((cols[i]! - 2 * PAD) * 0.6) / (SIZE.body * 0.75)));
      lines = Math.max(lines, cell.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0));
    });
    return lines * line + 2 * PAD;
  }

  /** Draws a row; without a known `height` it is what the text took. */
  private drawRow(cells: readonly string[], cols: readonly number[], height: number | null, style: { bold: boolean[]; colour?: string; fill?: string }): void {
    const y = this.doc.y;
    if (style.fill && height !== null) this.doc.save().rect(this.left, y, this.width, height).fill(style.fill).restore();
    let x = this.left;
    let bottom = y;
    cells.forEach((cell, i) => {
      this.font(style.bold[i] ?? false, SIZE.body, style.colour ?? COLOURS.text);
      this.doc.text(cell, x + PAD, y + PAD, { width: cols[i]! - 2 * PAD });
      bottom = Math.max(bottom, this.doc.y);
      x += cols[i]!;
    });
    const h = height ?? bottom - y + PAD;
    this.doc.save().moveTo(this.left, y + h).lineTo(this.left + this.width, y + h).lineWidth(0.5).strokeColor(COLOURS.rule).stroke().restore();
    this.doc.x = this.left;
    this.doc.y = y + h;
  }

  /**
   * A table: the header row (if any) repeats at the top of every page the table runs onto. A row
   * is moved to the next page whole; one taller than a page flows as plain text instead.
   */
  table(opts: { head: readonly string[] | null; rows: readonly string[][]; widths: readonly Width[]; tones?: ReadonlyArray<Tone | undefined>; boldFirstColumn?: boolean; headings?: readonly Heading[] }): void {
    const cols = this.columnWidths(opts.head ?? [], opts.rows, opts.widths);
    const bold = cols.map((_, i) => i === 0 && opts.boldFirstColumn === true);
    const headBold = cols.map(() => true);
    const headHeight = opts.head ? this.rowHeight(opts.head, cols, headBold) : 0;
    const drawHead = () => opts.head && this.drawRow(opts.head, cols, headHeight, { bold: headBold, fill: COLOURS.shade });
    const first = opts.rows[0] ? Math.min(this.rowHeight(opts.rows[0], cols, bold), this.lineHeight() * 3) : 0;
    this.headings(opts.headings ?? [], headHeight + first);
    if (opts.headings?.length === 0 || !opts.headings) this.ensure(headHeight + first);
    drawHead();
    const pageRoom = this.bottom - this.doc.page.margins.top - headHeight;
    opts.rows.forEach((row, r) => {
      const colour = opts.tones?.[r] ? COLOURS[opts.tones[r]!] : undefined;
      if (this.doc.y + this.heightBound(row, cols) <= this.bottom) {
        this.drawRow(row, cols, null, { bold, ...(colour ? { colour } : {}) });
        return;
      }
      const h = this.rowHeight(row, cols, bold);
      if (h > pageRoom) {
        // Taller than a page: each cell as flowing text, which pdfkit carries over the pages.
        row.forEach((cell, i) => (bold[i] ? this.paragraph(cell) : this.paragraph(cell, opts.tones?.[r])));
        return;
      }
      if (this.ensure(h)) drawHead();
      this.drawRow(row, cols, h, { bold, ...(colour ? { colour } : {}) });
    });
    this.doc.y += GAP.block;
  }
}
