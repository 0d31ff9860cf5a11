// PDF and Word files in the page, in headless Chromium: the built site (scripts/build-site.mjs)
// served from a temporary folder, files opened through the file input. The summary of a
// document is the summary of its source text; reading shows its progress and can be
// cancelled; each bad file gets its message; nothing is requested off the origin; and the
// document libraries are not part of what the page loads before a file is opened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as precis from 'precis';
import { chooseParts, precisOptions } from '../../js/summary-types.mjs';
import { buildSite } from '../../scripts/build-site.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { SOURCE_TEXT, writeDocumentFixtures } from '../support/document-fixtures.mjs';
import { launchChromium } from './harness.mjs';

/** The most the page may load, gzipped, before a file is opened. */
const FIRST_USE_BUDGET = 250 * 1024;
const VENDOR_FILES = ['vendor/mammoth.browser.min.js', 'vendor/pdf.min.mjs', 'vendor/pdf.worker.min.mjs'];

let siteDir, fixtureDir, files, server, origin, browser;
before(async () => {
  siteDir = mkdtempSync(join(tmpdir(), 'precis-site-'));
  fixtureDir = mkdtempSync(join(tmpdir(), 'precis-documents-'));
  buildSite(siteDir);
  files = await writeDocumentFixtures(fixtureDir, { longPages: 400 });
  server = await startServer(0, siteDir);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(fixtureDir, { recursive: true, force: true });
});

/** Opens the page in a fresh context (service workers as given) and waits until it is ready. */
async function openPage({ serviceWorkers = 'allow' } = {}) {
  const context = await browser.newContext({ serviceWorkers });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/`);
  await waitForStatus(page, 'Ready');
  return { page, context, requests, errors };
}

const waitForStatus = (page, text, timeout = 60_000) => page.locator('#status').filter({ hasText: text }).waitFor({ timeout });
const summaryItems = (page) => page.locator('#summary-list li').allTextContents();
const openFile = (page, name) => page.locator('#file').setInputFiles(files[name]);
/** What the page shows for the source text pasted: key points, short (its default summary type). */
const expectedSummary = (() => {
  const result = precis.summarize(SOURCE_TEXT, precisOptions('key-points', 'short'));
  return chooseParts(SOURCE_TEXT, result, 'key-points', 'short').map((s) => s.text);
})();

test('before a file is opened the page loads at most 250 KB gzipped, and none of the document libraries', async (t) => {
  const { page, context, requests } = await openPage({ serviceWorkers: 'block' });
  const paths = [...new Set(requests.map((url) => new URL(url).pathname.slice(1) || 'index.html'))];
  assert.ok(paths.includes('pkg/web/precis_bg.wasm') && paths.includes('app.js'), paths.join(' '));
  assert.deepEqual(paths.filter((path) => path.startsWith('vendor/')), []);
  const gzipped = paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(siteDir, path)), { level: 9 }).length, 0);
  t.diagnostic(`first use: ${(gzipped / 1024).toFixed(1)} KB gzipped`);
  assert.ok(gzipped <= FIRST_USE_BUDGET, `the page loads ${(gzipped / 1024).toFixed(1)} KB gzipped: ${paths.join(' ')}`);
  const listed = JSON.parse(readFileSync(join(siteDir, 'files.json'), 'utf8'));
  for (const file of VENDOR_FILES) assert.ok(listed.includes(file), `files.json lists ${file} for offline use`);
  await context.close();
});

test('a PDF and a .docx opened with the file picker give the summary of their source text, with no request off the origin', async () => {
  const { page, context, requests, errors } = await openPage();
  for (const name of ['article.pdf', 'article.docx']) {
    await page.getByRole('button', { name: 'Clear' }).click();
    await openFile(page, name);
    await waitForStatus(page, 'Summary ready');
    assert.equal(await page.locator('#text').inputValue(), SOURCE_TEXT.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).join('\n\n'), name);
    assert.deepEqual(await summaryItems(page), expectedSummary, name);
  }
  const paths = requests.map((url) => new URL(url).pathname.slice(1));
  for (const file of VENDOR_FILES) assert.ok(paths.includes(file), `${file} was loaded`);
  assert.deepEqual(requests.filter((url) => !url.startsWith(`${origin}/`)), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('reading a long PDF shows "page N of M" with a progress bar; Cancel stops it and the next file opens', async () => {
  const { page, context, errors } = await openPage();
  // Clicks Cancel in the page as the status reaches page 3 (in the task that shows it,
  // so the reading cannot end first), noting what the page showed then.
  await page.evaluate(() => {
    const status = document.querySelector('#status');
    new MutationObserver((_, observer) => {
      if (!/page ([3-9]|\d\d+) of/.test(status.textContent)) return;
      observer.disconnect();
      const cancel = document.querySelector('#cancel');
      window.shownWhileReading = { status: status.textContent, progress: document.querySelector('#progress').value, cancel: !cancel.hidden };
      cancel.click();
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await openFile(page, 'long.pdf');
  await waitForStatus(page, 'Cancelled: long.pdf was not opened.');
  const shown = await page.evaluate(() => window.shownWhileReading);
  assert.match(shown.status, /^Reading long\.pdf: page 3 of (\d{3})…$/);
  const pages = Number(/of (\d+)/.exec(shown.status)[1]);
  assert.equal(shown.progress, 3 / pages);
  assert.equal(shown.cancel, true);
  assert.equal(await page.locator('#text').inputValue(), '');
  assert.ok(await page.locator('#progress').isHidden());
  assert.ok(await page.locator('#cancel').isHidden());

  await openFile(page, 'article.pdf');
  await waitForStatus(page, 'Summary ready');
  assert.deepEqual(await summaryItems(page), expectedSummary);
  assert.deepEqual(errors, []);
  await context.close();
});

test('each bad file shows its message in the error area; a 300 MB PDF is refused before reading; the page stays usable', async () => {
  const { page, context } = await openPage();
  const messages = {
    'encrypted.pdf': 'this PDF is encrypted / password-protected',
    'scanned.pdf': 'this PDF has no text to summarize; it looks like scanned images',
    'truncated.pdf': 'this PDF is truncated: its end is missing',
    'corrupt.pdf': 'this PDF is damaged',
    'fake.docx': 'this file is not a Word document',
    'huge.pdf': 'this file is 300 MB; précis reads PDF and Word files of at most 100 MB',
  };
  for (const [name, message] of Object.entries(messages)) {
    await openFile(page, name);
    await page.locator('#error').filter({ hasText: `Could not read ${name}: ${message}` }).waitFor({ timeout: 30_000 });
    await waitForStatus(page, `${name} was not opened.`);
  }
  await openFile(page, 'article.docx');
  await waitForStatus(page, 'Summary ready');
  assert.ok(await page.locator('#error').isHidden());
  assert.deepEqual(await summaryItems(page), expectedSummary);
  await context.close();
});

test('once loaded, PDF and Word files open offline (the libraries are in the stored copy of the site)', async () => {
  const { page, context, errors } = await openPage();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  for (const name of ['article.pdf', 'article.docx']) {
    await page.getByRole('button', { name: 'Clear' }).click();
    await openFile(page, name);
    await waitForStatus(page, 'Summary ready');
    assert.deepEqual(await summaryItems(page), expectedSummary, name);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
