// Speed of this checkout against an earlier commit, in one run: builds the commit's
// WebAssembly module and native speed bench in a git worktree (target/compare/<commit>),
// then times `summarize` (default options) on one input, natively and as WebAssembly in
// this Node process, both builds interleaved round after round, so that a machine whose
// speed drifts moves all four figures together. Prints the medians and their ratios.
//   node scripts/bench-compare.mjs <commit> [FILE]
// (after `source scripts/env.sh`; FILE defaults to bench:speed's English 1 MB input,
// so run `npm run bench:speed` once first.)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = 7;
const [commit, input = join(ROOT, 'target/bench-speed/en-1-MB.txt')] = process.argv.slice(2);
if (!commit || !existsSync(input)) {
  console.error('usage: node scripts/bench-compare.mjs <commit> [FILE] (FILE defaults to target/bench-speed/en-1-MB.txt: run npm run bench:speed first)');
  process.exit(1);
}

/** Builds the checkout at `dir` (the web module and the native speed bench). */
function build(dir) {
  const quiet = { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] };
  execFileSync('wasm-pack', ['build', '--quiet', '--release', '--no-pack', '--target', 'web', '--out-dir', 'target/compare-pkg', '--out-name', 'precis'], quiet);
  writeFileSync(join(dir, 'target/compare-pkg/package.json'), '{ "type": "module" }\n');
  execFileSync('cargo', ['bench', '--quiet', '--bench', 'speed', '--no-run'], quiet);
}

/** `summarize` of the module built in `dir`. */
async function wasm(dir) {
  const glue = await import(pathToFileURL(join(dir, 'target/compare-pkg/precis.js')));
  glue.initSync({ module: readFileSync(join(dir, 'target/compare-pkg/precis_bg.wasm')) });
  return glue.summarize;
}

/** The native speed bench of `dir` as a server (see benches/speed.rs). */
function native(dir) {
  const child = spawn('cargo', ['bench', '--quiet', '--bench', 'speed', '--', resolve(input)], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    async seconds(runs) {
      child.stdin.write(`0 summarize ${runs}\n`);
      const { value, done } = await answers.next();
      if (done || !/^[0-9.e-]+$/.test(value)) throw new Error(`native bench in ${dir}: ${done ? 'exited' : value}`);
      return Number(value);
    },
    close: () => child.stdin.end(),
  };
}

const old = join(ROOT, 'target/compare', commit);
if (!existsSync(old)) execFileSync('git', ['worktree', 'add', '--detach', old, commit], { cwd: ROOT, stdio: 'inherit' });
console.error(`[bench-compare] building ${commit} and this checkout…`);
build(old);
build(ROOT);
const text = readFileSync(input, 'utf8');
const measures = {
  [`wasm ${commit}`]: await wasm(old), 'wasm now': await wasm(ROOT),
  [`native ${commit}`]: native(old), 'native now': native(ROOT),
};
const sample = async (measure) => {
  if (typeof measure === 'function') {
    const start = performance.now();
    measure(text);
    measure(text);
    return (performance.now() - start) / 2000;
  }
  return measure.seconds(2);
};
const samples = Object.fromEntries(Object.keys(measures).map((name) => [name, []]));
for (const measure of Object.values(measures)) await sample(measure); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, measure] of Object.entries(measures)) samples[name].push(await sample(measure));
}
Object.values(measures).forEach((measure) => measure.close?.());
const median = (values) => values.sort((a, b) => a - b)[values.length >> 1] * 1000;
const ms = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
for (const [name, value] of Object.entries(ms)) console.log(`${name}: ${value.toFixed(0)} ms`);
console.log(`now / ${commit}: wasm ${(ms['wasm now'] / ms[`wasm ${commit}`]).toFixed(2)}, native ${(ms['native now'] / ms[`native ${commit}`]).toFixed(2)}`);
console.log(`wasm / native: ${commit} ${(ms[`wasm ${commit}`] / ms[`native ${commit}`]).toFixed(2)}, now ${(ms['wasm now'] / ms['native now']).toFixed(2)}`);
