/**
 * A static file server for dist/ on 127.0.0.1, as a CDN would serve it: directory indexes,
 * the 404 page with status 404, content types for what the site ships, text compressed with brotli
 * for a browser that accepts it (as Netlify and Cloudflare Pages do), and the headers of dist/_headers.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Types a CDN compresses: text. Pictures (PNG) are compressed already. */
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * A body as sent to `request`: brotli at the quality CDNs use for compressing on the fly, when the
 * client accepts it and the type is text. Lighthouse's simulated phone network then counts the
 * bytes a reader's phone downloads, not the files' raw size.
 */
function encode(
  request: IncomingMessage,
  type: string,
  body: Buffer,
): { body: Buffer; headers: Record<string, string> } {
  if (!COMPRESSED.test(type) || !/\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    return { body, headers: { vary: 'accept-encoding' } };
  }
  const compressed = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  return { body: compressed, headers: { 'content-encoding': 'br', vary: 'accept-encoding' } };
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves `root`. With `{ headers: false }` it sends none of `_headers`, as GitHub Pages serves the
 * site: what a page does on a host that cannot send them.
 */
export async function serveDist(root = 'dist', { headers = true } = {}): Promise<StaticServer> {
  const rules = headers
    ? await readFile(join(root, '_headers'), 'utf8').then(parseHeadersFile, () => [])
    : [];
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, safe);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const sent = encode(request, type, await readFile(file));
      response.writeHead(200, { 'content-type': type, ...sent.headers });
      response.end(sent.body);
    } catch {
      const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      const sent = encode(request, TYPES['.html']!, page);
      response.writeHead(404, { 'content-type': TYPES['.html']!, ...sent.headers });
      response.end(sent.body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
