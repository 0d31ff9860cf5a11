// Replaces the README block between `<!-- NAME -->` and `<!-- /NAME -->` with the
// text read from standard input, so a benchmark's table in the README is always the
// output of its command. Used by the entity and keyword benchmarks.
//   some-command | node scripts/readme-block.mjs bench:entities
import { readFileSync, writeFileSync } from 'node:fs';

const name = process.argv[2];
const readme = new URL('../README.md', import.meta.url);
const text = readFileSync(readme, 'utf8');
const [open, close] = [`<!-- ${name} -->\n`, `<!-- /${name} -->`];
const start = text.indexOf(open);
const end = text.indexOf(close, start);
if (!name || start < 0 || end < 0) {
  console.error(`README.md has no block <!-- ${name} --> ... <!-- /${name} -->`);
  process.exit(1);
}
const table = readFileSync(0, 'utf8').trimEnd();
writeFileSync(readme, text.slice(0, start + open.length) + table + '\n' + text.slice(end));
console.error(`README.md: ${name} table updated`);
