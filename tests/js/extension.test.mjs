// The browser extension, built by scripts/build-extension.mjs and loaded unpacked in
// Debian's Chromium (new headless mode) by the harness's startExtension, which says how
// a test stands in for the click on the toolbar button. What the panel shows is compared
// with the Node build of the package on the article's text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { fixtureArticle, serveFiles, startExtension } from './harness.mjs';

const precis = createRequire(import.meta.url)('../../');
const ARTICLE = fixtureArticle('article_page.html');

let server, extension;
const requests = [];
before(async () => {
  server = await serveFiles(new URL('../fixtures/', import.meta.url).pathname);
  extension = await startExtension();
  extension.context.on('request', (request) => requests.push(request.url()));
});
after(async () => {
  await extension?.close();
  server?.close();
});

/** The texts highlighted in the page under the CSS highlight `name`, whitespace collapsed. */
const highlighted = (page, name) => page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])]
  .map((range) => range.toString().replace(/\s+/g, ' ').trim()), name);
const collapsed = (text) => text.replace(/\s+/g, ' ').trim();

test('the manifest asks for activeTab, scripting, sidePanel and storage only; its policy allows WebAssembly and nothing remote', () => {
  const { manifest, files } = extension;
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'scripting', 'sidePanel', 'storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.optional_permissions, undefined);
  assert.equal(manifest.commands._execute_action.suggested_key.default, 'Alt+Shift+S');
  const policy = Object.fromEntries(manifest.content_security_policy.extension_pages.split(';')
    .map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
  assert.equal(policy['script-src'], "'self' 'wasm-unsafe-eval'");
  assert.equal(policy['default-src'], "'self'");
  assert.deepEqual(Object.values(policy).filter((v) => /https?:|\*|data:|blob:|'unsafe-inline'|'unsafe-eval'/.test(v)), []);
  for (const file of [manifest.background.service_worker, manifest.side_panel.default_path, ...Object.values(manifest.icons)]) assert.ok(files.includes(file), file);
});

test('the zip holds exactly the built extension', () => {
  const { buildDir, extensionDir, files, manifest } = extension;
  const zipped = unzipSync(readFileSync(join(buildDir, 'precis-extension.zip')));
  assert.deepEqual(Object.keys(zipped).sort(), files);
  for (const file of files.filter((f) => f !== 'manifest.json')) {
    assert.ok(Buffer.from(zipped[file]).equals(readFileSync(join(extensionDir, file))), file);
  }
  assert.deepEqual(JSON.parse(Buffer.from(zipped['manifest.json']).toString()), manifest);
});

test('summarizes the article of the tab: summary, entities and keywords in the panel, the summary highlighted in the page', async () => {
  const { page, tabId } = await extension.openTab(`${server.origin}/article_page.html`);
  const pageBefore = await page.evaluate(() => document.documentElement.outerHTML);
  const { panel, errors } = await extension.summarize(tabId);
  const expected = precis.summarize(ARTICLE.text);
  assert.ok(expected.sentences.length >= 2);

  assert.deepEqual(await panel.locator('#summary-list li').allTextContents(), expected.sentences.map((s) => s.text));
  assert.deepEqual(await panel.locator('#entity-groups .chip-text').allTextContents(),
    ['person', 'place', 'organization', 'other'].flatMap((kind) => expected.entities.filter((e) => e.kind === kind).map((e) => e.text)));
  assert.deepEqual(await panel.locator('#keyword-list .chip-text').allTextContents(), expected.keywords.map((k) => k.text));
  assert.match(await panel.locator('#status').textContent(), new RegExp(`Summary ready: ${expected.sentences.length} of ${expected.stats.sentences} sentences, highlighted in the page\\.$`));

  assert.deepEqual(await highlighted(page, 'precis-summary'), expected.sentences.map((s) => collapsed(s.text)));
  const inArticle = await page.evaluate(() => [...CSS.highlights.get('precis-summary')].every((r) => r.commonAncestorContainer.parentElement.closest('article')));
  assert.ok(inArticle, 'every highlight is inside the article');
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), pageBefore, 'the DOM of the page is unchanged');

  assert.deepEqual(errors, []);
  assert.ok(requests.includes(`chrome-extension://${extension.extensionId}/pkg/web/precis_bg.wasm`), 'the requests of the panel are seen');
  assert.deepEqual(requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith(`chrome-extension://${extension.extensionId}/`)), []);
  await Promise.all([page.close(), panel.close()]);
});

test('a summary sentence scrolls the page to it; an entity highlights its mentions in the page', async () => {
  const { page, tabId } = await extension.openTab(`${server.origin}/article_page.html`, { width: 1000, height: 300 });
  const { panel } = await extension.summarize(tabId);
  const lastSentenceInView = () => {
    const rect = [...CSS.highlights.get('precis-summary')].at(-1).getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= innerHeight;
  };
  assert.equal(await page.evaluate(lastSentenceInView), false);
  await panel.locator('#summary-list a').last().click();
  await page.waitForFunction(lastSentenceInView);

  const entity = precis.summarize(ARTICLE.text).entities.find((e) => e.count > 1);
  await panel.locator('#entity-groups .chip', { hasText: entity.text }).first().click();
  await page.waitForFunction(() => CSS.highlights.has('precis-mention'));
  assert.deepEqual(await highlighted(page, 'precis-mention'), entity.mentions.map(({ start, end }) => collapsed(ARTICLE.text.slice(start, end))));
  await Promise.all([page.close(), panel.close()]);
});

test('a page with no article: the panel says so and nothing is highlighted', async () => {
  const { page, tabId } = await extension.openTab(`${server.origin}/no_article_page.html`);
  const { panel } = await extension.summarize(tabId);
  assert.match(await panel.locator('#error').textContent(), /^This page has no article to summarize\./);
  assert.equal(await panel.locator('#summary-list li').count(), 0);
  assert.equal(await page.evaluate(() => CSS.highlights.has('precis-summary')), false);
  await Promise.all([page.close(), panel.close()]);
});

test('a tab the extension may not read: the panel says why and what to do', async () => {
  const { page, tabId } = await extension.openTab(`${server.origin.replace('127.0.0.1', 'localhost')}/article_page.html`);
  const { panel } = await extension.summarize(tabId);
  assert.match(await panel.locator('#error').textContent(), /^précis cannot read this tab\. .*click the précis button again/);
  assert.equal(await page.evaluate(() => CSS.highlights.has('precis-summary')), false);
  await Promise.all([page.close(), panel.close()]);
});
