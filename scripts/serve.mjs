// Serves the page on localhost: www/ at /, the browser build of the package at
// /pkg/web/ and its worker API at /js/. Nothing else of the repository is reachable.
// Prints the URL.
//   node scripts/serve.mjs [--port N]   (default 8080, or the next free port)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
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

/** Maps a URL path to a file under www/, pkg/web/ or js/, or null. */
function resolve(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
  if (path.split(sep).includes('..')) return null;
  if (path.startsWith(`pkg${sep}web${sep}`) || path.startsWith(`js${sep}`)) return join(root, path);
  return join(root, 'www', path === '' ? 'index.html' : path);
}

export function startServer(port = 8080) {
  const server = createServer(async (req, res) => {
    const file = resolve(new URL(req.url, 'http://localhost').pathname);
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
    server.once('error', (err) => (err.code === 'EADDRINUSE' && port < 8100 ? done(startServer(port + 1)) : fail(err)));
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const server = await startServer(i > 0 ? Number(process.argv[i + 1]) : 8080);
  console.log(`precis is running at http://127.0.0.1:${server.address().port}/  (Ctrl+C to stop)`);
}
