// Serves a static directory on localhost, by default the page as `npm run build:site`
// builds it (dist/site). Prints the URL. Plain files only, like any static host.
//   node scripts/serve.mjs [--port N] [--dir DIR]   (port 8080 or the next free one)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps a URL path to a file under `dir`, or null when it points outside. */
function fileFor(dir, urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
  if (path.split(sep).includes('..')) return null;
  return join(dir, path === '' || path.endsWith(sep) ? join(path, 'index.html') : path);
}

/** Starts serving `dir` on 127.0.0.1:`port` (or the next free port); resolves to the server. */
export function startServer(port = 8080, dir = join(root, 'dist', 'site')) {
  const server = createServer(async (req, res) => {
    const file = fileFor(dir, new URL(req.url, 'http://localhost').pathname);
    try {
      if (!file) throw new Error('outside the site');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', (err) => (err.code === 'EADDRINUSE' && port < 8100 ? done(startServer(port + 1, dir)) : fail(err)));
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  const dir = resolve(option('--dir') ?? join(root, 'dist', 'site'));
  const server = await startServer(Number(option('--port') ?? 8080), dir);
  console.log(`precis is running at http://127.0.0.1:${server.address().port}/  (serving ${dir}; Ctrl+C to stop)`);
}
