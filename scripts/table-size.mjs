// The word tables compiled into the module, per source file: how many entries and
// how many bytes their text takes, raw and gzipped on its own (an upper bound of
// what the table adds to the gzipped .wasm). Tables are `const NAME: &str = "\` line
// lists or `const NAME: &[&str] = &[...]` arrays outside `#[cfg(test)]` modules.
//   node scripts/table-size.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const src = new URL('../src/', import.meta.url);
const rows = [];
for (const file of readdirSync(src).filter((f) => f.endsWith('.rs')).sort()) {
  const code = readFileSync(new URL(file, src), 'utf8').split('#[cfg(test)]')[0];
  const entries = [];
  for (const [, body] of code.matchAll(/const \w+: &str = "\\\n([\s\S]*?)";/g)) {
    entries.push(...body.split('\n').filter(Boolean));
  }
  for (const [, body] of code.matchAll(/const \w+: &\[&str\] = &\[([\s\S]*?)\];/g)) {
    entries.push(...[...body.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]));
  }
  if (entries.length === 0) continue;
  const text = Buffer.from(entries.join('\n'));
  rows.push([file, entries.length, text.length, gzipSync(text, { level: 9 }).length]);
}
console.log('| source | entries | raw bytes | gzip bytes |\n|---|---:|---:|---:|');
for (const [file, n, raw, gz] of rows) console.log(`| src/${file} | ${n} | ${raw} | ${gz} |`);
