/**
 * A static server for dist/, optionally under a sub-path (as a course site would be hosted). Like a
 * real static host it compresses text (brotli or gzip, as the browser accepts) and lets browsers
 * keep hashed assets; `compress: false` serves raw bytes, as `python3 -m http.server` does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { withBase } from './notFoundPage';

export interface StaticServer {
  server: Server;
  /** e.g. http://127.0.0.1:4173/course/notes/ */
  url: string;
  /**
   * Compresses these files (paths under the served folder) now, as a host does when the site is
   * deployed, rather than when first asked for: a measured page load then never waits for it.
   */
  precompress: (paths: readonly string[]) => void;
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  port?: number;
  base?: string;
  /** compress text responses (default true) */
  compress?: boolean;
}

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export async function startStaticServer(dir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const compress = options.compress ?? true;
  const files = sirv(dir, { dev: false, etag: true });
  const compressed = new Map<string, Buffer>();
  // served at any depth: its URLs resolve from the site's root
  const notFound = () => withBase(readFileSync(join(dir, '404.html'), 'utf8'), base);

  const compressedBody = (file: string, encoding: 'br' | 'gzip'): Buffer => {
    const key = `${encoding}:${statSync(file).mtimeMs}:${file}`;
    let body = compressed.get(key);
    if (!body) {
      const raw = readFileSync(file);
      body = encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(raw, { level: 9 });
      compressed.set(key, body);
    }
    return body;
  };

  const sendCompressed = (req: IncomingMessage, res: ServerResponse, path: string): boolean => {
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    let file = join(dir, normalize(decodeURIComponent(path)));
    if (!file.startsWith(dir)) return false;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const type = TEXT_TYPES[extname(file)];
    if (!encoding || !type || !existsSync(file)) return false;
    const body = compressedBody(file, encoding);
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    if (/-[\w-]{8,}\.(js|css)$/.test(file)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const sendNotFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound());
    };
    if (!url.startsWith(base)) {
      if (url === '/' || url === base.slice(0, -1)) {
        res.writeHead(302, { Location: base }).end();
        return;
      }
      sendNotFound();
      return;
    }
    req.url = url.slice(base.length - 1) || '/';
    const path = req.url.split('?')[0]!;
    if (compress && sendCompressed(req, res, path)) return;
    files(req, res, sendNotFound);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    url: `http://127.0.0.1:${port}${base}`,
    precompress: (paths) => {
      if (!compress) return;
      for (const path of paths) if (TEXT_TYPES[extname(path)]) compressedBody(join(dir, path), 'br');
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
