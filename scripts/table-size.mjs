// The word tables compiled into the module, per source: how many entries and how
// many bytes their text takes, raw and gzipped on its own (an upper bound of what the
// table adds to the gzipped .wasm). Tables are the one-a-line files of each folder of
// src/data/ (included with `include_str!`), and the small `const NAME: &[&str] = &[...]`
// arrays left in Rust files (outside `#[cfg(test)]` modules).
//   node scripts/table-size.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const src = new URL('../src/', import.meta.url);
const rows = [];
const add = (name, entries) => {
  if (entries.length === 0) return;
  const text = Buffer.from(entries.join('\n'));
  rows.push([name, entries.length, text.length, gzipSync(text, { level: 9 }).length]);
};
const data = new URL('data/', src);
for (const folder of readdirSync(data, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  const dir = new URL(`${folder.name}/`, data);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  add(`data/${folder.name}/*.txt`, files.flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').filter(Boolean)));
}
const rust = (dir, prefix) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? rust(new URL(`${d.name}/`, dir), `${prefix}${d.name}/`) : d.name.endsWith('.rs') ? [[new URL(d.name, dir), `${prefix}${d.name}`]] : []);
for (const [url, name] of rust(src, '').sort((a, b) => a[1].localeCompare(b[1]))) {
  const code = readFileSync(url, 'utf8').split('#[cfg(test)]')[0];
  const entries = [];
  for (const [, body] of code.matchAll(/const \w+: &\[&str\] = &\[([\s\S]*?)\];/g)) {
    entries.push(...[...body.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]));
  }
  add(name, entries);
}
console.log('| source | entries | raw bytes | gzip bytes |\n|---|---:|---:|---:|');
for (const [file, n, raw, gz] of rows) console.log(`| src/${file} | ${n} | ${raw} | ${gz} |`);
