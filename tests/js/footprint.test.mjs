// Deterministic bounds on what the module costs: its size, the memory one large
// summary takes, and no growth over many calls. (Speed is never asserted here: see
// npm run bench:speed.) The module is instantiated on its own so that its memory can
// be read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { initSync, summarize } from '../../pkg/web/precis.js';

const wasmBytes = readFileSync(new URL('../../pkg/web/precis_bg.wasm', import.meta.url));
const { memory } = initSync({ module: wasmBytes });
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const FIXTURES = `${fixture('harbor_bridge.txt')}\n\n${fixture('ceasefire_talks.txt')}\n\n`;

test('the module is at most 150 KB gzipped (the target)', () => {
  const gzip = gzipSync(wasmBytes, { level: 9 }).length;
  assert.ok(gzip <= 150 * 1024, `precis_bg.wasm is ${(gzip / 1024).toFixed(1)} KB gzipped`);
});

test('summarizing 4 MB grows the WebAssembly memory by less than 8 times the text', () => {
  const text = FIXTURES.repeat(Math.ceil((4 << 20) / FIXTURES.length));
  const before = memory.buffer.byteLength;
  const result = summarize(text);
  assert.ok(result.sentences.length > 0);
  const grown = memory.buffer.byteLength - before;
  const bytes = Buffer.byteLength(text);
  assert.ok(grown <= 8 * bytes, `memory grew by ${(grown / bytes).toFixed(1)}x the text's ${bytes} bytes`);
});

test('300 summaries in a row do not grow the memory after the first', () => {
  const text = FIXTURES.repeat(5);
  summarize(text);
  const after = memory.buffer.byteLength;
  for (let i = 0; i < 300; i++) summarize(text);
  assert.equal(memory.buffer.byteLength, after);
});
