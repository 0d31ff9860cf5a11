// Prints what the package weighs: the WebAssembly module and its glue (raw, gzip -9 and
// brotli at maximum), the worker API's own scripts for browsers, the npm tarball, and
// everything the page transfers for its first use (every file of dist/site but the
// libraries of vendor/, loaded when first needed; each compressed on its own, as a
// static host serves them).
//   npm run size   (builds the package and the site first)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const measure = (files) => files
  .map((file) => readFileSync(new URL(`../${file}`, import.meta.url)))
  .map((bytes) => [bytes.length, gzipSync(bytes, { level: 9 }).length,
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length])
  .reduce((sum, sizes) => sum.map((n, i) => n + sizes[i]), [0, 0, 0]);
const print = (name, [raw, gzip, brotli]) => console.log(`${name}: ${kb(raw)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);

for (const file of ['pkg/web/precis_bg.wasm', 'pkg/web/precis.js']) print(file, measure([file]));
print('precis/worker in browsers (js/browser.mjs, client.mjs, browser-worker.mjs, worker-protocol.mjs; each compressed alone)',
  measure(['js/browser.mjs', 'js/client.mjs', 'js/browser-worker.mjs', 'js/worker-protocol.mjs']));

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], {
  cwd: new URL('..', import.meta.url), encoding: 'utf8',
}));
console.log(`npm package (npm pack): ${kb(pack.size)} packed, ${kb(pack.unpackedSize)} unpacked, ${pack.entryCount} files`);

const site = new URL('../dist/site/', import.meta.url);
const siteFiles = readdirSync(site, { recursive: true })
  .filter((path) => statSync(new URL(path, site)).isFile())
  .map((path) => `dist/site/${path}`);
const [lazy, firstUse] = [siteFiles.filter((f) => f.startsWith('dist/site/vendor/')), siteFiles.filter((f) => !f.startsWith('dist/site/vendor/'))];
print(`the page, first use (${firstUse.length} files of dist/site, each compressed alone)`, measure(firstUse));
print(`the libraries the page loads when first needed, with their licences (${lazy.length} files of dist/site/vendor/)`, measure(lazy));
