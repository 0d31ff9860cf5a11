// Which build profile for the WebAssembly module: builds it with each candidate
// (Cargo opt-level, then wasm-opt level) into target/wasm-profiles/, and prints its
// size (raw, gzip -9, brotli 11) and the time of `summarize` on the English 1 MB
// input of bench:speed (median of 5 after a warm-up), as a Markdown table.
//   node scripts/wasm-profiles.mjs   (after `source scripts/env.sh` and npm run bench:speed)
// lto = true and codegen-units = 1 stay on in every row; wasm32's panic strategy is
// already abort.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'target/wasm-profiles');
const INPUT = join(ROOT, 'target/bench-speed/en-1-MB.txt');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (!existsSync(INPUT)) {
  console.error(`${INPUT} is missing: run npm run bench:speed first (it builds the inputs).`);
  process.exit(1);
}
const text = readFileSync(INPUT, 'utf8');
const rows = ['| opt-level | wasm-opt | raw | gzip | brotli | summarize en 1 MB |', '|---|---|---:|---:|---:|---:|'];
for (const opt of ['s', 'z', '3']) {
  const target = join(OUT, `cargo-${opt}`);
  execFileSync('cargo', ['build', '--quiet', '--release', '--lib', '--target', 'wasm32-unknown-unknown'], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, CARGO_TARGET_DIR: target, CARGO_PROFILE_RELEASE_OPT_LEVEL: opt },
  });
  const bindgen = join(target, 'bindgen');
  mkdirSync(bindgen, { recursive: true });
  execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', bindgen, '--out-name', 'precis',
    join(target, 'wasm32-unknown-unknown/release/precis.wasm')], { stdio: 'inherit' });
  for (const wasmOpt of ['none', '-Os', '-Oz', '-Oz --converge', '-O3']) {
    const file = join(bindgen, `precis_bg${wasmOpt.replace(/ /g, '')}.wasm`);
    if (wasmOpt === 'none') execFileSync('cp', [join(bindgen, 'precis_bg.wasm'), file]);
    else execFileSync('wasm-opt', [...wasmOpt.split(' '), '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', join(bindgen, 'precis_bg.wasm'), '-o', file]);
    const bytes = readFileSync(file);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const seconds = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `
      import { readFileSync } from 'node:fs';
      const glue = await import(${JSON.stringify(pathToFileURL(join(bindgen, 'precis.js')).href)});
      glue.initSync({ module: readFileSync(${JSON.stringify(file)}) });
      const text = readFileSync(${JSON.stringify(INPUT)}, 'utf8');
      glue.summarize(text);
      const times = [];
      for (let i = 0; i < 5; i++) { const t = performance.now(); glue.summarize(text); times.push((performance.now() - t) / 1000); }
      console.log(JSON.stringify(times.sort((a, b) => a - b)[2]));`], { encoding: 'utf8' }));
    rows.push(`| ${opt} | ${wasmOpt} | ${kb(bytes.length)} | ${kb(gzip)} | ${kb(brotli)} | ${(seconds * 1000).toFixed(0)} ms |`);
    console.error(rows.at(-1));
  }
}
console.log(`Input: ${text.length.toLocaleString('en')} characters.\n`);
console.log(rows.join('\n'));
