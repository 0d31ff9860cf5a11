// Replaces the block between `<!-- NAME -->` and `<!-- /NAME -->` of a Markdown file
// of this repository with the text read from standard input, so a benchmark's table
// in BENCHMARKS.md is always the output of its command. Used by the entity, keyword
// and speed benchmarks and by the entity ablation.
//   some-command | node scripts/doc-block.mjs BENCHMARKS.md bench:entities
import { readFileSync, writeFileSync } from 'node:fs';

const [file, name] = process.argv.slice(2);
if (!file || !name) {
  console.error('usage: node scripts/doc-block.mjs FILE NAME < text  (FILE relative to the repository, e.g. BENCHMARKS.md)');
  process.exit(2);
}
const doc = new URL(`../${file}`, import.meta.url);
const text = readFileSync(doc, 'utf8');
const [open, close] = [`<!-- ${name} -->\n`, `<!-- /${name} -->`];
const start = text.indexOf(open);
const end = text.indexOf(close, start);
if (start < 0 || end < 0) {
  console.error(`${file} has no block <!-- ${name} --> ... <!-- /${name} -->`);
  process.exit(1);
}
const table = readFileSync(0, 'utf8').trimEnd();
writeFileSync(doc, text.slice(0, start + open.length) + table + '\n' + text.slice(end));
console.error(`${file}: ${name} table updated`);
