/**
 * `npm run dev`: Vite serves the reader with hot reload; this plugin answers page requests
 * (/, /<id>.html, /en/<id>.html) from the content pipeline, and reloads the browser when a note
 * changes. The page is rendered on the server as in the build, then hydrated by /src/main.tsx.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

const ENTRY = '/tooling/devPage.ts';

export function studyNotesDevServer(contentDir = 'content'): Plugin {
  return {
    name: 'study-notes:dev-server',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const content = resolve(server.config.root, contentDir);
      server.watcher.add(content);
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(content)) server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const path = decodeURIComponent(url.pathname);
        if (!(path === '/' || path.endsWith('.html'))) return next();
        try {
          const { renderDevPage } = (await server.ssrLoadModule(ENTRY)) as typeof import('./devPage');
          const page = await renderDevPage(content, path === '/' ? 'index.html' : path.slice(1));
          const html = await server.transformIndexHtml(path, page.html);
          res.statusCode = page.status;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(html);
        } catch (error) {
          server.ssrFixStacktrace(error as Error);
          next(error);
        }
      });
    },
  };
}
