/// <reference lib="webworker" />
/**
 * The service worker (http(s) only; browsers allow none on file://). It precaches the shell (the
 * app script and stylesheet, KaTeX's fonts, React for the islands, the entry pages); pages and
 * bundles are cached as they are visited, and the page asks for its whole lecture to be cached
 * (CACHE_URLS) once it has settled, then the other lectures when the browser is idle. Every cache
 * is named after the build, so a new build never serves a page whose scripts are gone.
 */
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { Route, Router } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

const manifest = self.__WB_MANIFEST;
/** Changes with every build whose files change: the manifest carries each file's revision. */
const BUILD = hashString(JSON.stringify(manifest));
const PAGES = `study-notes-pages-${BUILD}`;
const ASSETS = `study-notes-assets-${BUILD}`;

precacheAndRoute(manifest, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

const router = new Router();
const isPage = (url: URL) => url.origin === self.location.origin && (url.pathname.endsWith('.html') || url.pathname.endsWith('/'));
// a page's query holds a demo's settings: any query opens the cached page
router.registerRoute(
  new Route(({ url }) => isPage(url), new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: 4, matchOptions: { ignoreSearch: true } })),
);
router.registerRoute(
  new Route(
    ({ url }) => url.origin === self.location.origin && /\/(assets|media)\//.test(url.pathname),
    // file names carry a content hash (media: the course's own files), so a cached copy is the copy
    new CacheFirst({ cacheName: ASSETS }),
  ),
);
router.addFetchListener();
router.addCacheListener();

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => /^study-notes-(pages|assets)-/.test(name) && !name.endsWith(BUILD)).map((name) => caches.delete(name))),
      ),
  );
});

function hashString(value: string): string {
  let hash = 2166136261;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}
