// The workspace's scripts and styles: our own files in ./public and two browser libraries from
// node_modules (TeamsJS, MSAL Browser; Microsoft's CDN stopped hosting MSAL). A fixed list, read
// once and served from memory with a strong ETag; nothing else on disk can be asked for.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';

const fromPackage = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

const FILES: Record<string, { file: string; type: string }> = {
  'workspace.css': { file: path.join(__dirname, 'public', 'workspace.css'), type: 'text/css; charset=utf-8' },
  'workspace.js': { file: path.join(__dirname, 'public', 'workspace.js'), type: 'text/javascript; charset=utf-8' },
  'tab.js': { file: path.join(__dirname, 'public', 'tab.js'), type: 'text/javascript; charset=utf-8' },
  'teams-js.js': { file: fromPackage('@microsoft/teams-js', 'dist/umd/MicrosoftTeams.min.js'), type: 'text/javascript; charset=utf-8' },
  'msal-browser.js': { file: fromPackage('@azure/msal-browser', 'lib/msal-browser.min.js'), type: 'text/javascript; charset=utf-8' },
};

interface Loaded {
  body: Buffer;
  type: string;
  etag: string;
}

export function mountStaticFiles(server: Server): void {
  // Read at start: a build or an install missing one of them does not start, rather than
  // serving pages without their styles and scripts.
  const loaded = new Map<string, Loaded>();
  for (const [name, known] of Object.entries(FILES)) {
    let body: Buffer;
    try {
      body = readFileSync(known.file);
    } catch (err) {
      throw new Error(`the web pages' file ${name} is missing (${known.file}); after \`npm run build\`, src/web/public must be copied next to the compiled web code: ${String(err)}`);
    }
    loaded.set(name, { body, type: known.type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` });
  }
  server.get('/static/:name', async (req: Request, res: Response) => {
    const f = Object.hasOwn(FILES, String(req.params.name ?? '')) ? (loaded.get(String(req.params.name)) ?? null) : null;
    if (!f) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const headers = { etag: f.etag, 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' };
    if (req.headers['if-none-match'] === f.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': f.type, 'content-length': f.body.length });
    res.end(f.body);
  });
}
