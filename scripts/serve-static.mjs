// A plain static server for the page-load bench: several builds side by side under their own
// path prefixes (`/current/`, `/baseline/`), so one browser can load them interleaved. The site
// uses relative URLs only, so a build works from any prefix. Responses are gzipped on the fly,
// as `vite preview` (and nginx's `gzip on`) do, and never cached by the browser between loads.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.ttf']);

/** The file under `dir` for a request path, or undefined (never a path outside `dir`). */
function fileFor(dir, path) {
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const relative = normalize(`/${decoded}`).replace(/^[/\\]+/, '');
  const file = join(dir, relative === '' ? 'index.html' : relative);
  if (file !== dir && !file.startsWith(dir + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Serves `roots` ({ prefix: directory }) on 127.0.0.1:`port`; resolves to the server once it
 * listens. `/prefix/` gives that build's index.html.
 */
export function serveStatic(port, roots) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const [, prefix = '', ...rest] = url.pathname.split('/');
    const dir = roots[prefix];
    const file = dir === undefined ? undefined : fileFor(dir, rest.join('/'));
    if (file === undefined) {
      response.writeHead(404).end();
      return;
    }
    const type = extname(file);
    const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'Content-Type': TYPES[type] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip()) : body).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
