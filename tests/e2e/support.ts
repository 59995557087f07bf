/**
 * Browser tests run against the built site (dist/, made by `npm run build`, which `npm test`
 * runs first) in Debian's Chromium through playwright-core, served three ways: at a server's
 * root, under a sub-path, and from disk (file://).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type ConsoleMessage, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer, type StaticServer } from '../../tooling/staticServer';

/** The build under test: dist/, or STUDY_NOTES_DIST (a build made elsewhere with STUDY_NOTES_OUT). */
export const DIST = resolve(process.env.STUDY_NOTES_DIST ?? resolve(import.meta.dirname, '../../dist'));

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium with the usual flags, plus `extraArgs` (e.g. --disable-webgl, a fake microphone). */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export type Setting = { name: string; baseUrl: string; close: () => Promise<void> };
export type SettingKind = 'root' | 'sub-path' | 'file';

/** The three ways the same dist/ is opened. */
export async function openSetting(kind: SettingKind): Promise<Setting> {
  if (kind === 'file') return { name: 'file://', baseUrl: pathToFileURL(DIST).href + '/', close: async () => undefined };
  const server: StaticServer = await startStaticServer(DIST, { base: kind === 'root' ? '/' : '/course/notes/' });
  return { name: kind, baseUrl: server.url, close: server.close };
}

/** What a test file shares: one browser and, when asked for, one way of opening the build. */
export interface BrowserUnderTest {
  readonly browser: Browser;
  readonly setting: Setting;
}

/** A value made in beforeAll; reading it earlier (at the file's top level) is a mistake in the test. */
function madeInBeforeAll<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is made in beforeAll: read it inside a test or a hook`);
  return value;
}

/**
 * Registers beforeAll/afterAll for the enclosing file or describe block: requires dist/, launches
 * Chromium and, given `kind`, opens the build that way; afterwards closes both. Read `browser` and
 * `setting` inside tests and hooks.
 */
export function setUpBrowser(kind?: SettingKind): BrowserUnderTest {
  let browser: Browser | undefined;
  let setting: Setting | undefined;
  beforeAll(async () => {
    requireDist();
    browser = await launchBrowser();
    if (kind) setting = await openSetting(kind);
  });
  afterAll(async () => {
    await setting?.close();
    await browser?.close();
  });
  return {
    get browser() {
      return madeInBeforeAll(browser, 'The browser');
    },
    get setting() {
      if (!kind) throw new Error('setUpBrowser() was given no setting kind: use setUpSetting');
      return madeInBeforeAll(setting, 'The setting');
    },
  };
}

/** Registers beforeAll/afterAll that open the build `kind`'s way for the enclosing describe block. */
export function setUpSetting(kind: SettingKind): Pick<BrowserUnderTest, 'setting'> {
  let setting: Setting | undefined;
  beforeAll(async () => {
    setting = await openSetting(kind);
  });
  afterAll(() => setting?.close());
  return {
    get setting() {
      return madeInBeforeAll(setting, 'The setting');
    },
  };
}

/**
 * A page that records console errors, uncaught exceptions and every request it makes. Service
 * workers are blocked unless `options` allow them: each test starts as a first visit, and only the
 * offline tests want the worker caching in the background.
 */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ko-KR', serviceWorkers: 'block', ...options });
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
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return rect.top >= 0 && rect.top < window.innerHeight - 40;
    });
}

/** Waits until the address bar holds `text` (demos write their settings there once the reader pauses). */
export async function waitForUrlContaining(page: Page, text: string): Promise<void> {
  await page.waitForURL((url) => url.href.includes(text), { timeout: 5_000 });
}

/**
 * Goes to `url` and waits until `ready` (a selector: the demo's drawing) is shown, then `settleMs`
 * more for what is painted one effect later (the theme's colours).
 */
export async function gotoAndWait(page: Page, url: string, ready: string, settleMs = 0): Promise<void> {
  await page.goto(url);
  await waitUntilShown(page, ready, settleMs);
}

/**
 * Brings every demo place on the page near the viewport, as a reader scrolling down does: a demo
 * mounts only then (src/islands/demo). Ends scrolled to the last one.
 */
export async function mountDemos(page: Page): Promise<void> {
  for (const place of await page.locator('section.demo').all()) await place.scrollIntoViewIfNeeded();
}

/** Waits until `ready` is shown, then `settleMs` more (see gotoAndWait); also after a reload. */
export async function waitUntilShown(page: Page, ready: string, settleMs = 0): Promise<void> {
  await page.waitForLoadState('domcontentloaded');
  if (!(await page.locator(ready).count())) await mountDemos(page);
  await page.waitForSelector(ready);
  if (settleMs > 0) await page.waitForTimeout(settleMs);
}

export type Locale = 'ko-KR' | 'en-US';

/**
 * A watched page opened as a copied settings link opens a demo: `file` in the locale's language
 * (English pages are under en/), the settings `query`, then the demo's `#demo-…` anchor. Resolves
 * once `ready` is there (by default the demo's first canvas).
 */
export async function openDemoLink(
  browser: Browser,
  setting: Setting,
  {
    demo,
    file,
    locale,
    query = '',
    ready = (page) => page.locator(`${demo} canvas`).first(),
  }: { demo: string; file: string; locale: Locale; query?: string; ready?: (page: Page) => Locator },
) {
  const watched = await watchedPage(browser, { locale });
  await watched.page.goto(`${setting.baseUrl}${locale === 'en-US' ? 'en/' : ''}${file}${query}${demo}`);
  await watched.page.locator(demo).scrollIntoViewIfNeeded();
  await ready(watched.page).waitFor();
  return watched;
}

/** The picture on the one canvas `canvas` matches, as a data URL. */
export function canvasImage(canvas: Locator): Promise<string> {
  return canvas.evaluate((element) => (element as HTMLCanvasElement).toDataURL());
}

/** The pictures on every canvas `canvases` matches, as data URLs in document order. */
export function canvasImages(canvases: Locator): Promise<string[]> {
  return canvases.evaluateAll((elements) => elements.map((element) => (element as HTMLCanvasElement).toDataURL()));
}
