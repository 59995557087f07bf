/**
 * Browser tests run against the built site (dist/, made by `npm run build`, which `npm test`
 * runs first) in Debian's Chromium through playwright-core, served three ways: at a server's
 * root, under a sub-path, and from disk (file://).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type ConsoleMessage, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../tooling/staticServer';

/** The build under test: dist/, or STUDY_NOTES_DIST (a build made elsewhere with STUDY_NOTES_OUT). */
export const DIST = resolve(process.env.STUDY_NOTES_DIST ?? resolve(import.meta.dirname, '../../dist'));

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export type Setting = { name: string; baseUrl: string; close: () => Promise<void> };

/** The three ways the same dist/ is opened. */
export async function openSetting(kind: 'root' | 'sub-path' | 'file'): Promise<Setting> {
  if (kind === 'file') return { name: 'file://', baseUrl: pathToFileURL(DIST).href + '/', close: async () => undefined };
  const server: StaticServer = await startStaticServer(DIST, { base: kind === 'root' ? '/' : '/course/notes/' });
  return { name: kind, baseUrl: server.url, close: server.close };
}

/** A page that records console errors, uncaught exceptions and every request it makes. */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ko-KR', ...options });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  return { context, page, errors, requests };
}

/** Topic pages of the build, site-root-relative (e.g. stft.html, en/stft.html). */
export function topicFiles(): string[] {
  const list = (dir: string, prefix: string) =>
    readdirSync(join(DIST, dir))
      .filter((f) => f.endsWith('.html') && f !== 'index.html' && f !== '404.html')
      .map((f) => prefix + f);
  return [...list('.', ''), ...(existsSync(join(DIST, 'en')) ? list('en', 'en/') : [])];
}

/** Whether an element is inside the viewport (below the sticky top bar). */
export async function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return rect.top >= 0 && rect.top < window.innerHeight - 40;
  });
}

/** Waits until the address bar holds `text` (demos write their settings there once the reader pauses). */
export async function waitForUrlContaining(page: Page, text: string): Promise<void> {
  await page.waitForURL((url) => url.href.includes(text), { timeout: 5_000 });
}
