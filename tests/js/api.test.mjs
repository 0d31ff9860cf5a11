// The npm package from Node: require and import from the repository root, the
// documented result shapes, UTF-16 offsets seen from JavaScript, and thrown Errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

test('require and import both load the package without init', async () => {
  const cjs = require('../../');
  const esm = await import('precis');
  for (const api of [cjs, esm]) {
    assert.equal(typeof api.summarize, 'function');
    assert.equal(api.splitSentences('One. Two.').length, 2);
  }
  assert.equal(esm.version(), JSON.parse(readFileSync(new URL('../../package.json', import.meta.url))).version);
});

test('summarize gives sentences in document order that slice the input', async () => {
  const { summarize } = await import('precis');
  const text = fixture('ceasefire_talks.txt');
  const result = summarize(text, { sentences: 3 });
  assert.deepEqual(Object.keys(result), ['sentences', 'entities', 'keywords', 'language', 'stats']);
  assert.equal(result.sentences.length, 3);
  for (const s of result.sentences) assert.equal(text.slice(s.start, s.end), s.text);
  assert.deepEqual(result.sentences.map((s) => s.index), [...result.sentences.map((s) => s.index)].sort((a, b) => a - b));
  assert.equal(result.sentences[0].index, 0);
  const diallo = result.entities.find((e) => e.text === 'Amara N. Diallo');
  assert.deepEqual(diallo.mentions.map((m) => text.slice(m.start, m.end)), ['Amara N. Diallo', 'Diallo', 'Diallo']);
  assert.equal(diallo.kind, 'person');
  assert.deepEqual(diallo.variants, ['Amara N. Diallo', 'Diallo']);
  assert.ok(result.keywords.length > 0 && result.keywords.length <= 10);
  for (const k of result.keywords) {
    assert.ok(k.mentions.length === k.count && k.count >= 1);
    for (const m of k.mentions) {
      const written = text.slice(m.start, m.end);
      // Forms with the same stems count together ("negotiator", "negotiators").
      assert.equal(written.split(/\s+/).length, k.text.split(/\s+/).length, `${written} / ${k.text}`);
      assert.equal(written.slice(0, 4).toLowerCase(), k.text.slice(0, 4).toLowerCase(), `${written} / ${k.text}`);
    }
  }
});

test('extractEntities filters by kind and limit; extractKeywords finds key phrases and names', async () => {
  const { extractEntities, extractKeywords } = await import('precis');
  const text = 'Defense Secretary Lloyd J. Austin arrived in Tel Aviv on Monday to discuss military aid. ' +
    'Austin met Prime Minister Benjamin Netanyahu, who asked for more military aid. ' +
    "Netanyahu's office said the humanitarian crisis in Gaza was discussed. The U.S. has sent military aid before. " +
    'The humanitarian crisis worsened last month, the United Nations said.';
  const all = extractEntities(text);
  const kinds = Object.fromEntries(all.map((e) => [e.text, e.kind]));
  assert.equal(kinds['Lloyd J. Austin'], 'person');
  assert.equal(kinds['Benjamin Netanyahu'], 'person');
  assert.equal(kinds['Tel Aviv'], 'place');
  assert.equal(kinds['United Nations'], 'organization');
  const people = extractEntities(text, { kinds: ['person'] });
  assert.deepEqual(people.map((e) => e.text), ['Lloyd J. Austin', 'Benjamin Netanyahu']);
  assert.deepEqual(people[1].variants, ['Benjamin Netanyahu', 'Netanyahu']);
  assert.deepEqual(extractEntities(text, { limit: 2 }), all.slice(0, 2));
  assert.deepEqual(extractEntities(text, { kinds: ['place', 'organization'], limit: 1 }).map((e) => e.kind), ['place']);

  // names: false, the phrases alone (what summarize lists beside its entities)
  const keywords = extractKeywords(text, { names: false });
  assert.deepEqual(keywords.slice(0, 2).map((k) => k.text), ['military aid', 'humanitarian crisis']);
  assert.deepEqual(keywords[0].mentions.map((m) => text.slice(m.start, m.end)), ['military aid', 'military aid', 'military aid']);
  const entityWords = new Set(all.flatMap((e) => e.text.toLowerCase().split(/\W+/)));
  for (const k of keywords) assert.ok(!k.text.toLowerCase().split(/\W+/).some((w) => entityWords.has(w)), k.text);
  assert.equal(extractKeywords(text, { limit: 1 }).length, 1);
  // by default the entities' names are ranked among the phrases, by the same score
  const listed = extractKeywords(text);
  assert.deepEqual(extractKeywords(text, { names: true }), listed);
  assert.equal(listed.length, 10);
  for (let i = 1; i < listed.length; i++) assert.ok(listed[i - 1].score >= listed[i].score, listed[i].text);
  const names = listed.filter((k) => all.some((e) => e.text === k.text));
  assert.ok(names.length >= 2 && listed.some((k) => k.text === keywords[0].text), listed.map((k) => k.text).join(', '));
  assert.deepEqual(names[0].mentions, all.find((e) => e.text === names[0].text).mentions);
  assert.throws(() => extractKeywords(text, { names: 'yes' }), { message: 'option "names" must be true or false, got "yes"' });

  assert.throws(() => extractEntities(text, { kinds: ['people'] }),
    { message: 'option "kinds" must be a non-empty array holding some of "person", "place", "organization", "other", got an array holding "people"' });
  assert.throws(() => extractKeywords(text, { limit: 0 }), /"limit" must be a whole number from 1 to 4294967295, got 0/);
  assert.throws(() => extractKeywords(text, { kinds: ['person'] }), /unknown option "kinds": the options are language, abbreviations, limit, names/);
  assert.throws(() => extractEntities(text, { sentences: 2 }), /unknown option "sentences"/);
});

test('offsets count UTF-16 code units across emoji, accents and CJK', async () => {
  const { splitSentences, extractEntities } = await import('precis');
  const text = '🇫🇷 Élodie Marchand arrived. 北京 was cold 🥶. The 👨‍👩‍👧‍👦 met Élodie Marchand!';
  const sentences = splitSentences(text);
  assert.deepEqual(sentences.map((s) => s.text), ['🇫🇷 Élodie Marchand arrived.', '北京 was cold 🥶.', 'The 👨‍👩‍👧‍👦 met Élodie Marchand!']);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  const [marchand] = extractEntities(text);
  assert.equal(marchand.text, 'Élodie Marchand');
  assert.deepEqual(marchand.mentions.map((m) => text.slice(m.start, m.end)), ['Élodie Marchand', 'Élodie Marchand']);
});

test('every length form works and maxWords is a hard budget', async () => {
  const { summarize, splitSentences } = await import('precis');
  const text = fixture('harbor_bridge.txt');
  const n = splitSentences(text).length;
  assert.equal(summarize(text, { sentences: 4 }).sentences.length, 4);
  assert.equal(summarize(text, { ratio: 0.5 }).sentences.length, Math.ceil(n / 2));
  assert.equal(summarize(text, { sentences: 1000 }).sentences.length, n);
  const budgeted = summarize(text, { maxWords: 60 });
  const words = budgeted.sentences.reduce((sum, s) => sum + s.text.split(/\s+/).length, 0);
  assert.ok(words <= 60 && budgeted.sentences.length >= 2, `${words} words`);
  assert.deepEqual(summarize(text), summarize(text, {}), 'defaults are deterministic');
});

test('bad options throw Errors naming the option, and the module stays usable', async () => {
  const { summarize } = await import('precis');
  const cases = [
    [{ sentences: -1 }, /"sentences" must be a whole number from 1 to 4294967295, got -1/],
    [{ sentences: NaN }, /"sentences" .* got NaN/],
    [{ ratio: Infinity }, /"ratio" must be a number greater than 0 and at most 1, got Infinity/],
    [{ maxWords: 1.5 }, /"maxWords" .* got 1\.5/],
    [{ language: 7 }, /"language" must be "auto" or one of "en", "fr", .*"und", got 7/],
    [{ colour: 'red' }, /unknown option "colour": the options are sentences, ratio, maxWords, language, focus, abbreviations/],
    [{ focus: '' }, /"focus" must be a word or phrase/],
    [{ abbreviations: 'approx' }, /"abbreviations" must be an array of abbreviations/],
    [{ ratio: 0.2, sentences: 2 }, /options "ratio" and "sentences" both set the summary length/],
    ['3', /"options" must be an object/],
  ];
  for (const [options, message] of cases) {
    assert.throws(() => summarize('One. Two.', options), (err) => err instanceof Error && message.test(err.message));
  }
  assert.throws(() => summarize(undefined), { message: 'text must be a string, got a value of type undefined' });
  assert.equal(summarize('One. Two.', { sentences: 1 }).sentences.length, 1);
  assert.equal(summarize('One. Two.', null).sentences.length, 1, 'null options mean defaults');
});

test('language is detected, reported and can be overridden', async () => {
  const { summarize } = await import('precis');
  const french = 'Le conseil municipal a voté mardi pour remplacer le pont. Le nouveau pont coûtera 400 millions. ' +
    'Les travaux commenceront en mars et dureront quatre ans.';
  assert.equal(summarize(french).language, 'fr');
  assert.equal(summarize(french, { language: 'en' }).language, 'en');
  assert.equal(summarize('東京は晴れです。大阪は雨です。').language, 'ja');
  assert.equal(summarize('Ово је реченица. Ово је друга.').language, 'und');
});

test('focus prefers sentences about the given word', async () => {
  const { summarize } = await import('precis');
  const text = fixture('harbor_bridge.txt');
  const about = summarize(text, { sentences: 2, focus: 'ferry' });
  assert.ok(about.sentences.some((s) => /ferry/i.test(s.text)), about.sentences.map((s) => s.text).join(' | '));
  assert.ok(!summarize(text, { sentences: 2 }).sentences.some((s) => /ferry/i.test(s.text)));
});

test('custom abbreviations keep a sentence together', async () => {
  const { splitSentences } = await import('precis');
  const text = 'The team plays in Kl. Vier this season. It is new.';
  assert.equal(splitSentences(text).length, 3);
  assert.deepEqual(splitSentences(text, { abbreviations: ['Kl.'] }).map((s) => s.text),
    ['The team plays in Kl. Vier this season.', 'It is new.']);
});
