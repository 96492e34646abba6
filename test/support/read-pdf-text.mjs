// Reads a PDF from stdin and prints its text per page as JSON: {"pages": ["...", ...], "info": {...}}.
// pdfjs-dist is ESM-only and Jest loads CommonJS, so tests run this in a child process.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));
const doc = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
}
const { info } = await doc.getMetadata();
process.stdout.write(JSON.stringify({ pages, info }));
