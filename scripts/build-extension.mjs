// Builds the browser extension (default dist/extension) and its zip (dist/precis-extension.zip,
// for a store upload): the manifest and the files it names (extension/), with everything
// they load, taken from extension/, then www/ (the page's modules the panel shares), then
// the repository root (the package's browser build and worker), as the page is built.
//   node scripts/build-extension.mjs [out-dir]      (run `npm run build` first)
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { copyWithReferences } from './build-site.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The files the manifest names: its service worker, side panel and icons. */
function manifestEntries(manifest) {
  return ['manifest.json', manifest.background.service_worker, manifest.side_panel.default_path, ...Object.values(manifest.icons ?? {})];
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true }).filter((path) => statSync(join(dir, path)).isFile()).sort();
}

/** Builds the extension into `outDir` and zips it to `zipFile`; returns the extension's file paths. */
export function buildExtension(outDir = join(root, 'dist', 'extension'), zipFile = join(dirname(outDir), 'precis-extension.zip')) {
  const manifest = JSON.parse(readFileSync(join(root, 'extension', 'manifest.json'), 'utf8'));
  copyWithReferences(manifestEntries(manifest), ['extension', 'www', '.'], outDir);
  const files = filesUnder(outDir);
  writeFileSync(zipFile, zipSync(Object.fromEntries(files.map((path) => [path, readFileSync(join(outDir, path))])), { level: 9, mtime: '2000-01-01' }));
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? join(root, 'dist', 'extension');
  const files = buildExtension(outDir);
  console.log(`[build-extension] ${files.length} files in ${relative(process.cwd(), outDir) || '.'} (and precis-extension.zip beside it): ${files.join(' ')}`);
}
