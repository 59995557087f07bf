/**
 * `npm run dev`: Vite serves the reader with hot reload. This plugin answers page requests (/,
 * /<id>.html, /en/<id>.html) by filling index.html with the page, as the build does, from the
 * course compiled once (from the build's cache when there is one); an edited note is recompiled on
 * its own and the browser reloads. Lecture and topic scripts are served the same way.
 */
import { relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

const RENDERER = '/tooling/devPages.ts';

export function studyNotesDevServer(contentDir = 'content'): Plugin {
  return {
    name: 'study-notes:dev-server',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const content = resolve(server.config.root, contentDir);
      const pages = () => server.ssrLoadModule(RENDERER) as Promise<typeof import('./devPages')>;
      server.watcher.add(content);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(content + sep)) return;
        const path = relative(content, file).split(sep).join('/');
        void pages()
          .then((module) => module.noteChanged(content, path))
          .then(() => server.ws.send({ type: 'full-reload' }));
      });
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const path = decodeURIComponent(url.pathname);
        try {
          const module = await pages();
          const answer = await module.devResponse(content, path === '/' ? 'index.html' : path.slice(1), (html) => server.transformIndexHtml(path, html));
          if (!answer) return next();
          res.statusCode = answer.status;
          res.setHeader('Content-Type', answer.type);
          res.end(answer.body);
        } catch (error) {
          server.ssrFixStacktrace(error as Error);
          next(error);
        }
      });
    },
  };
}
