// Browser test of the page (www/) in headless Chromium, driven by playwright-core:
// paste, summarize, check the summary, highlights and entities against the Node
// build, and check that no request leaves the page's origin and nothing logs an error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const require = createRequire(import.meta.url);
const precis = require('../../');
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const ARTIFACTS = new URL('../../test-results/', import.meta.url);

let server, browser, origin;
before(async () => {
  server = await startServer(0);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens the page, recording every request and every console error. */
async function openPage(options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/`);
  await page.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
  return { page, requests, errors };
}

async function summarizeInPage(page, text) {
  await page.getByLabel('Text', { exact: true }).fill(text);
  await page.getByLabel('Text', { exact: true }).press('Control+Enter');
  await page.getByRole('status').filter({ hasText: 'Summarized' }).waitFor();
}

test('summary, highlights and entities match the API, with no outside request', async () => {
  const { page, requests, errors } = await openPage({ viewport: { width: 1280, height: 900 } });
  const text = fixture('harbor_bridge.txt');
  await summarizeInPage(page, text);
  const expected = precis.summarize(text);
  assert.ok(expected.sentences.length >= 2);

  const summary = page.getByRole('region', { name: 'Summary' });
  assert.deepEqual(await summary.getByRole('listitem').allTextContents(), expected.sentences.map((s) => s.text));

  const marks = await page.locator('#highlighted mark').allTextContents();
  assert.deepEqual(marks, expected.sentences.map((s) => text.slice(s.start, s.end)));
  assert.equal(await page.locator('#highlighted').textContent(), text, 'the original is shown whole');

  const entities = page.getByRole('region', { name: 'Key entities' }).getByRole('listitem');
  const shown = await entities.allTextContents();
  assert.deepEqual(shown, expected.entities.map((e) => `${e.text}${e.count}`));
  assert.ok(shown.some((s) => s.startsWith('Elena R. Vasquez')), `Vasquez missing from ${shown}`);

  await page.screenshot({ path: new URL('page-summary.png', ARTIFACTS).pathname, fullPage: true });
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), [], 'requests left the page origin');
  assert.deepEqual(errors, []);
});

test('the Summarize button and the length control work', async () => {
  const { page, errors } = await openPage();
  await page.getByLabel('Text', { exact: true }).fill(fixture('ceasefire_talks.txt'));
  await page.getByLabel('Length', { exact: true }).selectOption('sentences');
  await page.getByLabel('Length value').fill('2');
  await page.getByRole('button', { name: 'Summarize' }).click();
  const items = page.getByRole('region', { name: 'Summary' }).getByRole('listitem');
  await page.getByRole('status').filter({ hasText: 'Summarized' }).waitFor();
  assert.equal(await items.count(), 2);
  assert.deepEqual(errors, []);
});

test('user text is inserted as text: pasted HTML and scripts never run', async () => {
  const { page, errors } = await openPage();
  const hostile = '<img src=x onerror="window.__pwned=1"> Hello there. <script>window.__pwned=2</script> ' +
    'The <b>Mayor</b> of Port Alder spoke. <iframe src="https://example.com"></iframe> Done.';
  await summarizeInPage(page, hostile);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#highlighted img, #highlighted script, #highlighted iframe, #summary img').count(), 0);
  assert.equal(await page.locator('#highlighted').textContent(), hostile);
  assert.deepEqual(errors, []);
});

test('an invalid length shows a clear error instead of a result', async () => {
  const { page } = await openPage();
  await page.getByLabel('Text', { exact: true }).fill('One sentence here. Another one there.');
  await page.getByLabel('Length', { exact: true }).selectOption('percent');
  await page.getByLabel('Length value').fill('250');
  await page.getByRole('button', { name: 'Summarize' }).click();
  await page.getByRole('status').filter({ hasText: 'Could not summarize' }).waitFor();
  assert.match(await page.getByRole('status').textContent(), /"ratio" must be a number greater than 0 and at most 1, got 2\.5/);
});
