// Builds the page as one static directory (default dist/site): index.html and every file
// it loads, found by following its relative URLs (src/href attributes, ES module imports,
// `new URL('…', import.meta.url)`). A site path is taken from www/ when it exists there,
// else from the repository root (pkg/web/ and js/, the package's browser build and worker);
// vendor/ holds pdf.js and mammoth, copied from node_modules with their licences.
// Any host that serves files works; the page asks for nothing outside this directory.
// Also writes files.json, the list the service worker stores for offline use.
//   node scripts/build-site.mjs [out-dir]      (run `npm run build` first)
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const URL_PATTERNS = [
  /\s(?:src|href)="([^"#?]+)"/g, // index.html
  /\bfrom\s+'([^']+)'/g, // static imports and re-exports
  /\bimport\s*\(\s*'([^']+)'\s*\)/g, // dynamic imports
  /\bimport\s+'([^']+)'/g, // side-effect imports
  /new URL\(\s*'([^']+)',\s*import\.meta\.url\s*\)/g, // workers and wasm
];

/** The libraries the page loads when a PDF or Word file is opened, by site path, from node_modules. */
const VENDOR = {
  'vendor/pdf.min.mjs': 'pdfjs-dist/build/pdf.min.mjs',
  'vendor/pdf.worker.min.mjs': 'pdfjs-dist/build/pdf.worker.min.mjs',
  'vendor/mammoth.browser.min.js': 'mammoth/mammoth.browser.min.js',
};

/** The licences of the vendored libraries, copied beside them. */
const LICENSES = { 'pdfjs-LICENSE.txt': 'pdfjs-dist/LICENSE', 'mammoth-LICENSE.txt': 'mammoth/LICENSE' };

/** The repository file behind a site path. */
function source(sitePath) {
  if (VENDOR[sitePath]) return join(root, 'node_modules', VENDOR[sitePath]);
  const fromWww = join(root, 'www', sitePath);
  return existsSync(fromWww) ? fromWww : join(root, sitePath);
}

/** Copies index.html and everything it references into `outDir`; returns the site paths. */
export function buildSite(outDir = join(root, 'dist', 'site')) {
  rmSync(outDir, { recursive: true, force: true });
  const done = new Set();
  const pending = ['index.html'];
  while (pending.length > 0) {
    const sitePath = pending.pop();
    if (done.has(sitePath)) continue;
    done.add(sitePath);
    const file = source(sitePath);
    if (!existsSync(file)) throw new Error(`build-site: ${sitePath} is referenced but neither www/${sitePath} nor ${sitePath} exists (run npm run build first?)`);
    mkdirSync(dirname(join(outDir, sitePath)), { recursive: true });
    copyFileSync(file, join(outDir, sitePath));
    if (!/\.(html|m?js)$/.test(sitePath) || VENDOR[sitePath]) continue; // a library's own code is not followed
    const text = readFileSync(file, 'utf8');
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
  for (const [name, license] of Object.entries(LICENSES)) {
    copyFileSync(join(root, 'node_modules', license), join(outDir, 'vendor', name));
    done.add(`vendor/${name}`);
  }
  const files = [...done].sort();
  // The list the service worker (www/sw.js) stores for offline use; './' is index.html.
  writeFileSync(join(outDir, 'files.json'), `${JSON.stringify(['./', ...files], null, 1)}\n`);
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? join(root, 'dist', 'site');
  const files = buildSite(outDir);
  console.log(`[build-site] ${files.length} files in ${outDir}: ${files.join(' ')}`);
}
