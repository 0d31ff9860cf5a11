// Where the WebAssembly build spends its time: builds the module with its function
// names kept (target/wasm-profile/, not the shipped build), summarizes the English
// 1 MB input of bench:speed (or the file given) 8 times under `node --cpu-prof`, and
// prints the share of the JS boundary (serde-wasm-bindgen, wasm-bindgen glue) and the
// top functions.
//   node scripts/profile-wasm.mjs [FILE]   (after `source scripts/env.sh` and npm run bench:speed)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = join(ROOT, 'target/wasm-profile');
const INPUT = process.argv[2] ?? join(ROOT, 'target/bench-speed/en-1-MB.txt');
const LABEL = INPUT.split('/').pop();
if (!existsSync(INPUT)) {
  console.error(`${INPUT} is missing: run npm run bench:speed first (it builds the inputs).`);
  process.exit(1);
}
execFileSync('cargo', ['build', '--quiet', '--release', '--lib', '--target', 'wasm32-unknown-unknown'], {
  cwd: ROOT, stdio: 'inherit', env: { ...process.env, CARGO_TARGET_DIR: TARGET },
});
const out = join(TARGET, 'bindgen');
execFileSync('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', out, '--out-name', 'precis',
  join(TARGET, 'wasm32-unknown-unknown/release/precis.wasm')], { stdio: 'inherit' });
writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');

const dir = mkdtempSync(join(tmpdir(), 'precis-cpuprof-'));
execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--input-type=module', '-e', `
  import { readFileSync } from 'node:fs';
  const glue = await import(${JSON.stringify(pathToFileURL(join(out, 'precis.js')).href)});
  glue.initSync({ module: readFileSync(${JSON.stringify(join(out, 'precis_bg.wasm'))}) });
  const text = readFileSync(${JSON.stringify(INPUT)}, 'utf8');
  for (let i = 0; i < 8; i++) glue.summarize(text);`], { stdio: 'inherit' });
const profile = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]), 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const selfTime = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const name = nodes.get(id).callFrame.functionName || '(anonymous)';
  selfTime.set(name, (selfTime.get(name) ?? 0) + profile.timeDeltas[i]);
  total += profile.timeDeltas[i];
});
const share = (t) => `${((100 * t) / total).toFixed(1)}%`;
const boundary = [...selfTime].filter(([name]) => /serde|wasm_bindgen|js_sys|JsValue|__wbg|__wbindgen|utf16|passStringToWasm|encodeInto|getStringFromWasm|decode/.test(name))
  .reduce((sum, [, t]) => sum + t, 0);
console.log(`8 summaries of ${LABEL}: ${(total / 1e6).toFixed(2)} s sampled; JS boundary (serde-wasm-bindgen, glue, string copies in and out, UTF-16 offsets): ${share(boundary)}`);
for (const [name, t] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${share(t).padStart(6)}  ${name.replace(/::h[0-9a-f]{16}$/, '')}`);
}
