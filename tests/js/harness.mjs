// Shared by the browser tests: headless Chromium (Debian's, through playwright-core), also
// with the extension loaded; a static file server on localhost; the test article pages.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
};

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Chromium's switches for tests: no sandbox (containers), no GPU, no background network traffic. */
const QUIET = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Starts headless Chromium with no background network traffic. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', ...QUIET] });
}

/**
 * Serves the files under the directory `root` on 127.0.0.1 (a directory's URL gives its
 * index.html; `/` gives a blank page when `blank` is set). Resolves to `{ origin, close() }`.
 */
export async function serveFiles(root, { blank = false } = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://localhost').pathname)).replace(/^[/\\]+/, '');
    try {
      if (path.split(sep).includes('..')) throw new Error('outside the root');
      const file = path === '' || path.endsWith(sep) ? join(path, 'index.html') : path;
      const body = path === '' && blank ? '<!doctype html><title>blank</title>' : await readFile(join(root, file));
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found\n');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * The article of a test page under tests/fixtures/ as a reader sees it, read with regular
 * expressions (no Readability): the <h1>, then the text of each <p> and <figcaption> of
 * its <article> except the byline, as blank-line-separated paragraphs. Returns `{ html, text }`.
 */
export function fixtureArticle(name) {
  const html = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
  const article = /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)[1];
  const blocks = [...article.matchAll(/<(h1|p|figcaption)(?: class="([^"]*)")?>([^<]*)</g)]
    .filter(([, , className]) => className !== 'byline')
    .map(([, , , text]) => text.replace(/\s+/g, ' ').trim());
  return { html, text: blocks.join('\n\n') };
}

/**
 * Starts Debian's Chromium (new headless mode) with the unpacked extension in `dir`
 * loaded, in a fresh profile. Resolves to `{ context, extensionId, serviceWorker }`.
 */
export async function launchWithExtension(dir) {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    args: ['--headless=new', ...QUIET, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  return { context, extensionId: new URL(serviceWorker.url()).host, serviceWorker };
}
