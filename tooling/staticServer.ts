/** A static server for dist/, optionally under a sub-path (as a course site would be hosted). */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  server: Server;
  /** e.g. http://127.0.0.1:4173/course/notes/ */
  url: string;
  close: () => Promise<void>;
}

export async function startStaticServer(dir: string, options: { port?: number; base?: string } = {}): Promise<StaticServer> {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const files = sirv(dir, { dev: false, etag: true });
  const notFound = () => readFileSync(join(dir, '404.html'));
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
