// Builds the page as one static directory (default dist/site): index.html and every file
// it loads, found by following its relative URLs (src/href attributes, ES module imports,
// `new URL('…', import.meta.url)`). A site path is taken from www/ when it exists there,
// else from the repository root (pkg/web/ and js/, the package's browser build and worker);
// vendor/ holds the npm libraries the page loads (VENDORED). Any host that serves files
// works; the page asks for nothing outside this directory.
// Also writes files.json, the list the service worker stores for offline use.
//   node scripts/build-site.mjs [out-dir]      (run `npm run build` first)
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const requireFromRoot = createRequire(join(root, 'package.json'));
/**
 * The site's files made from npm packages (dependencies or devDependencies in
 * package.json): `from` the package's file, unchanged, with `export { <exports> };` added when the file is a plain
 * script, and the package's licence copied `from` → `to` beside it.
 */
const READABILITY_LICENSE = { from: '@mozilla/readability/LICENSE.md', to: 'vendor/readability-LICENSE.md' };
const PDFJS_LICENSE = { from: 'pdfjs-dist/LICENSE', to: 'vendor/pdfjs-LICENSE.txt' };
const VENDORED = {
  'vendor/readability.js': { from: '@mozilla/readability/Readability.js', exports: 'Readability', license: READABILITY_LICENSE },
  'vendor/readability-readerable.js': { from: '@mozilla/readability/Readability-readerable.js', exports: 'isProbablyReaderable', license: READABILITY_LICENSE },
  // PDF and Word files (www/documents.js; pdfjs-dist and mammoth are dependencies: the CLI needs them too)
  'vendor/pdf.min.mjs': { from: 'pdfjs-dist/build/pdf.min.mjs', license: PDFJS_LICENSE },
  'vendor/pdf.worker.min.mjs': { from: 'pdfjs-dist/build/pdf.worker.min.mjs', license: PDFJS_LICENSE },
  'vendor/mammoth.browser.min.js': { from: 'mammoth/mammoth.browser.min.js', license: { from: 'mammoth/LICENSE', to: 'vendor/mammoth-LICENSE.txt' } },
};
const URL_PATTERNS = [
  /\s(?:src|href)="([^"#?]+)"/g, // index.html
  /\bfrom\s+'([^']+)'/g, // static imports and re-exports
  /\bimport\s*\(\s*'([^']+)'\s*\)/g, // dynamic imports
  /\bimport\s+'([^']+)'/g, // side-effect imports
  /new URL\(\s*'([^']+)',\s*import\.meta\.url\s*\)/g, // workers and wasm
];

/** The repository file behind a site path: the first of `dirs` that has it. */
function source(sitePath, dirs) {
  const found = dirs.map((dir) => join(root, dir, sitePath)).find((file) => existsSync(file));
  if (!found) throw new Error(`build-site: ${sitePath} is referenced but none of ${dirs.map((d) => posix.join(d, sitePath)).join(', ')} exists (run npm run build first?)`);
  return found;
}

/** Writes the site path into `outDir` (a vendored file with its licence); returns its text when it may reference others. */
function copyFile(sitePath, dirs, outDir) {
  const vendored = VENDORED[sitePath];
  const file = vendored ? requireFromRoot.resolve(vendored.from) : source(sitePath, dirs);
  let bytes = readFileSync(file);
  if (vendored?.exports) bytes = Buffer.concat([bytes, Buffer.from(`\nexport { ${vendored.exports} };\n`)]);
  mkdirSync(dirname(join(outDir, sitePath)), { recursive: true });
  writeFileSync(join(outDir, sitePath), bytes);
  if (vendored?.license) writeFileSync(join(outDir, vendored.license.to), readFileSync(requireFromRoot.resolve(vendored.license.from)));
  return /\.(html|m?js)$/.test(sitePath) && !vendored ? bytes.toString('utf8') : null;
}

/**
 * Copies the `entries` (site paths) and every file they reference, taken from the first
 * of `dirs` (repository folders) that has it, into `outDir`; returns the site paths.
 */
export function copyWithReferences(entries, dirs, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  const done = new Set();
  const pending = [...entries];
  while (pending.length > 0) {
    const sitePath = pending.pop();
    if (done.has(sitePath)) continue;
    done.add(sitePath);
    const text = copyFile(sitePath, dirs, outDir);
    if (text === null) continue;
    for (const pattern of URL_PATTERNS) {
      for (const [, url] of text.matchAll(pattern)) {
        if (/^[a-z]+:|^\/\//i.test(url) || url.startsWith('/')) throw new Error(`build-site: ${sitePath} references ${url}: the page must use relative URLs only`);
        if (!url.startsWith('.') && !/\.\w+$/.test(url)) continue; // a bare module name, not a file
        const target = posix.normalize(posix.join(posix.dirname(sitePath), url));
        if (target.startsWith('..')) throw new Error(`build-site: ${sitePath} references ${url}, outside the site`);
        pending.push(target);
      }
    }
  }
  return [...done].sort();
}

/** Copies index.html and everything it references into `outDir`; returns the site paths. */
export function buildSite(outDir = join(root, 'dist', 'site')) {
  const files = copyWithReferences(['index.html'], ['www', '.'], outDir);
  // The list the service worker (www/sw.js) stores for offline use; './' is index.html.
  writeFileSync(join(outDir, 'files.json'), `${JSON.stringify(['./', ...files], null, 1)}\n`);
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? join(root, 'dist', 'site');
  const files = buildSite(outDir);
  console.log(`[build-site] ${files.length} files in ${outDir}: ${files.join(' ')}`);
}
