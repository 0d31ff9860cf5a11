// precis/summarizer in headless Chromium (a module Web Worker): the same summaries as in
// Node for every type x length x format, and the browser's own errors (DOMException,
// QuotaExceededError); the polyfill leaves Chromium's built-in Summarizer alone, and a
// page written for the built-in (tests/js/pages/built-in/) works unchanged with it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Summarizer } from 'precis/summarizer';
import { launchChromium, serveFiles } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = ['harbor_bridge.txt', 'water_report.md', 'planning_meeting.txt'];
const TYPES = ['key-points', 'tldr', 'teaser', 'headline'];
const LENGTHS = ['short', 'medium', 'long'];
const FORMATS = ['markdown', 'plain-text'];

let browser, server;
before(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveFiles(ROOT, { blank: true })]);
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** A new page on the server's blank page, recording requests and errors; `withoutBuiltIn`
 * removes Chromium's own Summarizer first, as in a browser that has none. */
async function openPage({ withoutBuiltIn = false, path = '/' } = {}) {
  const context = await browser.newContext();
  if (withoutBuiltIn) await context.addInitScript(() => delete globalThis.Summarizer);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && errors.push(m.text())); // the blank page has no icon
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}${path}`);
  return { page, context, requests, errors };
}

test('Chromium: every type x length x format gives what Node gives, streamed or not', async () => {
  const { page, context, requests, errors } = await openPage();
  const texts = Object.fromEntries(FIXTURES.map((name) => [name, readFileSync(`${ROOT}tests/fixtures/${name}`, 'utf8')]));
  const inBrowser = await page.evaluate(async ({ texts, TYPES, LENGTHS, FORMATS }) => {
    const { Summarizer } = await import('/js/summarizer-browser.mjs');
    const results = {};
    for (const [name, text] of Object.entries(texts)) {
      for (const type of TYPES) for (const length of LENGTHS) for (const format of FORMATS) {
        const summarizer = await Summarizer.create({ type, length, format });
        let streamed = '';
        for await (const chunk of summarizer.summarizeStreaming(text)) streamed += chunk;
        results[`${name} ${type} ${length} ${format}`] = [await summarizer.summarize(text), streamed];
        summarizer.destroy();
      }
    }
    return results;
  }, { texts, TYPES, LENGTHS, FORMATS });
  for (const [name, text] of Object.entries(texts)) {
    for (const type of TYPES) for (const length of LENGTHS) for (const format of FORMATS) {
      const summarizer = await Summarizer.create({ type, length, format });
      const expected = await summarizer.summarize(text);
      summarizer.destroy();
      assert.deepEqual(inBrowser[`${name} ${type} ${length} ${format}`], [expected, expected], `${name} ${type} ${length} ${format}`);
    }
  }
  assert.deepEqual(requests.filter((u) => !u.startsWith(`${server.origin}/`)), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Chromium: the errors are the platform\'s: NotSupportedError, TypeError, abort reasons, AbortError after destroy, QuotaExceededError', async () => {
  const { page, context } = await openPage();
  const outcomes = await page.evaluate(async () => {
    const { Summarizer } = await import('/js/summarizer-browser.mjs');
    const text = await (await fetch('/tests/fixtures/harbor_bridge.txt')).text();
    const outcome = (promise) => promise.then((value) => ({ value }), (error) => ({
      name: error.name, dom: error instanceof DOMException, quotaClass: error instanceof QuotaExceededError, message: error.message,
      requested: error.requested, quota: error.quota,
    }));
    const summarizer = await Summarizer.create();
    const reason = new DOMException('stop', 'AbortError');
    const controller = new AbortController();
    const running = outcome(summarizer.summarize(text.repeat(2_000), { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    const result = {
      availability: await Summarizer.availability({ expectedInputLanguages: ['ko'] }),
      unsupported: await outcome(Summarizer.create({ expectedInputLanguages: ['ko'] })),
      badType: await outcome(Summarizer.create({ type: 'summary' })),
      abortedBefore: await outcome(summarizer.summarize(text, { signal: AbortSignal.abort(reason) })),
      abortedDuring: await running,
      after: await outcome(summarizer.summarize(text)),
      quota: await outcome(summarizer.summarize('a'.repeat(summarizer.inputQuota + 1))),
    };
    summarizer.destroy();
    result.destroyed = await outcome(summarizer.summarize(text));
    return result;
  });
  assert.equal(outcomes.availability, 'unavailable');
  assert.deepEqual([outcomes.unsupported.name, outcomes.unsupported.dom], ['NotSupportedError', true]);
  assert.deepEqual([outcomes.badType.name, outcomes.badType.dom], ['TypeError', false]);
  assert.deepEqual([outcomes.abortedBefore.name, outcomes.abortedBefore.message], ['AbortError', 'stop']);
  assert.deepEqual([outcomes.abortedDuring.name, outcomes.abortedDuring.dom], ['AbortError', true]);
  assert.equal(outcomes.after.value.split('\n').length, 3, 'the summarizer goes on after an aborted call');
  assert.deepEqual([outcomes.quota.name, outcomes.quota.dom, outcomes.quota.quotaClass, outcomes.quota.requested, outcomes.quota.quota],
    ['QuotaExceededError', true, true, 64 * 1024 * 1024 + 1, 64 * 1024 * 1024]);
  assert.deepEqual([outcomes.destroyed.name, outcomes.destroyed.dom], ['AbortError', true]);
  await context.close();
});

test('Chromium: the polyfill leaves the built-in Summarizer alone; preferBuiltIn falls back to précis when it is unavailable', async () => {
  const { page, context } = await openPage();
  const [hadBuiltIn, installed, untouched, builtInAvailability, madeByPrecis] = await page.evaluate(async () => {
    const builtIn = globalThis.Summarizer;
    const polyfill = await import('/js/polyfill-browser.mjs');
    const made = await polyfill.preferBuiltIn({ type: 'tldr' });
    return [typeof builtIn, polyfill.installed, globalThis.Summarizer === builtIn, await builtIn.availability(), made instanceof polyfill.Summarizer];
  });
  assert.deepEqual([hadBuiltIn, installed, untouched, madeByPrecis], ['function', false, true, builtInAvailability !== 'available']);
  await context.close();
});

test('Chromium: a page written for the built-in Summarizer works unchanged with the polyfill where there is none', async () => {
  const { page, context, requests, errors } = await openPage({ withoutBuiltIn: true, path: '/tests/js/pages/built-in/' });
  await page.locator('#status').filter({ hasText: 'Done.' }).waitFor();
  assert.equal(await page.locator('#status').textContent(), 'Downloaded 100%. Done.');
  const summarizer = await Summarizer.create({ type: 'key-points', format: 'markdown', length: 'medium', sharedContext: 'A city council vote' });
  const expected = await summarizer.summarize(readFileSync(`${ROOT}tests/fixtures/harbor_bridge.txt`, 'utf8'));
  summarizer.destroy();
  assert.equal(expected.split('\n').length, 5);
  assert.equal(await page.locator('#summary').textContent(), expected);
  assert.equal(await page.locator('#streamed').textContent(), expected);
  assert.deepEqual(requests.filter((u) => !u.startsWith(`${server.origin}/`)), []);
  assert.deepEqual(errors, []);
  await context.close();
});
