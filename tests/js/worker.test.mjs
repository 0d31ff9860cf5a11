// precis/worker: the package run in a worker, in Node (worker_threads) and in headless
// Chromium (a module Web Worker): the same answers as the package itself, progress
// reported by the worker, cancellation, and a new worker after a failure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as precis from 'precis';
import { createSummarizer, summarizeAsync } from 'precis/worker';
import { launchChromium, serveFiles } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const text = fixture('harbor_bridge.txt');
/** About 4 MB of text: most of a second of work or more (1 MB took under 200 ms in
 * Chromium here), long enough to cancel and to block a page. */
const large = text.repeat(Math.ceil(4e6 / text.length));

test('Node: each call gives what the package function gives, with progress from the worker', async () => {
  const summarizer = createSummarizer();
  const phases = [];
  assert.deepEqual(await summarizer.summarize(text, { sentences: 3 }, { onProgress: ({ phase }) => phases.push(phase) }),
    precis.summarize(text, { sentences: 3 }));
  assert.deepEqual(phases, ['running'], 'Node loads the module as the worker starts');
  assert.deepEqual(await summarizer.splitSentences(text, { language: 'en' }), precis.splitSentences(text, { language: 'en' }));
  assert.deepEqual(await summarizer.extractEntities(text, { kinds: ['place'] }), precis.extractEntities(text, { kinds: ['place'] }));
  assert.deepEqual(await summarizer.extractKeywords(text, { limit: 5 }), precis.extractKeywords(text, { limit: 5 }));
  assert.deepEqual(Object.keys(summarizer).sort(), ['extractEntities', 'extractKeywords', 'splitSentences', 'summarize', 'terminate']);
  assert.deepEqual(await summarizeAsync(text, { maxWords: 40 }), precis.summarize(text, { maxWords: 40 }));
  summarizer.terminate();
});

test('Node: calls made together are answered in order, each with its own result', async () => {
  const summarizer = createSummarizer();
  const lengths = [1, 2, 3, 4];
  const results = await Promise.all(lengths.map((sentences) => summarizer.summarize(text, { sentences })));
  assert.deepEqual(results.map((r) => r.sentences.length), lengths);
  assert.deepEqual(results[2], precis.summarize(text, { sentences: 3 }));
  summarizer.terminate();
});

test('Node: bad input rejects with the package\'s own Error or a TypeError saying what is wrong, and the worker stays usable', async () => {
  const summarizer = createSummarizer();
  const syncError = (fn) => { try { fn(); } catch (error) { return error; } };
  for (const [input, options] of [[text, { ratio: 2 }], [text, { colour: 'red' }], [42, undefined]]) {
    const expected = syncError(() => precis.summarize(input, options));
    await assert.rejects(summarizer.summarize(input, options), (error) => error instanceof Error && error.message === expected.message);
  }
  const controls = [
    ['fast', /^precis: the third argument must be an object such as \{ signal, onProgress \}, got a value of type string$/],
    [{ onprogress: () => {} }, /^precis: unknown control "onprogress": the controls are signal, onProgress$/],
    [{ signal: 'stop' }, /^precis: "signal" must be an AbortSignal, got a value of type string$/],
    [{ onProgress: true }, /^precis: "onProgress" must be a function, got a value of type boolean$/],
  ];
  for (const [control, message] of controls) {
    await assert.rejects(summarizer.summarize(text, {}, control), (error) => error instanceof TypeError && message.test(error.message));
  }
  await assert.rejects(summarizer.summarize(text, { focus: () => 'bridge' }), (error) => error instanceof TypeError &&
    /^precis: the text and options cannot be sent to the worker \(.+\)$/.test(error.message));
  assert.equal((await summarizer.splitSentences('One. Two.')).length, 2);
  summarizer.terminate();
});

test('Node: aborting a running call rejects it and the next call runs in a new worker; aborting a waiting call leaves the others', async () => {
  const summarizer = createSummarizer();
  const controller = new AbortController();
  const running = summarizer.summarize(large, {}, {
    signal: controller.signal,
    onProgress: ({ phase }) => phase === 'running' && controller.abort(),
  });
  const waiting = new AbortController();
  const queued = summarizer.splitSentences(text, {}, { signal: waiting.signal });
  const after = summarizer.summarize(text, { sentences: 2 });
  waiting.abort(new Error('changed my mind'));
  await Promise.all([
    assert.rejects(running, { name: 'AbortError' }),
    assert.rejects(queued, { message: 'changed my mind' }),
  ]);
  assert.deepEqual(await after, precis.summarize(text, { sentences: 2 }), 'the next call runs in a new worker');

  const aborted = AbortSignal.abort();
  await assert.rejects(summarizer.summarize(text, {}, { signal: aborted }), { name: 'AbortError' });
  summarizer.terminate();
});

test('Node: terminate rejects the calls not answered yet, and a later call starts a new worker', async () => {
  const summarizer = createSummarizer();
  const pending = [summarizer.summarize(large), summarizer.summarize(text)];
  summarizer.terminate();
  await Promise.all(pending.map((call) => assert.rejects(call, { message: 'precis: the summarizer was terminated' })));
  assert.equal((await summarizer.splitSentences('One. Two.')).length, 2);
  summarizer.terminate();
});

test('Node: a worker that fails to start rejects the call, and the next call starts a new one', async () => {
  // A copy of the package with its WebAssembly missing, then restored.
  const copy = mkdtempSync(join(tmpdir(), 'precis-worker-'));
  try {
    cpSync(join(ROOT, 'js'), join(copy, 'js'), { recursive: true });
    cpSync(join(ROOT, 'pkg/node'), join(copy, 'pkg/node'), { recursive: true });
    const { createSummarizer: create } = await import(join(copy, 'js/node.mjs'));
    const summarizer = create();
    await assert.rejects(summarizer.summarize(text), (error) => error instanceof Error &&
      /^precis: the worker stopped \(.*precis_bg\.wasm.*\); the next call starts a new one$/.test(error.message));
    cpSync(join(ROOT, 'pkg/web/precis_bg.wasm'), join(copy, 'pkg/web/precis_bg.wasm'));
    assert.deepEqual(await summarizer.summarize(text), precis.summarize(text));
    summarizer.terminate();
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('a WebAssembly trap is reported as fatal, and the client replaces that worker', async () => {
  const { answerCalls } = await import('../../js/worker-protocol.mjs');
  const { workerApi } = await import('../../js/client.mjs');
  const trapping = { summarize: () => { throw new WebAssembly.RuntimeError('unreachable'); }, splitSentences: (t) => [t] };
  const posted = [];
  const answer = answerCalls(trapping, Promise.resolve(), (message) => posted.push(message));
  await answer({ id: 1, method: 'summarize', text: 'x' });
  const trapped = 'precis: the WebAssembly module failed (unreachable); the next call starts a new worker';
  assert.deepEqual(posted.at(-1), { id: 1, error: { name: 'Error', message: trapped }, fatal: true });
  await answer({ id: 2, method: 'splitSentences', text: 'y' });
  assert.deepEqual(posted.at(-1), { id: 2, result: ['y'] });

  // The client, with workers that answer in-process through the same protocol.
  const started = [];
  const { createSummarizer: create } = workerApi((events) => {
    const worker = { terminated: false };
    const reply = answerCalls(trapping, Promise.resolve(), (message) => queueMicrotask(() => events.message(message)));
    started.push(worker);
    return { post: (message) => reply(message), terminate: () => (worker.terminated = true), hold: () => {} };
  });
  const summarizer = create();
  await assert.rejects(summarizer.summarize('x'), (error) => error instanceof Error && error.message === trapped);
  assert.deepEqual(await summarizer.splitSentences('y'), ['y']);
  assert.deepEqual(started.map((w) => w.terminated), [true, false], 'the trapped worker was ended and a new one answered');
});

test('Node: an idle worker does not keep the process alive', () => {
  const program = "import { summarizeAsync } from 'precis/worker';\n" +
    "console.log((await summarizeAsync('One here. Two there.', { sentences: 1 })).sentences.length);";
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', program], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
  assert.equal(output, '1\n');
});

describeBrowser();

/** The same API in Chromium, from the repository's files served on localhost. */
function describeBrowser() {
  let browser, server;
  before(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveFiles(ROOT, { blank: true })]);
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function openPage() {
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.origin}/`);
    return { page, requests };
  }

  /** Holds every fetch of the WebAssembly for a moment, so that a new worker is sure to
   * be still loading it when its first call arrives (a cached module can compile before
   * the call is delivered, and then no `loading` phase is reported, rightly). */
  async function slowWasm(page) {
    await page.route('**/precis_bg.wasm', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
  }

  test('Chromium: the same answers as the package, progress from the worker, and no long task on the page', async () => {
    const { page, requests } = await openPage();
    await slowWasm(page);
    const seen = await page.evaluate(async ({ text, large }) => {
      const { createSummarizer, summarizeAsync } = await import('/js/browser.mjs');
      const summarizer = createSummarizer();
      const phases = [[], []];
      const summary = await summarizer.summarize(text, { sentences: 3 }, { onProgress: ({ phase }) => phases[0].push(phase) });
      const sentences = await summarizer.splitSentences(text, {}, { onProgress: ({ phase }) => phases[1].push(phase) });
      const entities = await summarizer.extractEntities(text);
      const keywords = await summarizer.extractKeywords(text);
      const shared = await summarizeAsync(text, { ratio: 0.5 });
      /** Durations of the long tasks (over 50 ms) on this page while `work` runs, started
       * from a timer: a task of the page's own (code run by page.evaluate is not one). */
      const longTasksDuring = async (work) => {
        const durations = [];
        const observer = new PerformanceObserver((list) => durations.push(...list.getEntries().map((e) => e.duration)));
        observer.observe({ type: 'longtask' });
        const result = await new Promise((resolve) => setTimeout(() => resolve(work()), 0));
        await new Promise((resolve) => setTimeout(resolve, 100));
        observer.disconnect();
        return { result, durations };
      };
      const { default: init, summarize } = await import('/pkg/web/precis.js');
      await init();
      const onPage = await longTasksDuring(async () => summarize(large, { sentences: 3 }));
      const inWorker = await longTasksDuring(() => summarizer.summarize(large, { sentences: 3 }));
      summarizer.terminate();
      return { summary, sentences, entities, keywords, shared, phases, onPage: onPage.durations, inWorker: inWorker.durations,
        same: JSON.stringify(onPage.result) === JSON.stringify(inWorker.result) };
    }, { text, large });
    assert.deepEqual(seen.summary, precis.summarize(text, { sentences: 3 }));
    assert.deepEqual(seen.sentences, precis.splitSentences(text));
    assert.deepEqual(seen.entities, precis.extractEntities(text));
    assert.deepEqual(seen.keywords, precis.extractKeywords(text));
    assert.deepEqual(seen.shared, precis.summarize(text, { ratio: 0.5 }));
    assert.deepEqual(seen.phases, [['loading', 'running'], ['running']]);
    assert.ok(seen.same, 'the worker and the page give the same summary of the large text');
    assert.ok(seen.onPage.some((ms) => ms > 200), `run on the page, the large text blocks it (long tasks: ${seen.onPage})`);
    assert.deepEqual(seen.inWorker.filter((ms) => ms > 200), [], 'the page was blocked while the worker ran');
    assert.deepEqual(requests.filter((url) => !url.startsWith(server.origin)), []);
    await page.close();
  });

  test('Chromium: abort terminates the worker and the next call starts a new one', async () => {
    const { page } = await openPage();
    await slowWasm(page);
    const seen = await page.evaluate(async ({ text, large }) => {
      const { createSummarizer } = await import('/js/browser.mjs');
      const summarizer = createSummarizer();
      const controller = new AbortController();
      const aborted = await summarizer.summarize(large, {}, {
        signal: controller.signal,
        onProgress: ({ phase }) => phase === 'running' && controller.abort(),
      }).then(() => 'resolved', (error) => error.name);
      const phases = [];
      const next = await summarizer.summarize(text, { sentences: 2 }, { onProgress: ({ phase }) => phases.push(phase) });
      summarizer.terminate();
      return { aborted, next, phases };
    }, { text, large });
    assert.equal(seen.aborted, 'AbortError');
    assert.deepEqual(seen.phases, ['loading', 'running'], 'a new worker loads the module again');
    assert.deepEqual(seen.next, precis.summarize(text, { sentences: 2 }));
    await page.close();
  });

  for (const [what, pattern, failure] of [
    ['the WebAssembly cannot be fetched', '**/precis_bg.wasm', /^precis: the WebAssembly module could not be loaded: /],
    ['the worker script cannot be fetched', '**/browser-worker.mjs', /^precis: the worker stopped \(.+\); the next call starts a new one$/],
  ]) {
    test(`Chromium: when ${what}, the call rejects with a clear Error and the next call starts a new worker`, async () => {
      const { page } = await openPage();
      await page.route(pattern, (route) => route.fulfill({ status: 404, body: 'not found' }), { times: 1 });
      const seen = await page.evaluate(async (text) => {
        const { createSummarizer } = await import('/js/browser.mjs');
        const summarizer = createSummarizer();
        const failed = await summarizer.summarize(text).then(() => null, (error) => ({ isError: error instanceof Error, message: error.message }));
        const next = await summarizer.summarize(text);
        summarizer.terminate();
        return { failed, next };
      }, text);
      assert.ok(seen.failed?.isError, JSON.stringify(seen.failed));
      assert.match(seen.failed.message, failure);
      assert.deepEqual(seen.next, precis.summarize(text));
      await page.close();
    });
  }
}
