// The package as npm publishes it: `npm pack` ships exactly the whitelisted files, and
// the packed tarball, installed into a new project (preferring npm's cache, which installing
// the repository filled with pdf.js's and mammoth's tarballs; a fresh machine's cache lacks
// their registry metadata, which npm then fetches),
// works from Node CommonJS, Node ES modules, the CLI, TypeScript (node16 and bundler
// resolution), a page with no bundler, and Vite 7 (a build and the dev server) in headless
// Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as precis from 'precis';
import { SOURCE_TEXT, writeDocumentFixtures } from '../support/document-fixtures.mjs';
import { launchChromium, serveFiles } from './harness.mjs';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/ceasefire_talks.txt');
const text = readFileSync(FIXTURE, 'utf8');
const expected = precis.summarize(text, { sentences: 3 });

/** What the tarball must hold, and nothing else: no sources, tests or build leftovers, and
 * the module once (the Node build reads pkg/web's). */
const SHIPPED = [
  'README.md', 'package.json', 'bin/precis.mjs',
  'js/browser-worker.mjs', 'js/browser.mjs', 'js/client.mjs', 'js/node-esm.d.mts', 'js/node-esm.mjs',
  'js/node-worker.mjs', 'js/node.mjs',
  'js/document-error.mjs', 'js/documents.mjs', 'js/docx-text.mjs', 'js/pdf-layout.mjs', 'js/pdf-text.mjs',
  'js/headline.mjs', 'js/polyfill.mjs', 'js/polyfill-browser.mjs', 'js/polyfill-node.mjs',
  'js/polyfill.d.mts', 'js/summarizer.mjs', 'js/summarizer-browser.mjs', 'js/summarizer-node.mjs', 'js/summarizer.d.mts', 'js/summary-types.mjs', 'js/utf8.mjs',
  'js/worker-protocol.mjs', 'js/worker.d.mts',
  'pkg/node/package.json', 'pkg/node/precis.d.ts', 'pkg/node/precis.js',
  'pkg/web/package.json', 'pkg/web/precis.d.ts', 'pkg/web/precis.js', 'pkg/web/precis_bg.wasm', 'pkg/web/precis_bg.wasm.d.ts',
].sort();

let work, consumer, packed;
const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });
const node = (args, cwd = consumer) => execFileSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 30_000 });

before(() => {
  work = mkdtempSync(join(tmpdir(), 'precis-package-'));
  [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT));
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');
  npm(['install', '--prefer-offline', join(work, packed.filename)], consumer);
});
after(() => rmSync(work, { recursive: true, force: true }));

test('npm pack ships exactly the whitelisted files', () => {
  assert.deepEqual(packed.files.map((f) => f.path).sort(), SHIPPED);
  const size = (path) => packed.files.find((f) => f.path === path).size;
  assert.ok(size('pkg/web/precis_bg.wasm') > 100_000, 'the module is whole');
  assert.ok(packed.size < 500_000, `the tarball is ${packed.size} bytes`);
});

/** wasm-bindgen's own loader types in the web build, which it writes without comments. */
const LOADER_TYPES = ['InitInput', 'InitOutput', 'SyncInitInput'];

test('every declaration the package exports has a doc comment', () => {
  const declarations = SHIPPED.filter((path) => /\.d\.m?ts$/.test(path) && !path.endsWith('_bg.wasm.d.ts'));
  assert.ok(declarations.length >= 4, declarations.join(' '));
  for (const path of declarations) {
    const lines = readFileSync(join(consumer, 'node_modules/precis', path), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const name = /^export (?:declare )?(?:default )?(?:async )?(?:function|interface|type|const|class) *(\w+)/.exec(line)?.[1];
      if (!name || LOADER_TYPES.includes(name)) return;
      const above = lines.slice(0, i).findLast((l) => l.trim() !== '');
      assert.ok(above?.trim().endsWith('*/'), `${path}:${i + 1}: ${name} has no doc comment`);
    });
  }
});

test('installed: Node CommonJS requires it, ready to use without init', () => {
  writeFileSync(join(consumer, 'use.cjs'), `const { summarize, version } = require('precis');
const text = require('node:fs').readFileSync(process.argv[2], 'utf8');
console.log(JSON.stringify({ summary: summarize(text, { sentences: 3 }), version: version() }));\n`);
  const { summary, version } = JSON.parse(node(['use.cjs', FIXTURE]));
  assert.deepEqual(summary, expected);
  assert.equal(version, precis.version());
});

test('installed: Node ES modules import it (init is there and does nothing), and precis/worker runs it in a worker thread', () => {
  writeFileSync(join(consumer, 'use.mjs'), `import init, { summarize } from 'precis';
import { summarizeAsync } from 'precis/worker';
import { readFileSync } from 'node:fs';
await init();
const text = readFileSync(process.argv[2], 'utf8');
const inWorker = await summarizeAsync(text, { sentences: 3 });
console.log(JSON.stringify({ direct: summarize(text, { sentences: 3 }), inWorker }));\n`);
  const { direct, inWorker } = JSON.parse(node(['use.mjs', FIXTURE]));
  assert.deepEqual(direct, expected);
  assert.deepEqual(inWorker, expected);
});

test('installed: the precis command prints the summary', () => {
  const output = execFileSync(join(consumer, 'node_modules/.bin/precis'), ['--sentences', '3', FIXTURE], { encoding: 'utf8' });
  assert.equal(output, expected.sentences.map((s) => `${s.text.replace(/\s+/g, ' ')}\n`).join(''));
});

test('installed: the precis command reads a PDF and a .docx with the dependencies it installed', async () => {
  const documents = await writeDocumentFixtures(join(work, 'documents'));
  const summary = precis.summarize(SOURCE_TEXT, { sentences: 2 }).sentences.map((s) => `${s.text.replace(/\s+/g, ' ')}\n`).join('');
  for (const name of ['article.pdf', 'article.docx']) {
    const output = execFileSync(join(consumer, 'node_modules/.bin/precis'), ['--sentences', '2', documents[name]], { encoding: 'utf8' });
    assert.equal(output, summary, name);
  }
});

test('installed: TypeScript resolves the types under node16 and bundler resolution', () => {
  const tsc = require.resolve('typescript/bin/tsc');
  for (const file of ['consumer.mts', 'consumer-bundler.ts', 'tsconfig.node16.json', 'tsconfig.bundler.json']) {
    cpSync(join(ROOT, 'tests/types', file), join(consumer, file));
  }
  for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json']) {
    try {
      execFileSync(process.execPath, [tsc, '-p', join(consumer, config)], { encoding: 'utf8' });
    } catch (error) {
      assert.fail(`tsc -p ${config} failed:\n${error.stdout}${error.stderr}`);
    }
  }
});

test('installed: a page with no bundler and a strict Content-Security-Policy imports it by URL, directly and in the worker', async () => {
  mkdirSync(join(consumer, 'plain'), { recursive: true });
  cpSync(FIXTURE, join(consumer, 'plain/fixture.txt'));
  writeFileSync(join(consumer, 'plain/index.html'), `<!doctype html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; img-src data:">
<link rel="icon" href="data:,"><title>plain</title></head>
<body><output id="direct"></output><output id="worker"></output><script type="module" src="app.js"></script></body></html>\n`);
  writeFileSync(join(consumer, 'plain/app.js'), `import init, { summarize } from '../node_modules/precis/pkg/web/precis.js';
import { createSummarizer } from '../node_modules/precis/js/browser.mjs';

const text = await (await fetch('fixture.txt')).text();
await init();
document.querySelector('#direct').textContent = JSON.stringify(summarize(text, { sentences: 3 }));
const inWorker = await createSummarizer().summarize(text, { sentences: 3 });
document.querySelector('#worker').textContent = JSON.stringify(inWorker);\n`);
  const [browser, server] = await Promise.all([launchChromium(), serveFiles(consumer)]);
  try {
    await expectSummariesIn(browser, `${server.origin}/plain/`, server.origin);
  } finally {
    await browser.close();
    server.close();
  }
});

/** Opens `url`, whose page writes the summary of the fixture computed directly (#direct) and
 * in the worker (#worker); both must be the Node build's, with no error and no request
 * leaving `origin`. */
async function expectSummariesIn(browser, url, origin) {
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.locator('#worker:not(:empty)').waitFor({ timeout: 20_000 });
  assert.deepEqual(JSON.parse(await page.locator('#direct').textContent()), expected, url);
  assert.deepEqual(JSON.parse(await page.locator('#worker').textContent()), expected, url);
  assert.deepEqual(errors, [], url);
  assert.deepEqual(requests.filter((request) => !request.startsWith(origin)), [], url);
  assert.ok(requests.some((request) => request.endsWith('.wasm')), url);
  await page.close();
}

test('installed: Vite 7 runs it in Chromium, directly (init) and in a module worker, built and in dev', async () => {
  writeFileSync(join(consumer, 'index.html'), `<!doctype html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title></head>
<body><output id="direct"></output><output id="worker"></output><script type="module" src="./main.js"></script></body></html>\n`);
  writeFileSync(join(consumer, 'main.js'), `import init, { summarize } from 'precis';
import { createSummarizer } from 'precis/worker';
import wasmUrl from 'precis/precis_bg.wasm?url';
import text from './fixture.txt?raw';

await init({ module_or_path: wasmUrl });
document.querySelector('#direct').textContent = JSON.stringify(summarize(text, { sentences: 3 }));
const inWorker = await createSummarizer().summarize(text, { sentences: 3 });
document.querySelector('#worker').textContent = JSON.stringify(inWorker);\n`);
  cpSync(FIXTURE, join(consumer, 'fixture.txt'));
  const vite = await import('vite');
  const settings = { root: consumer, configFile: false, logLevel: 'error', optimizeDeps: { exclude: ['precis'] } };
  await vite.build({ ...settings, build: { outDir: 'dist', emptyOutDir: true } });
  const assets = readdirSync(join(consumer, 'dist/assets'));
  assert.deepEqual(assets.filter((f) => f.endsWith('.wasm')).length, 1, `one .wasm among ${assets}`);

  const browser = await launchChromium();
  const built = await serveFiles(join(consumer, 'dist'));
  const dev = await vite.createServer({ ...settings, server: { host: '127.0.0.1', port: 0 } });
  await dev.listen();
  try {
    for (const origin of [built.origin, dev.resolvedUrls.local[0].replace(/\/$/, '')]) {
      await expectSummariesIn(browser, `${origin}/`, origin);
    }
  } finally {
    await browser.close();
    built.close();
    await dev.close();
  }
});
