// The page's text helpers under Node (they need no DOM): Markdown to prose, the summary
// as plain text and Markdown, UTF-8 sizes and their display.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { escapeMarkdown, summaryAsMarkdown, summaryAsText } from '../../www/export.js';
import { formatBytes, markdownText, utf8Length } from '../../www/source.js';

const precis = createRequire(import.meta.url)('../../');
const HARBOR = readFileSync(new URL('../fixtures/harbor_bridge.txt', import.meta.url), 'utf8');

test('Markdown loses its markup and keeps its words', () => {
  const markdown = [
    '# The *Harbor* Bridge',
    '',
    '> The council voted **7 to 2**, says [the city](https://example.com/a_b "notice").',
    '',
    '```js',
    'const ignored = true;',
    '```',
    '',
    '![A crane on the bridge](crane.png) Crews use `tar_2` and snake_case_names. <!-- draft -->',
    '',
    '- item _one_',
    '1. item __two__',
  ].join('\n');
  assert.equal(markdownText(markdown), [
    'The Harbor Bridge',
    '',
    'The council voted 7 to 2, says the city.',
    '',
    'A crane on the bridge Crews use tar_2 and snake_case_names.',
    '',
    '- item one',
    '1. item two',
  ].join('\n'));
  const summary = precis.summarize(markdownText(`# Harbor news\n\n${HARBOR}`), { sentences: 2 });
  assert.ok(summary.sentences.every((s) => !/[#*_[\]]/.test(s.text)));
});

test('a copied summary: plain sentences, or Markdown whose special characters are escaped', () => {
  const result = precis.summarize(HARBOR, { sentences: 3 });
  const plain = summaryAsText(result);
  assert.deepEqual(plain.split('\n\n'), result.sentences.map((s) => s.text.replace(/\s*\n\s*/g, ' ').trim()));

  const markdown = summaryAsMarkdown(result);
  const lines = markdown.split('\n');
  assert.equal(lines[0], '## Summary');
  assert.equal(lines.filter((l) => l.startsWith('- ')).length, 3);
  assert.match(markdown, new RegExp(`\\*\\*Key entities:\\*\\* ${escapeMarkdown(result.entities[0].text).replace(/[.\\\\]/g, '\\$&')}`));
  assert.match(markdown, /\*\*Keywords:\*\* /);

  assert.equal(escapeMarkdown('Use *stars*, _marks_ and [links](x) <b> #1 | `code` ~x~ \\'),
    'Use \\*stars\\*, \\_marks\\_ and \\[links\\](x) \\<b\\> \\#1 \\| \\`code\\` \\~x\\~ \\\\');
  assert.equal(escapeMarkdown('2024. A year'), '2024\\. A year', 'a sentence is not an ordered list item');
  assert.equal(escapeMarkdown('- not a list'), '\\- not a list');
});

test('a copied summary of a Summarizer API type is written as the API writes it, with entities and keywords in Markdown', async () => {
  const { Summarizer } = await import('precis/summarizer');
  const { chooseParts, precisOptions } = await import('../../js/summary-types.mjs');
  const result = precis.summarize(HARBOR, precisOptions('tldr', 'medium'));
  const shown = { ...result, sentences: chooseParts(HARBOR, result, 'tldr', 'medium'), type: 'tldr' };
  const api = async (format) => {
    const summarizer = await Summarizer.create({ type: 'tldr', length: 'medium', format });
    try {
      return await summarizer.summarize(HARBOR);
    } finally {
      summarizer.destroy();
    }
  };
  assert.equal(summaryAsText(shown), await api('plain-text'));
  const [heading, blank, paragraph, ...rest] = summaryAsMarkdown(shown).split('\n');
  assert.deepEqual([heading, blank, paragraph], ['## Summary', '', await api('markdown')]);
  assert.match(rest.join('\n'), /^\n\*\*Key entities:\*\* .+\n\n\*\*Keywords:\*\* .+\n$/);
});

test('UTF-8 sizes are counted exactly, also for accents, CJK and emoji', async () => {
  for (const text of ['', 'plain ASCII', 'Tromsø, Zürich, Kraków', '東京は日本の首都です。', 'emoji 🎉 and 👩‍👩‍👧', HARBOR.repeat(700),
    `${'a'.repeat(999_999)}🎉 lone \ud800 and \udc00 halves`]) { // a pair across the first million, lone surrogates (U+FFFD)
    assert.equal(await utf8Length(text), Buffer.byteLength(text), text.slice(0, 30));
  }
  assert.equal(formatBytes(900), '900 bytes');
  assert.equal(formatBytes(812 * 1024), '812 KB');
  assert.equal(formatBytes(64 * 1024 * 1024), '64.0 MB');
});
