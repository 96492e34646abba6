// The text of a PDF, page by page, read with pdfjs-dist in a child process (it is ESM-only).
import { execFile } from 'node:child_process';
import path from 'node:path';

export interface PdfText {
  pages: string[];
  info: Record<string, unknown>;
}

const SCRIPT = path.join(__dirname, 'read-pdf-text.mjs');

export function pdfText(pdf: Buffer): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [SCRIPT], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`pdf-text failed: ${stderr || err.message}`));
      resolve(JSON.parse(stdout) as PdfText);
    });
    child.stdin!.end(pdf);
  });
}

/** Text without the zero-width break chances and with runs of white space made single. */
export function plain(s: string): string {
  return s.replace(/\u200b/g, '').replace(/\s+/g, ' ');
}
