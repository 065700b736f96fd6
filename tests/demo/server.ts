/**
 * The local demo site: the two seed articles rendered as news pages of their
 * outlets (tests/demo/render.ts reads the seed texts from ../shared at run time,
 * so no publisher text is committed), our own fixture pages, and Mozilla
 * Readability's real test pages. Served from 127.0.0.1 only: a content script
 * with <all_urls> does not run on file:// pages.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSeedPages } from './render.ts';
import { heldoutPages } from '../fixtures/page/heldout-render.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const fixturePagesDir = path.join(repoRoot, 'tests/fixtures/pages');
export const readabilityDir = path.join(sharedDir, 'data/readability-pages');

export interface DemoServer {
  origin: string;
  /** Paths of the seed pages: { jpost, lapost }. */
  pages: { path: string; title: string }[];
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

export async function startDemoServer(port = 0): Promise<DemoServer> {
  const seedPages = renderSeedPages(sharedDir);
  const byPath = new Map(seedPages.map((p) => [p.path, p.html]));
  // The same two stories in other markup (tests/e2e/renderings.test.ts), addressed with their query.
  const renderings = new Map(heldoutPages(sharedDir).map((p) => [p.path, p.html]));
  const server = http.createServer((req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const p = decodeURIComponent(url.pathname);
      const seeded = byPath.get(p) ?? (p === '/' ? byPath.get('/index.html') : undefined);
      if (seeded !== undefined) return send(res, 200, 'text/html; charset=utf-8', seeded);
      const rendering = renderings.get(p + url.search);
      if (rendering !== undefined) return send(res, 200, 'text/html; charset=utf-8', rendering);
      // Our own fixture pages (held-out style renderings, markup/script-tag articles...).
      if (p.startsWith('/fixtures/')) {
        const file = path.join(fixturePagesDir, path.normalize(p.slice('/fixtures/'.length)));
        if (file.startsWith(fixturePagesDir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
          return send(res, 200, 'text/html; charset=utf-8', fs.readFileSync(file));
        }
      }
      // Readability's real pages: /readability/<dir>/ → source.html as it was captured.
      const m = /^\/readability\/([\w.-]+)\/?$/.exec(p);
      if (m?.[1]) {
        const file = path.join(readabilityDir, m[1], 'source.html');
        if (fs.existsSync(file)) return send(res, 200, 'text/html; charset=utf-8', fs.readFileSync(file));
      }
      send(res, 404, 'text/plain', 'not found');
    } catch (err) {
      send(res, 500, 'text/plain', String(err));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const addr = server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    pages: seedPages.map(({ path: p, title }) => ({ path: p, title })),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
