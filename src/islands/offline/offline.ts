/**
 * Offline reading over http(s): registers the service worker, asks it to cache this page's whole
 * lecture, then every other lecture of the language while the browser is idle, and offers a reload
 * when a new build has been installed. Loaded after the page settles (never on file://).
 */
import { Workbox } from 'workbox-window';
import type { PageInfo } from '../page';
import { loadScript } from '../runtime';
import { lectureScripts, type LectureScript } from '../lectures';

export const SERVICE_WORKER_FILE = 'sw.js';

export function startOffline(page: PageInfo): void {
  const siteRoot = new URL(page.root || './', location.href);
  const workbox = new Workbox(new URL(SERVICE_WORKER_FILE, siteRoot).href, { scope: siteRoot.pathname });
  workbox.addEventListener('waiting', () =>
    offerReload(page, () => {
      workbox.addEventListener('controlling', () => location.reload());
      workbox.messageSkipWaiting();
    }),
  );
  void cacheLectures(workbox, siteRoot).catch(() => {
    // no service worker here (blocked, or storage refused): the site reads as it does from disk
  });
}

async function cacheLectures(workbox: Workbox, siteRoot: URL): Promise<void> {
  const registration = await workbox.register();
  if (!registration) return;
  await navigator.serviceWorker.ready;
  for (const [index, script] of lectureScripts().entries()) {
    // the page's own lecture at once, the others one at a time when the browser is idle
    if (index > 0) await idle();
    try {
      const { offline } = await loadScript<LectureScript>(script);
      const urlsToCache = [new URL(script, location.href).href, ...offline.map((path) => new URL(path, siteRoot).href)];
      await workbox.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache } });
    } catch {
      // offline copies are a convenience: reading goes on without them
    }
  }
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 10_000 });
    else setTimeout(resolve, 2000);
  });
}

function offerReload({ t }: PageInfo, reload: () => void): void {
  if (document.querySelector('.update-banner')) return;
  const banner = document.createElement('div');
  banner.className = 'update-banner';
  banner.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = t.newVersion;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t.reload;
  button.addEventListener('click', reload);
  banner.append(text, button);
  document.body.append(banner);
}
