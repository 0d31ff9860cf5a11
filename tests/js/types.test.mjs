// The TypeScript declarations: every runtime object has exactly the keys its interface
// declares. (The consumer files in tests/types/ are type-checked with tsc against the
// packed and installed package, under node16 and bundler resolution, by package.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Property names of each `export interface` in a declaration file, with `extends` resolved. */
function interfaces(dts) {
  const found = {};
  for (const [, name, parent, body] of dts.matchAll(/export interface (\w+)(?: extends (\w+))? \{([\s\S]*?)\n\}/g)) {
    const own = [...body.matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1]);
    found[name] = [...(parent ? found[parent] : []), ...own];
  }
  return found;
}

test('runtime objects have exactly the declared keys', () => {
  for (const build of ['node', 'web']) {
    const dts = readFileSync(new URL(`../../pkg/${build}/precis.d.ts`, import.meta.url), 'utf8');
    const shapes = interfaces(dts);
    const { summarize, splitSentences, extractKeywords } = require('../../');
    const result = summarize('Mayor Ana Ruiz spoke in Lima. Ruiz left Lima.', { sentences: 1 });
    const check = (object, name) => assert.deepEqual(Object.keys(object).sort(), [...shapes[name]].sort(), `${build}: ${name}`);
    check(result, 'Summary');
    check(result.stats, 'Stats');
    check(result.sentences[0], 'SummarySentence');
    check(result.entities[0], 'Entity');
    check(result.entities[0].mentions[0], 'Mention');
    check(extractKeywords('Prices rose. Prices rose again.')[0], 'Keyword');
    check(splitSentences('One. Two.')[0], 'Sentence');
  }
});
