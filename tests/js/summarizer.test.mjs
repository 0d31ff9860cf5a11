// precis/summarizer in Node: the Summarizer API of the Writing Assistance APIs answered by
// précis (availability, create, every type x length x format on real texts, streaming,
// abort, destroy, the input quota) and precis/summarizer/polyfill. The same API in
// headless Chromium: summarizer-browser.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as precis from 'precis';
import { Summarizer } from 'precis/summarizer';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const TEXTS = {
  news: fixture('harbor_bridge.txt'),
  talks: fixture('ceasefire_talks.txt'),
  report: fixture('water_report.md'),
  meeting: fixture('planning_meeting.txt'),
};
const TYPES = ['key-points', 'tldr', 'teaser', 'headline'];
const LENGTHS = ['short', 'medium', 'long'];
const COUNTS = { 'key-points': { short: 3, medium: 5, long: 7 }, tldr: { short: 1, medium: 3, long: 5 }, teaser: { short: 1, medium: 3, long: 5 } };
const HEADLINE_WORDS = { short: 12, medium: 17, long: 22 };
const TITLES = { news: 'Council Approves Harbor Bridge Replacement After Decade of Delays', report: 'Riverside Water Utility: Annual Quality Report 2025', meeting: 'Library renovation planning meeting' };
const ENGLISH_FUNCTION_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'for', 'that', 'which']);

const oneLine = (text) => text.replace(/\s*\n\s*/g, ' ').trim();
const wordCount = (text) => [...new Intl.Segmenter('en', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).length;

/** The index of the sentence of `text` that `piece` (a bullet or sentence, perhaps after a `Speaker:` label) is. */
function sentenceIndex(text, piece) {
  const found = precis.splitSentences(text).find((s) => piece === oneLine(s.text) || piece.endsWith(` ${oneLine(s.text)}`));
  assert.ok(found, `not a sentence of the text: ${piece}`);
  return found.index;
}

/** Which of `count` equal stretches of a text of `total` sentences has sentence `index`
 * (stretch p starts at sentence floor(p * total / count), as docs/summarizer.md says). */
const stretchOf = (index, count, total) => Array.from({ length: count }, (_, p) => p).findLast((p) => Math.floor((p * total) / count) <= index);

/** The summary of `text` by a new summarizer with `options`, destroyed after. */
async function summaryOf(text, options, call) {
  const summarizer = await Summarizer.create(options);
  try {
    return await summarizer.summarize(text, call);
  } finally {
    summarizer.destroy();
  }
}

async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

test('availability: available for the ten languages (any region), unavailable for others; bad values are TypeErrors, bad tags RangeErrors', async () => {
  assert.equal(await Summarizer.availability(), 'available');
  for (const language of ['en', 'en-GB', 'fr-CA', 'de', 'es-419', 'it', 'pt-BR', 'nl', 'ru', 'zh-Hans', 'ja']) {
    assert.equal(await Summarizer.availability({ expectedInputLanguages: [language], outputLanguage: language }), 'available', language);
  }
  assert.equal(await Summarizer.availability({ expectedInputLanguages: ['en', 'ko'] }), 'unavailable');
  assert.equal(await Summarizer.availability({ expectedContextLanguages: ['ar'] }), 'unavailable');
  assert.equal(await Summarizer.availability({ outputLanguage: 'sv' }), 'unavailable');
  await assert.rejects(Summarizer.availability({ type: 'summary' }), { name: 'TypeError', message: /"type" must be 'tldr', 'teaser', 'key-points', 'headline', got 'summary'/ });
  await assert.rejects(Summarizer.availability({ length: 'tiny' }), { name: 'TypeError', message: /"length" must be 'short', 'medium', 'long', got 'tiny'/ });
  await assert.rejects(Summarizer.availability({ format: 'html' }), { name: 'TypeError', message: /"format" must be 'plain-text', 'markdown', got 'html'/ });
  await assert.rejects(Summarizer.availability({ type: 'tl;dr' }), TypeError, 'the old spelling is no value of the enum');
  await assert.rejects(Summarizer.availability('short'), { name: 'TypeError', message: /the options must be an object/ });
  await assert.rejects(Summarizer.availability({ expectedInputLanguages: 'en' }), { name: 'TypeError', message: /must be a list of language tags/ });
  await assert.rejects(Summarizer.availability({ outputLanguage: 'not a tag' }), { name: 'RangeError', message: /'not a tag', which is not a language tag/ });
});

test('create: the attributes say what was asked (defaults key-points, markdown, short), tags canonical; unsupported languages are NotSupportedError', async () => {
  const plain = await Summarizer.create();
  assert.deepEqual([plain.type, plain.format, plain.length, plain.sharedContext, plain.expectedInputLanguages, plain.outputLanguage, plain.inputQuota],
    ['key-points', 'markdown', 'short', '', null, null, 64 * 1024 * 1024]);
  plain.destroy();
  const summarizer = await Summarizer.create({ type: 'tldr', format: 'plain-text', length: 'long', sharedContext: 'for engineers',
    expectedInputLanguages: ['EN-us', 'fr'], expectedContextLanguages: ['de'], outputLanguage: 'pt-br' });
  assert.deepEqual([summarizer.type, summarizer.format, summarizer.length, summarizer.sharedContext], ['tldr', 'plain-text', 'long', 'for engineers']);
  assert.deepEqual(summarizer.expectedInputLanguages, ['en-US', 'fr']);
  assert.ok(Object.isFrozen(summarizer.expectedInputLanguages));
  assert.deepEqual(summarizer.expectedContextLanguages, ['de']);
  assert.equal(summarizer.outputLanguage, 'pt-BR');
  summarizer.destroy();
  assert.throws(() => new Summarizer(), { name: 'TypeError', message: /Illegal constructor/ });
  await assert.rejects(Summarizer.create({ outputLanguage: 'ko' }), (error) => error instanceof DOMException && error.name === 'NotSupportedError' &&
    /précis does not summarize ko: the languages it supports are en, fr, de, es, it, pt, nl, ru, zh, ja/.test(error.message));
  await assert.rejects(Summarizer.create({ type: 'abstract' }), TypeError);
});

test('create: the monitor gets one downloadprogress event, all loaded; an aborted signal rejects with its reason', async () => {
  const events = [];
  const summarizer = await Summarizer.create({ monitor: (monitor) => {
    monitor.addEventListener('downloadprogress', (event) => events.push([event.type, event.loaded, event.total, event.lengthComputable]));
  } });
  assert.deepEqual(events, [['downloadprogress', 1, 1, true]]);
  summarizer.destroy();
  const reason = new Error('not now');
  await assert.rejects(Summarizer.create({ signal: AbortSignal.abort(reason) }), (error) => error === reason);
  await assert.rejects(Summarizer.create({ monitor: 'log' }), { name: 'TypeError', message: /"monitor" must be a function/ });
});

test('the class has exactly the members its declaration (js/summarizer.d.mts) names', async () => {
  const dts = readFileSync(new URL('../../js/summarizer.d.mts', import.meta.url), 'utf8');
  const body = /export declare class Summarizer \{([\s\S]*?)\n\}/.exec(dts)[1];
  const declared = (pattern) => [...body.matchAll(pattern)].map((m) => m[1]).sort();
  const statics = declared(/^ {2}static (\w+)\(/gm);
  const members = declared(/^ {2}(?:readonly )?(?!static|private)(\w+)[(:]/gm);
  assert.deepEqual(statics, ['availability', 'create']);
  assert.deepEqual(Object.getOwnPropertyNames(Summarizer).filter((name) => typeof Summarizer[name] === 'function').sort(), statics);
  assert.deepEqual(Object.getOwnPropertyNames(Summarizer.prototype).filter((name) => name !== 'constructor').sort(), members);
});

test('every type x length x format on four real texts: bullet counts, paragraphs, headline word limits', async () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    const sentences = precis.splitSentences(text);
    for (const type of TYPES) {
      for (const length of LENGTHS) {
        const plain = await summaryOf(text, { type, length, format: 'plain-text' });
        const markdown = await summaryOf(text, { type, length, format: 'markdown' });
        const where = `${name} ${type} ${length}`;
        if (type === 'key-points') {
          const lines = plain.split('\n');
          assert.equal(lines.length, COUNTS[type][length], where);
          assert.deepEqual(markdown.split('\n').map((line) => line.slice(0, 2)), lines.map(() => '- '), where);
          const indices = lines.map((line) => sentenceIndex(text, line));
          assert.deepEqual([...new Set(indices)].sort((a, b) => a - b), indices, `${where}: in text order, no repeat`);
          const stretches = new Set(indices.map((i) => stretchOf(i, lines.length, sentences.length)));
          assert.equal(stretches.size, lines.length, `${where}: one bullet from each part of the text (${indices})`);
        } else if (type === 'headline') {
          assert.doesNotMatch(plain, /\n/, where);
          assert.ok(wordCount(plain) <= HEADLINE_WORDS[length], `${where}: ${plain}`);
          assert.doesNotMatch(plain, /[.,;:]$/, where);
          assert.ok(!ENGLISH_FUNCTION_WORDS.has(plain.split(' ').at(-1).toLowerCase()), `${where} ends with a function word: ${plain}`);
          if (TITLES[name]) assert.equal(plain, TITLES[name], where);
          else assert.ok(oneLine(sentences.find((s) => oneLine(s.text).startsWith(plain)).text).length > plain.length, `${where}: a best sentence, cut`);
        } else {
          assert.doesNotMatch(plain, /\n/, `${where}: one paragraph`);
          const expected = precis.summarize(text, { sentences: COUNTS[type][length] * (type === 'teaser' ? 3 : 1) });
          if (type === 'tldr' && name !== 'meeting') assert.equal(plain, expected.sentences.map((s) => oneLine(s.text)).join(' '), `${where}: précis' own summary`);
          const count = sentences.filter((s) => plain.includes(oneLine(s.text))).length;
          assert.equal(count, COUNTS[type][length], where);
          if (type === 'teaser') {
            for (const s of sentences.filter((s) => plain.includes(oneLine(s.text)))) {
              assert.ok(s.index < sentences.length - 1, `${where}: a teaser never gives the last sentence`);
            }
          }
        }
        if (!/[\\`*_[\]<>#|~]/.test(plain)) assert.equal(markdown.replace(/^- /gm, ''), plain, `${where}: nothing to escape`);
      }
    }
  }
});

test('a teaser keeps to the opening half of the text when it can', async () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    const total = precis.splitSentences(text).length;
    const teaser = await summaryOf(text, { type: 'teaser', length: 'medium', format: 'plain-text' });
    const indices = precis.splitSentences(text).filter((s) => teaser.includes(oneLine(s.text))).map((s) => s.index);
    assert.ok(indices.every((i) => i < Math.ceil(total / 2)), `${name}: ${indices} of ${total}`);
  }
});

test('a transcript: bullets say who spoke; Markdown escapes markup, plain text keeps it; CJK paragraphs have no spaces', async () => {
  const points = (await summaryOf(TEXTS.meeting, { length: 'long', format: 'plain-text' })).split('\n');
  for (const point of points) assert.match(point, /^(Dana|Marcus|Priya): /);
  const starred = 'Prices *rose* by 5_000 units in #March.\n\nThe [board] met on Tuesday. It voted 5-2 to approve the plan.';
  const tldr = { type: 'tldr', length: 'long' };
  assert.equal(await summaryOf(starred, { ...tldr, format: 'plain-text' }), 'Prices *rose* by 5_000 units in #March. The [board] met on Tuesday. It voted 5-2 to approve the plan.');
  assert.equal(await summaryOf(starred, { ...tldr, format: 'markdown' }), 'Prices \\*rose\\* by 5\\_000 units in \\#March. The \\[board\\] met on Tuesday. It voted 5-2 to approve the plan.');
  const chinese = '港口大桥的替换工程获得了市议会的批准。新桥将耗资四亿美元。工程将于明年春天开始。';
  assert.equal(await summaryOf(chinese, { ...tldr, expectedInputLanguages: ['zh'] }), chinese);
});

test('context and sharedContext steer the choice, as précis\' focus', async () => {
  const plain = await summaryOf(TEXTS.news, { type: 'tldr' });
  assert.doesNotMatch(plain, /ferry/);
  assert.match(await summaryOf(TEXTS.news, { type: 'tldr', sharedContext: 'ferry' }), /ferry/);
  assert.match(await summaryOf(TEXTS.news, { type: 'tldr' }, { context: 'ferry service' }), /ferry/);
});

test('summarizeStreaming: one chunk a bullet or sentence, joined the same as summarize', async () => {
  for (const type of TYPES) {
    for (const format of ['markdown', 'plain-text']) {
      const summarizer = await Summarizer.create({ type, format, length: 'medium' });
      const chunks = await readAll(summarizer.summarizeStreaming(TEXTS.report));
      assert.equal(chunks.join(''), await summarizer.summarize(TEXTS.report), `${type} ${format}`);
      assert.equal(chunks.length, type === 'headline' ? 1 : COUNTS[type].medium, `${type} ${format}`);
      if (type === 'key-points') assert.deepEqual(chunks.map((c) => c.startsWith('\n')), [false, true, true, true, true]);
      summarizer.destroy();
    }
  }
  const summarizer = await Summarizer.create();
  assert.deepEqual(await readAll(summarizer.summarizeStreaming('  \n ')), []);
  assert.equal(await summarizer.summarize(''), '', 'blank input: an empty summary');
  assert.throws(() => summarizer.summarizeStreaming(TEXTS.news, { signal: 'stop' }), TypeError);
  summarizer.destroy();
});

/** About 4 MB of text: long enough to abort while the worker works on it. */
const large = TEXTS.news.repeat(Math.ceil(4e6 / TEXTS.news.length));

test('abort: before the call rejects with the signal\'s reason; during it rejects with it too, and the summarizer goes on', async () => {
  const summarizer = await Summarizer.create();
  const reason = new Error('changed my mind');
  await assert.rejects(summarizer.summarize(TEXTS.news, { signal: AbortSignal.abort(reason) }), (error) => error === reason);
  await assert.rejects(readAll(summarizer.summarizeStreaming(TEXTS.news, { signal: AbortSignal.abort(reason) })), (error) => error === reason);
  await assert.rejects(summarizer.measureInputUsage(TEXTS.news, { signal: AbortSignal.abort(reason) }), (error) => error === reason);
  const controller = new AbortController();
  const running = summarizer.summarize(large, { signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  await assert.rejects(running, (error) => error instanceof DOMException && error.name === 'AbortError');
  assert.equal((await summarizer.summarize(TEXTS.news)).split('\n').length, 3);
  summarizer.destroy();
});

test('destroy: calls in progress and later calls reject with an AbortError; create\'s signal destroys it later too', async () => {
  const [summarizer, other] = [await Summarizer.create(), await Summarizer.create({ type: 'tldr' })];
  const running = summarizer.summarize(large);
  const waiting = other.summarize(TEXTS.talks); // after it, in the worker the summarizers share
  setTimeout(() => summarizer.destroy(), 50);
  await assert.rejects(running, (error) => error instanceof DOMException && error.name === 'AbortError' && /destroyed/.test(error.message));
  assert.equal(await waiting, await other.summarize(TEXTS.talks), 'another summarizer\'s call is answered, by a new worker');
  assert.equal((await waiting).split('. ').length, 1);
  for (const call of [() => summarizer.summarize(TEXTS.news), () => summarizer.measureInputUsage('x'), () => readAll(summarizer.summarizeStreaming(TEXTS.news))]) {
    await assert.rejects(call(), { name: 'AbortError', message: 'The summarizer has been destroyed.' });
  }
  summarizer.destroy(); // twice is harmless
  const controller = new AbortController();
  const owned = await Summarizer.create({ signal: controller.signal });
  assert.equal((await owned.summarize(TEXTS.talks)).split('\n').length, 3);
  const reason = new Error('page closed');
  controller.abort(reason);
  await assert.rejects(owned.summarize(TEXTS.talks), (error) => error === reason);
});

test('quota: usage is the UTF-8 bytes of input, context and shared context; over 64 MiB is a QuotaExceededError, nothing sent', async () => {
  const summarizer = await Summarizer.create({ sharedContext: 'été' });
  assert.equal(await summarizer.measureInputUsage('abc'), 3 + 5);
  assert.equal(await summarizer.measureInputUsage('é😀\ud800', { context: 'ß' }), 2 + 4 + 3 + 2 + 5);
  const quota = summarizer.inputQuota;
  const over = 'a'.repeat(quota - 5 + 1);
  assert.equal(await summarizer.measureInputUsage(over), quota + 1);
  await assert.rejects(summarizer.summarize(over), (error) => error instanceof DOMException && error.name === 'QuotaExceededError' &&
    error.requested === quota + 1 && error.quota === quota && /at most 67108864/.test(error.message));
  await assert.rejects(summarizer.summarize('Short text.', { context: over }), { name: 'QuotaExceededError' });
  await assert.rejects(readAll(summarizer.summarizeStreaming(over)), { name: 'QuotaExceededError' });
  summarizer.destroy();
});

test('polyfill: importing it installs précis\' Summarizer only where there is none, and preferBuiltIn uses an available built-in', () => {
  const run = (code) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' }));
  assert.deepEqual(run(`const polyfill = await import('precis/summarizer/polyfill');
const { Summarizer } = await import('precis/summarizer');
const made = await polyfill.preferBuiltIn({ type: 'tldr' });
console.log(JSON.stringify([polyfill.installed, globalThis.Summarizer === Summarizer, made instanceof Summarizer, made.type]));
made.destroy();`), [true, true, true, 'tldr']);
  assert.deepEqual(run(`const builtIn = { availability: async () => 'available', create: async (options) => ({ builtIn: options.type }) };
globalThis.Summarizer = builtIn;
const polyfill = await import('precis/summarizer/polyfill');
const made = await polyfill.preferBuiltIn({ type: 'headline' });
builtIn.availability = async () => 'downloadable';
const fallback = await polyfill.preferBuiltIn({ type: 'teaser' });
console.log(JSON.stringify([polyfill.installed, globalThis.Summarizer === builtIn, made, fallback instanceof polyfill.Summarizer, fallback.type]));
fallback.destroy();`), [false, true, { builtIn: 'headline' }, true, 'teaser']);
});

test('the example in docs/summarizer.md runs as written', () => {
  const doc = readFileSync(new URL('../../docs/summarizer.md', import.meta.url), 'utf8');
  const example = /```js\n(\/\/ example[\s\S]*?)```/.exec(doc)?.[1];
  assert.ok(example, 'docs/summarizer.md has a js block starting with // example');
  const prelude = `const article = (await import('node:fs')).readFileSync(${JSON.stringify(`${ROOT}tests/fixtures/harbor_bridge.txt`)}, 'utf8');\n`;
  const printed = execFileSync(process.execPath, ['--input-type=module', '-e', prelude + example], { cwd: ROOT, encoding: 'utf8' });
  const lines = printed.trimEnd().split('\n');
  assert.equal(lines.length, 3, printed);
  for (const line of lines) assert.match(line, /^- \S/);
  for (const line of lines) sentenceIndex(TEXTS.news, line.slice(2));
});
