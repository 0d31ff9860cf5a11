// Hostile input from JavaScript (the catalogue is tests/hostile.rs): on generated strings with
// surrogate pairs and lone surrogates every offset slices the string to the reported
// text; lone surrogates and control characters; the heaviest inputs of the catalogue
// through WebAssembly; every bad option of every function
// throws an Error naming the option and what it accepts, and the next call works; the
// 64 MiB limit, directly and through the worker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as precis from 'precis';
import { summarizeAsync } from 'precis/worker';

const { summarize, splitSentences, extractEntities, extractKeywords } = precis;

/** Pieces of generated text: splitter traps, emoji, combining marks, lone surrogates. */
const PIECES = ['a', 'B', ' ', '\n', '\n\n', '.', '!', '?', '"', 'é', 'e\u0301', '\0', '\u200f', '\u202b', '中', '。',
  '😀', '🇯🇵', '👩‍👩‍👧', '👍🏽', '\uD800', '\uDC00', '\uDBFF ', 'Ana Ruiz', 'Dr. ', 'The ', 'U.S.', '\t', '\u2028', '1.',
  '<script>', 'https://x.io/a.b', '«', '»'];

/** A deterministic generator (mulberry32) of strings made of PIECES. */
function* texts(seed, count) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  for (let i = 0; i < count; i++) {
    const length = Math.floor(next() * 50);
    yield Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
  }
}

const isHigh = (code) => code >= 0xd800 && code < 0xdc00;
const isLow = (code) => code >= 0xdc00 && code < 0xe000;
/** Whether `at` falls between the halves of a surrogate pair. */
const cutsPair = (text, at) => at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

function assertSlices(text, start, end, what) {
  assert.ok(Number.isInteger(start) && Number.isInteger(end) && start < end && end <= text.length, `${what}: ${start}..${end}`);
  assert.ok(!cutsPair(text, start) && !cutsPair(text, end), `${what} cuts a surrogate pair`);
}

function assertMentions(text, items) {
  for (const item of items) {
    assert.equal(item.mentions.length, item.count);
    for (const m of item.mentions) {
      assertSlices(text, m.start, m.end, item.text);
      assert.ok(text.slice(m.start, m.end).trim() !== '', `${item.text}: a blank mention`);
      // an entity's mention is one of its forms, whitespace collapsed (a keyword's may be
      // another form of the same stems)
      const written = text.slice(m.start, m.end).toWellFormed().replace(/\s+/g, ' ');
      if (item.variants) assert.ok(item.variants.includes(written), `${JSON.stringify(written)} is not a form of ${item.text}`);
    }
  }
}

test('every offset slices the JS string to the reported text, with surrogate pairs and lone surrogates', () => {
  for (const text of texts(20261202, 400)) {
    const sentences = splitSentences(text);
    let covered = 0;
    for (const [i, s] of sentences.entries()) {
      assert.equal(s.index, i);
      assertSlices(text, s.start, s.end, `sentence ${i}`);
      assert.ok(s.start >= covered && text.slice(covered, s.start).trim() === '', `text lost before sentence ${i}`);
      // The reported text is the slice of the caller's string, lone surrogates included.
      assert.equal(s.text, text.slice(s.start, s.end), JSON.stringify(text));
      covered = s.end;
    }
    assert.equal(text.slice(covered).trim(), '', 'text lost after the last sentence');
    for (const options of [{ sentences: 2 }, { ratio: 0.5 }, { maxWords: 6 }]) {
      const summary = summarize(text, options);
      for (const s of summary.sentences) assert.deepEqual({ ...s, score: undefined }, { ...sentences[s.index], score: undefined });
      assert.deepEqual(summary.sentences.map((s) => s.index), summary.sentences.map((s) => s.index).sort((a, b) => a - b));
      if (options.sentences) assert.equal(summary.sentences.length, Math.min(2, sentences.length));
      if (options.ratio) assert.equal(summary.sentences.length, Math.ceil(sentences.length / 2));
      assertMentions(text, summary.entities);
      assertMentions(text, summary.keywords);
      assert.deepEqual(summarize(text, options), summary, 'deterministic');
    }
    assertMentions(text, extractEntities(text));
    assertMentions(text, extractKeywords(text));
  }
});

test('sentence texts are slices of the caller\'s string, lone surrogates included', () => {
  const text = 'Mayor Ana Ruiz\uD800 spoke. \uDC00Ana Ruiz left 😀 early. Bo Chen stayed.';
  const sentences = splitSentences(text);
  assert.deepEqual(sentences.map((s) => s.text), ['Mayor Ana Ruiz\uD800 spoke.', '\uDC00Ana Ruiz left 😀 early.', 'Bo Chen stayed.']);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), sentences.map((s) => s.text));
  const issue = 'Start \uD800 here. Then \uDC00 there.';
  for (const s of [...splitSentences(issue), ...summarize(issue, { sentences: 2 }).sentences]) {
    assert.equal(s.text, issue.slice(s.start, s.end));
  }
  // a real U+FFFD in the text stays one
  const real = 'It read \uFFFD here. Then \uD83D\uDE00 there.';
  assert.deepEqual(splitSentences(real).map((s) => s.text), ['It read \uFFFD here.', 'Then \uD83D\uDE00 there.']);
  assert.equal(text.slice(sentences[2].start, sentences[2].end), 'Bo Chen stayed.');
  const ruiz = extractEntities(text).find((e) => e.text === 'Ana Ruiz');
  assert.deepEqual(ruiz.mentions.map((m) => text.slice(m.start, m.end)), ['Ana Ruiz', 'Ana Ruiz']);
});

test('NUL and control characters are text like any other', () => {
  const text = 'The vote\0 passed.\u0001\u0007 Mayor Ana Ruiz\u007f signed it.\u001b[0m Then \0\0silence.\0';
  assert.deepEqual(splitSentences(text).map((s) => s.text),
    ['The vote\0 passed.', '\u0001\u0007 Mayor Ana Ruiz\u007f signed it.\u001b[0m Then \0\0silence.\0']);
  assert.deepEqual(extractEntities(text).map((e) => text.slice(e.mentions[0].start, e.mentions[0].end)), ['Ana Ruiz']);
});

/** Asserts that `sentences` cover `text` losslessly, and returns their texts. */
function losslessTexts(text, sentences) {
  let covered = 0;
  for (const s of sentences) {
    assert.ok(s.start >= covered && text.slice(covered, s.start).trim() === '' && text.slice(s.start, s.end) === s.text);
    covered = s.end;
  }
  assert.equal(text.slice(covered).trim(), '');
  return sentences.map((s) => s.text);
}

test('the heaviest inputs of the catalogue, through WebAssembly: megabytes, no crash, lossless', () => {
  const words = Array.from({ length: 160_000 }, (_, i) => ['river', 'bridge', 'council', 'vote'][i % 4]).join(' ');
  assert.deepEqual(losslessTexts(words, splitSentences(words)), [words], 'a 1 MB sentence without punctuation');
  assert.deepEqual(summarize(words, { maxWords: 12 }).sentences, [], 'the word budget is hard');
  const lines = 'apples\npears\nplums\nfigs\n'.repeat(25_000);
  assert.equal(losslessTexts(lines, splitSentences(lines)).length, 100_000, '100,000 one-word lines');
  assert.equal(summarize(lines).sentences.length, 7);
  const periods = '.'.repeat(1_000_000);
  assert.equal(losslessTexts(periods, splitSentences(periods)).join(''), periods, '1,000,000 periods');
  const word = 'abcdefghij'.repeat(1_000_000);
  const summary = summarize(word);
  assert.deepEqual([summary.sentences.length, summary.sentences[0].start, summary.sentences[0].end, summary.stats.words],
    [1, 0, word.length, 1], 'a 10 MB word is one sentence');
});

const TEXT = 'Mayor Ana Ruiz opened the harbor bridge on Monday. The bridge cost $40 million. Ruiz said it was overdue.';

const WHOLE = 'a whole number from 1 to 4294967295';
const RATIO = 'a number greater than 0 and at most 1';
const LANGUAGE = '"auto" or one of "en", "fr", "de", "es", "it", "pt", "nl", "ru", "zh", "ja", "und"';
const FOCUS = 'a word or phrase (a non-empty string)';
const ABBREVIATIONS = 'an array of abbreviations such as ["approx.", "Kl."] (non-empty, no spaces)';
const KINDS = 'a non-empty array holding some of "person", "place", "organization", "other"';

// [value, how the message writes it]
const NOT_NUMBERS = [['3', '"3"'], [true, 'a value of type boolean'], [null, 'null'], [{}, 'a value of type object'],
  [[3], 'an array holding a non-string'], [3n, 'a value of type bigint'], [() => 3, 'a value of type function']];
const BAD_WHOLE = [...NOT_NUMBERS, [-1, '-1'], [0, '0'], [2.5, '2.5'], [NaN, 'NaN'], [Infinity, 'Infinity'],
  [-Infinity, '-Infinity'], [2 ** 32, '4294967296'], [1e300, '1e+300'], [Number.MAX_SAFE_INTEGER, '9007199254740991']];
const BAD = {
  sentences: [WHOLE, BAD_WHOLE],
  maxWords: [WHOLE, BAD_WHOLE],
  limit: [WHOLE, BAD_WHOLE],
  ratio: [RATIO, [...NOT_NUMBERS, [-0.5, '-0.5'], [0, '0'], [1.5, '1.5'], [NaN, 'NaN'], [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'], [1e300, '1e+300'], [1e-400, '0']]],
  language: [LANGUAGE, [[7, '7'], [NaN, 'NaN'], [true, 'a value of type boolean'], [null, 'null'], [{}, 'a value of type object'],
    [['en'], 'an array of strings'], ['', '""'], ['EN', '"EN"'], ['english', '"english"'], ['xx', '"xx"']]],
  focus: [FOCUS, [['', '""'], [' \n ', '" \\n "'], [3, '3'], [Infinity, 'Infinity'], [true, 'a value of type boolean'],
    [null, 'null'], [{}, 'a value of type object'], [['bridge'], 'an array of strings']]],
  abbreviations: [ABBREVIATIONS, [['approx', '"approx"'], [3, '3'], [NaN, 'NaN'], [null, 'null'], [{}, 'a value of type object'],
    [[3], 'an array holding a non-string'], [['a b'], 'an array of strings'], [[''], 'an array of strings'],
    [['.'], 'an array of strings']]],
  kinds: [KINDS, [['person', '"person"'], [[], 'an empty array'], [['people'], 'an array holding "people"'],
    [['person', 'Place'], 'an array holding "Place"'], [[3], 'an array holding a non-string'], [3, '3'], [null, 'null'],
    [true, 'a value of type boolean'], [NaN, 'NaN']]],
  names: ['true or false', [['true', '"true"'], [1, '1'], [0, '0'], [null, 'null'], [{}, 'a value of type object'],
    [[true], 'an array holding a non-string']]],
};
const FUNCTIONS = [
  [summarize, ['sentences', 'ratio', 'maxWords', 'language', 'focus', 'abbreviations']],
  [splitSentences, ['language', 'abbreviations']],
  [extractEntities, ['language', 'abbreviations', 'limit', 'kinds']],
  [extractKeywords, ['language', 'abbreviations', 'limit', 'names']],
];

/** Asserts that `call` throws a real Error with exactly `message`. */
function assertError(call, message) {
  assert.throws(call, (error) => {
    assert.ok(error instanceof Error, `not an Error: ${error}`);
    assert.equal(error.message, message);
    return true;
  });
}

test('every bad value of every option throws an Error naming the option and its range; the next call works', () => {
  let checked = 0;
  for (const [fn, names] of FUNCTIONS) {
    const expected = fn(TEXT);
    for (const name of names) {
      const [allowed, values] = BAD[name];
      for (const [value, got] of values) {
        assertError(() => fn(TEXT, { [name]: value }), `option "${name}" must be ${allowed}, got ${got}`);
        checked++;
      }
      assert.deepEqual(fn(TEXT), expected, `${fn.name} works after bad "${name}" values`);
    }
    for (const key of ['bogus', 'Sentences', '', ...['sentences', 'kinds', 'limit'].filter((k) => !names.includes(k))]) {
      assertError(() => fn(TEXT, { [key]: 1 }), `unknown option "${key}": the options are ${names.join(', ')}`);
    }
    for (const [options, got] of [['3', '"3"'], [3, '3'], [true, 'a value of type boolean'], [[1], 'an array'],
      [() => {}, 'a value of type function']]) {
      assertError(() => fn(TEXT, options), `option "options" must be an object such as { sentences: 3 }, got ${got}`);
    }
    const getter = { get [names[0]]() { throw new Error('boom'); } };
    assertError(() => fn(TEXT, getter), `option "${names[0]}" must be ${BAD[names[0]][0]}, got a getter that throws`);
    for (const [input, got] of [[undefined, 'a value of type undefined'], [null, 'null'], [42, '42'],
      [new String('text'), 'a value of type object'], [['text'], 'an array of strings']]) {
      assertError(() => fn(input), `text must be a string, got ${got}`);
    }
    assert.deepEqual(fn(TEXT, {}), expected);
    assert.deepEqual(fn(TEXT, null), expected, 'null options are the defaults');
    assert.deepEqual(fn(TEXT, { [names[0]]: undefined }), expected, 'an undefined option is left out');
  }
  assert.equal(checked, 178, "bad values checked");
});

test('length options conflict in every combination', () => {
  const length = { sentences: 2, ratio: 0.5, maxWords: 30 };
  for (const [first, second] of [['sentences', 'ratio'], ['ratio', 'maxWords'], ['maxWords', 'sentences']]) {
    assertError(() => summarize(TEXT, { [first]: length[first], [second]: length[second] }),
      `options "${first}" and "${second}" both set the summary length: give only one of them`);
  }
  assertError(() => summarize(TEXT, length), 'options "sentences" and "ratio" both set the summary length: give only one of them');
  assert.equal(summarize(TEXT, { ratio: 0.5 }).sentences.length, 2);
});

test('an options object whose keys cannot be listed throws its own Error, and the module stays usable', () => {
  const hostile = new Proxy({}, { ownKeys() { throw new RangeError('no keys for you'); } });
  assert.throws(() => summarize(TEXT, hostile), { name: 'RangeError', message: 'no keys for you' });
  assert.equal(summarize(TEXT, { sentences: 1 }).sentences.length, 1);
});

const LIMIT = 64 * 1024 * 1024;
const TOO_LONG = 'text must be at most 64 MiB (67108864 bytes of UTF-8), got';

test('a text over 64 MiB throws a clear Error from every function, and the next call works', () => {
  const long = 'a'.repeat(LIMIT + 1);
  for (const [fn] of FUNCTIONS) {
    assertError(() => fn(long), `${TOO_LONG} a string of 67108865 UTF-16 code units: split it into parts and summarize each`);
  }
  assertError(() => summarize('é'.repeat(LIMIT / 2 + 1)), `${TOO_LONG} 67108866 bytes: split it into parts and summarize each`);
  assert.equal(summarize(TEXT, { sentences: 1 }).sentences.length, 1);
});

test('the worker rejects a text over 64 MiB with the same Error and answers the next call', async () => {
  await assert.rejects(summarizeAsync('a'.repeat(LIMIT + 1)), (error) => error instanceof Error && error.message.startsWith(TOO_LONG));
  assert.deepEqual(await summarizeAsync(TEXT, { sentences: 1 }), summarize(TEXT, { sentences: 1 }));
});
