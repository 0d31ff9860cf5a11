// Shared by the browser tests: headless Chromium (Debian's, through playwright-core), also
// with the extension loaded; a static file server on localhost; the test article pages.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { buildExtension } from '../../scripts/build-extension.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
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
 * its <article> (inline tags removed) except the byline, as blank-line-separated
 * paragraphs. Returns `{ html, text }`.
 */
export function fixtureArticle(name) {
  const html = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
  const article = /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)[1];
  const blocks = [...article.matchAll(/<(h1|p|figcaption)(?: class="([^"]*)")?>([\s\S]*?)<\/\1>/g)]
    .filter(([, , className]) => className !== 'byline')
    .map(([, , , inner]) => inner.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim());
  return { html, text: blocks.join('\n\n') };
}

/**
 * Builds the extension into a temporary folder and starts Debian's Chromium (new headless
 * mode, a fresh profile) with it loaded unpacked. A test cannot click the toolbar button,
 * whose click grants activeTab; so this copy of the extension also has a host permission
 * for the test server (127.0.0.1), and `summarize(tabId)` asks for a summary as the
 * button does (request.js's requestSummary, in the panel page opened in a tab, for the
 * panel's window). Everything after the click is the extension's own code.
 * Resolves to `{ context, extensionId, serviceWorker, buildDir, extensionDir, manifest
 * (as built), files, openTab(url, viewport), summarize(tabId), close() }`.
 */
export async function startExtension() {
  const buildDir = mkdtempSync(join(tmpdir(), 'precis-extension-'));
  const extensionDir = join(buildDir, 'extension');
  const files = buildExtension(extensionDir);
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  writeFileSync(join(extensionDir, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: ['http://127.0.0.1/*'] }));
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    args: ['--headless=new', ...QUIET, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const extensionId = new URL(serviceWorker.url()).host;
  const tabIds = () => serviceWorker.evaluate(() => chrome.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id)));

  /** Opens `url` in a new tab; resolves to `{ page, tabId }`. */
  async function openTab(url, viewport = { width: 1000, height: 700 }) {
    const before = await tabIds();
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(url);
    const [tabId] = (await tabIds()).filter((id) => !before.includes(id));
    return { page, tabId };
  }

  /**
   * Opens the panel page in a tab, asks it to summarize the tab `tabId` and waits for the
   * summary or an error; resolves to `{ panel, errors }` (its uncaught and console errors).
   */
  async function summarize(tabId, viewport = { width: 1000, height: 700 }) {
    const panel = await context.newPage();
    await panel.setViewportSize(viewport);
    const errors = [];
    panel.on('pageerror', (error) => errors.push(error.message));
    panel.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await panel.goto(`chrome-extension://${extensionId}/panel.html`);
    await panel.evaluate(async (tabId) => {
      const { requestSummary } = await import('./request.js');
      await requestSummary({ id: tabId, windowId: (await chrome.windows.getCurrent()).id });
    }, tabId);
    await panel.waitForFunction(() => /Summary ready/.test(document.querySelector('#status').textContent) || !document.querySelector('#error').hidden);
    return { panel, errors };
  }

  async function close() {
    await context.close();
    rmSync(buildDir, { recursive: true, force: true });
  }
  return { context, extensionId, serviceWorker, buildDir, extensionDir, manifest, files, openTab, summarize, close };
}
