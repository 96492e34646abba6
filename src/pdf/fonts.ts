// The fonts the file is set in: DejaVu Sans (dejavu-fonts-ttf), embedded and subset by pdfkit.
// Its wide Latin coverage prints every name we meet in the Netherlands and Belgium (Zoë, Çelik,
// Łukasz, Yılmaz, Nguyễn), which the PDF standard fonts cannot. Read once; parsed per document.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONTS = {
  regular: readFileSync(path.join(DIR, 'DejaVuSans.ttf')),
  bold: readFileSync(path.join(DIR, 'DejaVuSans-Bold.ttf')),
};
