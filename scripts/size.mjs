// Prints the size of the built WebAssembly module: raw, gzip -9 and brotli (max).
//   npm run size   (after npm run build)
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

for (const file of ['pkg/web/precis_bg.wasm', 'pkg/web/precis.js']) {
  const bytes = readFileSync(new URL(`../${file}`, import.meta.url));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${file}: ${kb(bytes.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
}
