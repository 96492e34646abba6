// The headers of a file the workspace hands out (the cases CSV, the case file): an attachment
// with its name, never cached, never sniffed into something else, no referrer onward.

/** An ASCII file name for old clients, the real one (RFC 5987) for the rest. */
export function contentDisposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function downloadHeaders(contentType: string, fileName: string, body: Buffer | string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(body)),
    'Content-Disposition': contentDisposition(fileName),
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}
