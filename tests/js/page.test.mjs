// Browser tests of the page in headless Chromium, driven by playwright-core. The page is
// built as a static directory (scripts/build-site.mjs) into a temporary folder and served
// from there by scripts/serve.mjs, as any static host would. What the page shows is
// compared with what the Node build of the package returns for the same text.
// Screenshots (360 and 1440 px wide, light and dark) go to test-results/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildSite } from '../../scripts/build-site.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { summaryAsMarkdown, summaryAsText } from '../../www/export.js';
import { fixtureArticle } from './harness.mjs';
import { chooseParts, precisOptions } from '../../js/summary-types.mjs';
import { Summarizer } from 'precis/summarizer';

const require = createRequire(import.meta.url);
const precis = require('../../');
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const ARTIFACTS = new URL('../../test-results/', import.meta.url);
const HARBOR = fixture('harbor_bridge.txt');
const CEASEFIRE = fixture('ceasefire_talks.txt');

/** What the page shows for `text` with a summary type (key points, short, by default):
 * précis' result with the type's parts as its sentences, as js/summary-types.mjs makes them. */
function typed(text, { type = 'key-points', length = 'short', language = 'auto' } = {}) {
  const result = precis.summarize(text, { ...precisOptions(type, length), language });
  return { ...result, sentences: chooseParts(text, result, type, length), type };
}

let server, browser, origin, siteDir;
before(async () => {
  siteDir = mkdtempSync(join(tmpdir(), 'precis-site-'));
  buildSite(siteDir);
  server = await startServer(0, siteDir);
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
  rmSync(siteDir, { recursive: true, force: true });
});

/** Opens the page in a fresh context, recording every request and every console error. */
async function openPage({ ready = true, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/`);
  if (ready) await waitForStatus(page, 'Ready');
  return { page, context, requests, errors };
}

const status = (page) => page.locator('#status');
const waitForStatus = (page, text, timeout) => status(page).filter({ hasText: text }).waitFor({ timeout });
const summaryItems = (page) => page.locator('#summary-list li').allTextContents();

/** Types `text` into the textarea and presses Ctrl+Enter; waits for the result. */
async function summarizeInPage(page, text) {
  await page.getByLabel('Text', { exact: true }).fill(text);
  await page.getByLabel('Text', { exact: true }).press('Control+Enter');
  await waitForStatus(page, 'Summary ready');
}

/** Dispatches a paste into the textarea whose clipboard holds `data` ({ 'text/plain': …, 'text/html': … }). */
async function paste(page, data) {
  await page.locator('#text').evaluate((area, data) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
    area.focus();
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

/**
 * Pastes `unit` repeated until it is `megabytes` long. The clipboard content is built
 * inside the page first, then pasted in a task of its own; `beforePaste` runs between.
 */
async function pasteLarge(page, unit, megabytes, beforePaste = async () => {}) {
  await page.evaluate(({ unit, megabytes }) => {
    window.__clipboard = new DataTransfer();
    window.__clipboard.setData('text/plain', unit.repeat(Math.ceil((megabytes * 1024 * 1024) / unit.length)));
  }, { unit, megabytes });
  await beforePaste();
  await page.locator('#text').evaluate((area) => {
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: window.__clipboard, bubbles: true, cancelable: true }));
    delete window.__clipboard;
  });
}

/** The entity chips shown, by group heading: { People: ['Name3', …], … }. */
async function entityGroups(page) {
  return page.locator('#entity-groups .entity-group').evaluateAll((groups) => Object.fromEntries(
    groups.map((g) => [g.querySelector('h3').textContent, [...g.querySelectorAll('.chip')].map((c) => c.textContent)]),
  ));
}

/**
 * The console errors other than Chrome's reports of inline handlers and styles it blocked.
 * Chrome checks the Content-Security-Policy on those of an HTML text parsed by DOMParser
 * (an inert document) before it notices that scripting is off there, and reports each
 * as blocked; without the policy they do not run either.
 */
const withoutBlockedInlineCode = (errors) =>
  errors.filter((e) => !/^(Executing inline event handler|Applying inline style) violates the following Content Security Policy/.test(e));

const KIND_TITLES = { person: 'People', place: 'Places', organization: 'Organisations', other: 'Other' };

test('summary, highlights, entities by kind, keywords and stats match the API, with no outside request', async () => {
  const { page, requests, errors } = await openPage();
  await summarizeInPage(page, HARBOR);
  const expected = typed(HARBOR);
  assert.equal(expected.sentences.length, 3);

  assert.deepEqual(await summaryItems(page), expected.sentences.map((s) => s.text));
  assert.deepEqual(await page.locator('#highlighted mark').allTextContents(), expected.sentences.map((s) => HARBOR.slice(s.start, s.end)));
  assert.equal(await page.locator('#highlighted').textContent(), HARBOR, 'the original is shown whole');

  const groups = {};
  for (const kind of Object.keys(KIND_TITLES)) {
    const members = expected.entities.filter((e) => e.kind === kind);
    if (members.length) groups[KIND_TITLES[kind]] = members.map((e) => `${e.text}${e.count}`);
  }
  assert.ok(Object.keys(groups).length >= 2, `entities of one kind only: ${JSON.stringify(groups)}`);
  assert.deepEqual(await entityGroups(page), groups);
  assert.ok(groups.People.some((chip) => chip.startsWith('Elena R. Vasquez')), `Vasquez missing from ${groups.People}`);

  assert.ok(expected.keywords.length > 0);
  assert.deepEqual(await page.locator('#keyword-list .chip').allTextContents(), expected.keywords.map((k) => `${k.text}${k.count}`));

  const stats = Object.fromEntries(await page.locator('#stats div').evaluateAll((rows) => rows.map((r) => [r.firstChild.textContent, r.lastChild.textContent])));
  assert.equal(stats.Sentences, `3 of ${expected.stats.sentences}`);
  assert.match(stats.Words, new RegExp(`^\\d+ of ${expected.stats.words.toLocaleString('en-US')}$`));
  assert.match(stats['Reading time saved'], /^\d+ (s|min)$/);
  assert.match(stats['Time taken'], /^\d+ ms$/);
  assert.match(await page.locator('#language option[value="auto"]').textContent(), /\(English\)/);

  assert.deepEqual(requests.filter((u) => !u.startsWith(`${origin}/`)), [], 'requests left the page origin');
  assert.deepEqual(errors, []);
});

test('the empty state explains what to do; the keyboard reaches every control, with a visible focus', async () => {
  const { page } = await openPage();
  assert.match(await page.locator('#summary-empty').textContent(), /Paste or type a text, drop a file, or open/);
  assert.equal(await page.locator('#copy-text').isDisabled(), true);
  await page.locator('#text').press('Control+Enter');
  await waitForStatus(page, 'Paste, type, drop or open a text first');

  await page.locator('#text').fill(HARBOR);
  await page.locator('body').focus();
  const reached = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      const e = document.activeElement;
      const style = getComputedStyle(e);
      return `${e.id || e.name || e.tagName}:${style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? 'outlined' : 'NOT outlined'}`;
    }));
  }
  for (const control of ['open', 'example', 'clear', 'text', 'summary-type', 'summary-length', 'language', 'summarize', 'remember']) {
    assert.ok(reached.some((r) => r.startsWith(`${control}:`)), `Tab never reaches ${control}: ${reached}`);
  }
  assert.deepEqual(reached.filter((r) => r.endsWith('NOT outlined') && !r.startsWith('BODY:')), [], 'focus not visible');
  await page.locator('#summarize').focus();
  await page.keyboard.press('Enter');
  await waitForStatus(page, 'Summary ready');

  const entitiesEmpty = page.locator('#entities-empty');
  const firstWords = 'People, places and organisations the text is about.';
  await summarizeInPage(page, 'the cat sat on the warm mat. it slept there all day long.');
  assert.equal(await entitiesEmpty.textContent(), 'No named entity found.');
  await page.getByRole('button', { name: 'Clear' }).click();
  assert.equal(await entitiesEmpty.textContent(), firstWords);
  assert.equal(await page.locator('#summary-empty').isVisible(), true);
  assert.equal(await page.locator('#language option[value="auto"]').textContent(), 'Detect automatically');
  assert.equal(await page.locator('#highlighted').textContent(), '');
});

test('the page works from a sub-folder of a static host', async () => {
  const parent = await startServer(0, join(siteDir, '..'));
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`http://127.0.0.1:${parent.address().port}/${basename(siteDir)}/`);
    await waitForStatus(page, 'Ready');
    await summarizeInPage(page, HARBOR);
    assert.deepEqual(requests.filter((path) => !path.startsWith(`/${basename(siteDir)}/`)), []);
    await context.close();
  } finally {
    parent.close();
  }
});

test('the length slider (sentences, percent, words) updates the summary live', async () => {
  const { page, errors } = await openPage();
  const text = `${HARBOR}\n\n${CEASEFIRE}`;
  await summarizeInPage(page, text);
  assert.equal((await summaryItems(page)).length, 3);
  assert.equal(await page.getByLabel('Length value').isVisible(), false, 'the slider is for custom lengths');
  await page.getByLabel('Custom', { exact: true }).check();

  const slider = page.getByLabel('Length value');
  const expectLive = async (options, label) => {
    const expected = precis.summarize(text, { ...options, language: 'auto' }).sentences.map((s) => s.text);
    await page.waitForFunction((n) => document.querySelectorAll('#summary-list li').length === n, expected.length);
    await waitForStatus(page, 'Summary ready');
    assert.deepEqual(await summaryItems(page), expected);
    assert.equal(await page.locator('#length-output').textContent(), label);
  };
  await expectLive({ sentences: 3 }, '3 sentences');
  await slider.focus();
  await slider.press('ArrowRight'); // 3 -> 4 sentences, no button pressed
  await expectLive({ sentences: 4 }, '4 sentences');
  await page.getByLabel('Percent').check();
  await expectLive({ ratio: 0.2 }, '20% of the sentences');
  await slider.fill('50');
  await expectLive({ ratio: 0.5 }, '50% of the sentences');
  await page.getByLabel('Words', { exact: true }).check();
  await slider.fill('60');
  await expectLive({ maxWords: 60 }, '60 words at most');
  assert.deepEqual(errors, []);
});

test('the four summary types in three lengths: as the Summarizer API gives them, highlighted, copied as it writes them', async () => {
  const { page, context, errors } = await openPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const report = fixture('water_report.md');
  await summarizeInPage(page, report);
  const labels = { 'key-points': 'Key points', tldr: 'TL;DR', teaser: 'Teaser', headline: 'Headline' };
  for (const type of ['tldr', 'teaser', 'headline', 'key-points']) {
    await page.getByLabel(labels[type], { exact: true }).check();
    assert.match(await page.locator('#type-hint').textContent(), new RegExp(`^${labels[type]}: `));
    for (const [length, label] of [['long', 'Long'], ['short', 'Short']]) {
      await page.getByLabel(label, { exact: true }).check();
      const expected = typed(report, { type, length });
      await page.waitForFunction((texts) => JSON.stringify([...document.querySelectorAll('#summary-list li')].map((li) => li.textContent)) === texts,
        JSON.stringify(expected.sentences.map((s) => s.text)));
      await waitForStatus(page, 'Summary ready');
      assert.deepEqual(await page.locator('#highlighted mark').allTextContents(), expected.sentences.map((s) => report.slice(s.start, s.end)), `${type} ${length}`);
      await page.locator('#copied').evaluate((e) => { e.textContent = ''; });
      await page.getByRole('button', { name: 'Copy text' }).click();
      await page.locator('#copied').filter({ hasText: 'Copied' }).waitFor();
      const summarizer = await Summarizer.create({ type, length, format: 'plain-text' });
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await summarizer.summarize(report), `${type} ${length}`);
      summarizer.destroy();
    }
  }
  assert.deepEqual(await summaryItems(page), typed(report).sentences.map((s) => s.text));
  await page.getByLabel('Headline', { exact: true }).check();
  await page.waitForFunction(() => document.querySelector('#summary-list li')?.textContent === 'Riverside Water Utility: Annual Quality Report 2025');
  assert.deepEqual(errors, []);
});

test('the language can be overridden', async () => {
  const { page } = await openPage();
  await summarizeInPage(page, HARBOR);
  await page.getByLabel('Language').selectOption('fr');
  await waitForStatus(page, 'French');
  const expected = typed(HARBOR, { language: 'fr' });
  assert.equal(expected.language, 'fr');
  assert.deepEqual(await summaryItems(page), expected.sentences.map((s) => s.text));
});

test('copy as plain text and as Markdown, with a visible confirmation', async () => {
  const { page, context } = await openPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await summarizeInPage(page, HARBOR);
  const expected = typed(HARBOR);

  await page.getByRole('button', { name: 'Copy text' }).click();
  await page.locator('#copied').filter({ hasText: 'Copied the summary as plain text' }).waitFor();
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(plain, summaryAsText(expected));
  const summarizer = await Summarizer.create({ type: 'key-points', length: 'short', format: 'plain-text' });
  assert.equal(plain, await summarizer.summarize(HARBOR), 'as the Summarizer API writes it');
  summarizer.destroy();
  assert.equal(plain.split('\n').length, 3);

  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await page.locator('#copied').filter({ hasText: 'Copied the summary as Markdown' }).waitFor();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(markdown, summaryAsMarkdown(expected));
  assert.match(markdown, /^## Summary\n\n- /);
  assert.match(markdown, /\*\*Key entities:\*\* .*Elena R\\?\. Vasquez/);
});

test('clicking a summary sentence scrolls the original to it', async () => {
  const { page } = await openPage({ viewport: { width: 1280, height: 700 } });
  const text = `${HARBOR}\n\n${CEASEFIRE}\n\n${HARBOR.replaceAll('bridge', 'tunnel')}`;
  await summarizeInPage(page, text);
  const last = page.locator('#summary-list li a').last();
  const id = (await last.getAttribute('href')).slice(1);
  const visible = () => page.locator(`#${id}`).evaluate((mark) => {
    const box = mark.getBoundingClientRect();
    const view = mark.closest('#highlighted').getBoundingClientRect();
    return box.top >= view.top && box.bottom <= view.bottom && box.bottom <= innerHeight && box.top >= 0;
  });
  assert.equal(await visible(), false, 'the last summary sentence starts out of view');
  await last.click();
  await page.waitForFunction((id) => document.activeElement?.id === id, id);
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true)))); // let the smooth scroll end
  await page.waitForTimeout(600);
  assert.equal(await visible(), true, 'the sentence is scrolled into view');
});

test('hovering or focusing an entity or keyword highlights its mentions', async () => {
  const { page } = await openPage();
  await summarizeInPage(page, HARBOR);
  const expected = typed(HARBOR);
  const highlighted = () => page.evaluate(() => [...(CSS.highlights.get('mention') ?? [])].map((r) => r.toString()));
  const mentionTexts = (item) => item.mentions.map((m) => HARBOR.slice(m.start, m.end));

  const vasquez = expected.entities.find((e) => e.text === 'Elena R. Vasquez');
  assert.ok(vasquez.mentions.length >= 2);
  await page.locator('.chip', { hasText: 'Elena R. Vasquez' }).hover();
  assert.deepEqual(await highlighted(), mentionTexts(vasquez));
  await page.mouse.move(0, 0);
  assert.deepEqual(await highlighted(), []);

  const keyword = expected.keywords[0];
  await page.locator('#keyword-list .chip').first().focus();
  assert.deepEqual(await highlighted(), mentionTexts(keyword));
  await page.keyboard.press('Tab');
  assert.notDeepEqual(await highlighted(), mentionTexts(keyword));
});

test('files open by picker and by drop: .txt, .md, and .html reduced to its readable text', async () => {
  const { page, errors } = await openPage();
  await page.locator('#file').setInputFiles({ name: 'harbor.txt', mimeType: 'text/plain', buffer: Buffer.from(HARBOR) });
  await waitForStatus(page, 'Summary ready');
  assert.equal(await page.locator('#text').inputValue(), HARBOR);
  assert.deepEqual(await summaryItems(page), typed(HARBOR).sentences.map((s) => s.text));

  const [title, ...paragraphs] = CEASEFIRE.split(/\n\n+/);
  const html = `<!doctype html><html><head><title>Talks</title><style>p { color: red }</style>
    <script>window.__pwned = 'file'</script></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p.replaceAll('\n', ' ')}</p>`).join('\n')}</article>
    <footer>© Example News</footer><img src="https://example.com/pixel.gif" onerror="window.__pwned = 'img'"></body></html>`;
  await page.locator('#file').setInputFiles({ name: 'talks.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await waitForStatus(page, 'Summary ready');
  const reduced = await page.locator('#text').inputValue();
  assert.equal(reduced, [title, ...paragraphs.map((p) => p.trim().replaceAll('\n', ' '))].join('\n\n'));
  assert.deepEqual(await summaryItems(page), typed(reduced).sentences.map((s) => s.text));

  const markdown = `# Harbor *news*\n\nRead [the city's **notice**](https://example.com/notice).\n\n${HARBOR}`;
  await page.locator('#input').evaluate((panel, markdown) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([markdown], 'notes.md', { type: 'text/markdown' }));
    panel.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, markdown);
  const prose = `Harbor news\n\nRead the city's notice.\n\n${HARBOR.trim()}`;
  await page.waitForFunction((prose) => document.querySelector('#text').value === prose, prose);
  await waitForStatus(page, 'Summary ready');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(withoutBlockedInlineCode(errors), []);
});

test('hostile HTML and scripts never run: typed as text, or pasted as HTML', async () => {
  const { page, errors, requests } = await openPage();
  await page.evaluate(() => { window.__pwned = undefined; });
  const hostile = '<img src=x onerror="window.__pwned=1"> Hello there. <script>window.__pwned=2</script> ' +
    'The <b>Mayor</b> of Port Alder spoke. <iframe src="https://example.com"></iframe> Done.';
  await summarizeInPage(page, hostile);
  assert.equal(await page.locator('#highlighted').textContent(), hostile);

  const html = '<p>The council of Port Alder met on Monday.</p><img src=x onerror="window.__pwned=3">' +
    '<script>window.__pwned=4</script><p onclick="window.__pwned=5">Mayor Lena Ortiz said the Harbor Bridge will reopen.</p>' +
    '<style>body{display:none}</style><iframe srcdoc="<script>parent.__pwned=6</script>"></iframe>';
  await page.locator('#text').fill('');
  await paste(page, { 'text/html': html, 'text/plain': 'ignored' });
  await page.waitForFunction(() => document.querySelector('#text').value !== ''); // HTML is read asynchronously (Readability loads on first use)
  await waitForStatus(page, 'Summary ready');
  assert.equal(await page.locator('#text').inputValue(), 'The council of Port Alder met on Monday.\n\nMayor Lena Ortiz said the Harbor Bridge will reopen.');
  await page.locator('#summary-list a').first().click();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#highlighted *:not(.chunk, mark), #summary img, #entities img').count(), 0);
  assert.deepEqual(requests.filter((u) => !u.startsWith(`${origin}/`)), []);
  assert.deepEqual(withoutBlockedInlineCode(errors), []);
});

test('the Content-Security-Policy forbids inline script, eval and outside connections', async () => {
  const { page } = await openPage();
  const policy = Object.fromEntries((await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))
    .split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
  assert.equal(policy['default-src'], "'none'");
  assert.equal(policy['script-src'], "'self'");
  assert.equal(policy['connect-src'], "'self'");
  assert.equal(policy['style-src'], "'self'");
  assert.deepEqual(Object.keys(policy).filter((d) => /unsafe|data:|https?:|\*/.test(policy[d])), []);
  const blocked = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    document.body.append(Object.assign(document.createElement('script'), { textContent: 'window.__inline = 1' }));
    await fetch('https://example.com/').catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { inlineRan: window.__inline === 1, violations: violations.sort() };
  });
  assert.deepEqual(blocked, { inlineRan: false, violations: ['connect-src', 'script-src-elem'] });
});

test('a 5 MB paste is summarized with progress and no main-thread task over 200 ms', async (t) => {
  const { page, errors } = await openPage();
  const unit = `${HARBOR}\n\n${CEASEFIRE}\n\n`;
  await pasteLarge(page, unit, 5, () => page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => Math.round(e.duration))))
      .observe({ type: 'longtask' });
  }));
  await page.locator('#progress').waitFor({ state: 'visible' });
  assert.match(await page.locator('#large-text').textContent(), /Pasted text · 5\.0 MB of text/);
  await waitForStatus(page, 'Summary ready', 60_000);
  assert.equal(await page.locator('#progress').isHidden(), true);
  assert.equal((await summaryItems(page)).length, 3);
  assert.equal(await page.locator('#highlighted mark').count(), 3);
  assert.equal(await page.locator('#highlighted').evaluate((e) => e.textContent.length), Math.ceil((5 * 1024 * 1024) / unit.length) * unit.length);
  // Tens of thousands of mentions: the 1000 nearest the part in view are highlighted.
  const keyword = page.locator('#keyword-list .chip').first();
  const mentions = Number(await keyword.locator('.chip-count').textContent());
  assert.ok(mentions > 1000, `${mentions} mentions`);
  await keyword.hover();
  assert.equal(await page.evaluate(() => CSS.highlights.get('mention').size), 1000);
  await keyword.click();
  await waitForStatus(page, `mention 1 of ${mentions}.`);
  const longTasks = await page.evaluate(() => window.__longTasks);
  t.diagnostic(`main-thread tasks over 50 ms while 5 MB were pasted, summarized, shown and a keyword's mentions highlighted: ${JSON.stringify(longTasks)}`);
  assert.deepEqual(longTasks.filter((ms) => ms > 200), [], `long tasks: ${longTasks}`);
  assert.deepEqual(errors, []);
});

test('a 20 MB paste is accepted, restarted when the length changes, and can be cancelled; the page stays usable', async () => {
  const { page, errors } = await openPage();
  await pasteLarge(page, `${CEASEFIRE}\n\n`, 20);
  await waitForStatus(page, 'Summarizing 20.0 MB');
  assert.equal(await page.locator('#progress').isVisible(), true);
  const [working] = page.workers();
  const stopped = new Promise((resolve) => working.once('close', resolve));
  await page.getByLabel('Medium', { exact: true }).check(); // the running summary is now useless
  await stopped;
  await waitForStatus(page, 'Summarizing 20.0 MB');
  assert.notEqual(page.workers()[0], working);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await waitForStatus(page, 'Cancelled');
  assert.equal(await page.getByRole('button', { name: 'Cancel' }).isHidden(), true);
  await page.getByRole('button', { name: 'Clear' }).click();
  await summarizeInPage(page, HARBOR);
  assert.equal((await summaryItems(page)).length, 5); // medium key points, chosen above
  assert.deepEqual(errors, []);
});

test('a text over the size limit is refused before it is sent', async () => {
  const { page } = await openPage();
  await page.workers()[0].evaluate(() => {
    const answer = self.onmessage;
    self.calls = 0;
    self.onmessage = (event) => { self.calls++; answer(event); };
  });
  await pasteLarge(page, 'Word and more words. ', 65);
  await page.locator('#error').filter({ hasText: 'précis summarizes at most 64.0 MB' }).waitFor();
  assert.match(await page.locator('#error').textContent(), /This text is 65\.0 MB/);
  await waitForStatus(page, 'Nothing was sent');
  assert.equal(await page.workers()[0].evaluate(() => self.calls), 0, 'the text went to the worker');
});

test('a crashed worker is replaced and the user is told', async () => {
  const { page } = await openPage();
  assert.equal(page.workers().length, 1);
  await page.workers()[0].evaluate(() => {
    self.onmessage = () => setTimeout(() => { throw new Error('simulated crash'); });
  });
  await page.getByLabel('Text', { exact: true }).fill(HARBOR);
  await page.getByRole('button', { name: 'Summarize' }).click();
  await page.locator('#error').filter({ hasText: 'stopped unexpectedly and has been restarted' }).waitFor();
  await page.getByRole('button', { name: 'Summarize' }).click();
  await waitForStatus(page, 'Summary ready');
  assert.equal(await page.locator('#error').isHidden(), true);
  assert.equal((await summaryItems(page)).length, 3);
});

test('a module that cannot load gives a clear message', async () => {
  const context = await browser.newContext();
  await context.route('**/precis_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.getByRole('alert').filter({ hasText: 'The summarizer could not load' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Summarize' }).isDisabled(), true);
});

test('works offline once loaded: summarizing, restarting the worker, reloading the page', async () => {
  const { page, context, errors } = await openPage();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  const expected = typed(CEASEFIRE).sentences.map((s) => s.text);
  await summarizeInPage(page, CEASEFIRE);
  assert.deepEqual(await summaryItems(page), expected);

  await pasteLarge(page, `${CEASEFIRE}\n\n`, 2);
  await waitForStatus(page, 'Summarizing');
  await page.keyboard.press('Escape'); // cancels: terminates the worker
  await waitForStatus(page, 'Cancelled');
  await page.getByRole('button', { name: 'Clear' }).click();
  await summarizeInPage(page, CEASEFIRE); // in a new worker, loaded from the stored copy
  assert.deepEqual(await summaryItems(page), expected);

  await page.reload();
  await waitForStatus(page, 'Ready');
  await summarizeInPage(page, CEASEFIRE);
  assert.deepEqual(await summaryItems(page), expected);
  assert.deepEqual(errors, []);
});

test('nothing is stored unless "Remember" is ticked', async () => {
  const { page } = await openPage();
  await summarizeInPage(page, HARBOR);
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.getByLabel(/Remember my text/).check();
  await page.reload();
  await waitForStatus(page, 'remembered text is back');
  assert.equal(await page.locator('#text').inputValue(), HARBOR);
  assert.equal(await page.getByLabel(/Remember my text/).isChecked(), true);
  await page.getByLabel(/Remember my text/).uncheck();
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.reload();
  await waitForStatus(page, 'Ready');
  assert.equal(await page.locator('#text').inputValue(), '');
});

test('responsive at 360 and 1440 px, light and dark (screenshots in test-results/)', async () => {
  const { page } = await openPage();
  await page.getByRole('button', { name: 'Try an example' }).click();
  await waitForStatus(page, 'Summary ready');
  for (const width of [360, 1440]) {
    for (const colorScheme of ['light', 'dark']) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.locator('.chip').first().hover();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.equal(overflow, 0, `${width} px ${colorScheme}: the page scrolls sideways`);
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      assert.equal(background === 'rgb(19, 20, 22)', colorScheme === 'dark', `${colorScheme}: body background ${background}`);
      await page.screenshot({ path: new URL(`page-${width}-${colorScheme}.png`, ARTIFACTS).pathname, fullPage: true });
    }
  }
});

const ARTICLE = fixtureArticle('article_page.html');
/** What the article page has around its article: cookie banner, navigation, byline, comments, sidebar, footer. */
const PAGE_CHROME = ['We use cookies', 'Subscribe for one dollar', 'By Tomas Lindqvist', 'Comments (3)', 'gardenfan42', 'Most read', 'Newsletter', '© 2026'];

test('an article page, opened or pasted as HTML, gives its article (by Readability): page chrome, comments and byline dropped', async () => {
  const { page, requests, errors } = await openPage();
  for (const chrome of PAGE_CHROME) assert.ok(ARTICLE.html.includes(chrome), chrome);

  await page.locator('#file').setInputFiles({ name: 'seeds.html', mimeType: 'text/html', buffer: Buffer.from(ARTICLE.html) });
  await waitForStatus(page, 'Summary ready');
  assert.equal(await page.locator('#text').inputValue(), ARTICLE.text);
  assert.deepEqual(await summaryItems(page), typed(ARTICLE.text).sentences.map((s) => s.text));

  for (const data of [{ 'text/html': ARTICLE.html, 'text/plain': 'ignored' }, { 'text/plain': ARTICLE.html }]) {
    await page.locator('#text').fill('');
    await paste(page, data);
    await page.waitForFunction(() => document.querySelector('#text').value !== '');
    assert.equal(await page.locator('#text').inputValue(), ARTICLE.text, Object.keys(data).join());
  }
  assert.equal(await page.evaluate(() => window.courierAnalytics), undefined, 'the page\'s script never ran');
  assert.deepEqual(requests.filter((u) => !u.startsWith(`${origin}/`) || u.endsWith('/seed-cabinet.svg')), [], 'nothing the article links to loads');
  assert.deepEqual(withoutBlockedInlineCode(errors), []);
});

test('HTML with no article keeps all its readable text: a pasted fragment, a sign-in page', async () => {
  const { page } = await openPage();
  await paste(page, { 'text/html': '<h2>Notes</h2><ul><li>The harbor opens in May.</li><li>Ferries stop in June.</li></ul><p>Ask the port office.</p>' });
  await page.waitForFunction(() => document.querySelector('#text').value !== '');
  assert.equal(await page.locator('#text').inputValue(), 'Notes\n\nThe harbor opens in May.\nFerries stop in June.\n\nAsk the port office.');

  await page.locator('#file').setInputFiles({ name: 'sign-in.html', mimeType: 'text/html', buffer: readFileSync(new URL('../fixtures/no_article_page.html', import.meta.url)) });
  await waitForStatus(page, 'Summary ready');
  const text = await page.locator('#text').inputValue();
  assert.match(text, /^Sign in\n\n/);
  assert.match(text, /Forgot your password\?\nCreate an account$/);
});

test('Readability loads on first use only (then works offline): the first visit weighs at most 250 KB gzipped', async () => {
  const { page, requests } = await openPage();
  const paths = requests.map((u) => new URL(u).pathname.slice(1) || 'index.html');
  assert.ok(paths.includes('pkg/web/precis_bg.wasm'));
  assert.deepEqual(paths.filter((p) => p.startsWith('vendor/')), []);
  const gzipped = paths.filter((p) => p !== 'sw.js' && p !== 'files.json') // the service worker's, not the page's
    .reduce((sum, p) => sum + gzipSync(readFileSync(join(siteDir, p)), { level: 9 }).length, 0);
  assert.ok(gzipped <= 250 * 1024, `the first visit loads ${(gzipped / 1024).toFixed(1)} KB gzipped`);

  await page.locator('#file').setInputFiles({ name: 'seeds.html', mimeType: 'text/html', buffer: Buffer.from(ARTICLE.html) });
  await waitForStatus(page, 'Summary ready');
  assert.ok(requests.some((u) => u.endsWith('/vendor/readability.js')));
  const offline = JSON.parse(readFileSync(join(siteDir, 'files.json'), 'utf8'));
  assert.ok(offline.includes('vendor/readability.js') && offline.includes('vendor/readability-readerable.js'));
});
