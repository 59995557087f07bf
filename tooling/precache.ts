/**
 * The service worker's precache list (Workbox injects it into dist/sw.js): the shell every page
 * needs — the app script and stylesheet, KaTeX's fonts, React for the islands, the offline client,
 * the entry, not-found and my-lectures pages (imported lectures are read there, from the device),
 * the manifest and icons. Lectures are cached as they are read.
 */
import { injectManifest } from 'workbox-build';

export async function writePrecacheManifest(outDir: string, serviceWorker: string, shell: readonly string[]): Promise<number> {
  const { count, warnings } = await injectManifest({
    swSrc: serviceWorker,
    swDest: serviceWorker,
    globDirectory: outDir,
    globPatterns: [
      ...shell,
      'index.html',
      'en/index.html',
      'my-lectures.html',
      'en/my-lectures.html',
      '404.html',
      'manifest.webmanifest',
      'favicon.svg',
      'icons/*.png',
    ],
    // hashed names need no revision of their own
    dontCacheBustURLsMatching: /-[\w-]{8,}\.(js|css|woff2)$/,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  if (warnings.length) throw new Error(`precache: ${warnings.join('; ')}`);
  return count;
}
