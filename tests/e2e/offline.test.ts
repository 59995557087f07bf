/**
 * Offline after one visit (http(s) only): the service worker precaches the shell, the page asks it
 * to cache its whole lecture, and a new build offers a reload. From file:// nothing registers.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../tooling/staticServer';
import { DIST, openSetting, setUpBrowser, watchedPage } from './support';

const site = setUpBrowser();
let copy: string;
let server: StaticServer;

beforeAll(async () => {
  // a copy of the build, so that a "new version" can be published under the test's feet
  copy = mkdtempSync(join(tmpdir(), 'offline-dist-'));
  cpSync(DIST, copy, { recursive: true });
  server = await startStaticServer(copy, { base: '/course/notes/' });
});
afterAll(async () => {
  await server?.close();
  rmSync(copy, { recursive: true, force: true });
});

/** Waits until `check` (run in the page, may be async) is true. */
async function waitInPage(page: Page, check: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate(check))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${check}`);
    await page.waitForTimeout(250);
  }
}

/** Waits until the service worker has cached the page `file` (site-root-relative). */
async function waitUntilCached(page: Page, file: string) {
  const url = JSON.stringify(new URL(file, server.url).href);
  await waitInPage(
    page,
    `(async () => { for (const name of await caches.keys()) if (await (await caches.open(name)).match(${url})) return true; return false; })()`,
  );
}

describe('offline reading', () => {
  it('opens every page of the lecture, with its formulas and demos, after one visit and with the network off', async () => {
    const { page, context, errors } = await watchedPage(site.browser, { serviceWorkers: 'allow' });
    await page.goto(server.url + 'stft.html');
    await waitUntilCached(page, 'photo-refocusing.html');
    // the page's KaTeX fonts hold the course's characters only; KaTeX's whole ones, which a note's
    // formula may need, are kept too
    const wholeSheet = readdirSync(join(copy, 'assets')).find((name) => /^katex-[\w-]+\.css$/.test(name))!;
    const wholeMain = readFileSync(join(copy, 'assets', wholeSheet), 'utf8').match(/KaTeX_Main-Regular-[\w-]+\.woff2/)![0];
    expect(readFileSync(join(copy, 'stft.html'), 'utf8')).not.toContain(wholeMain);
    await waitUntilCached(page, `assets/${wholeMain}`);

    await context.setOffline(true);
    // a page of the lecture never visited, and its demo below the fold
    await page.goto(server.url + 'photo-refocusing.html?photo-refocus.aperture=20');
    expect(await page.locator('main h1').textContent()).toBeTruthy();
    expect(await page.locator('main .katex').count()).toBeGreaterThan(0);
    await page.locator('#demo-photo-refocus').scrollIntoViewIfNeeded();
    await page.locator('#demo-photo-refocus canvas').first().waitFor({ timeout: 15_000 });
    // the formulas' fonts came from the cache too
    expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
    // and the page the reader started from reloads
    await page.goto(server.url + 'stft.html');
    expect(await page.locator('main h1').textContent()).toContain('STFT');
    expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });

  it('offers a reload when a new build has been published, and reloads into it', async () => {
    const { page, context } = await watchedPage(site.browser, { serviceWorkers: 'allow' });
    await page.goto(server.url + 'soundnet.html');
    await waitInPage(page, 'navigator.serviceWorker.getRegistration().then((r) => Boolean(r && r.active))');
    await page.reload();
    await waitInPage(page, 'navigator.serviceWorker.controller !== null');

    // publish a new build: its service worker differs
    const sw = join(copy, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// new build\n`);
    await page.reload();
    const banner = page.getByRole('status').filter({ hasText: '새 버전이 있습니다.' });
    await banner.waitFor({ timeout: 20_000 });
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: '새로 고침' }).click()]);
    await expect(page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).resolves.toContain('sw.js');
    expect(await page.getByRole('status').filter({ hasText: '새 버전이 있습니다.' }).count()).toBe(0);
    await context.close();
  });

  it('registers nothing from file://', async () => {
    const setting = await openSetting('file');
    const { page, context, errors, requests } = await watchedPage(site.browser, { serviceWorkers: 'allow' });
    await page.goto(setting.baseUrl + 'stft.html');
    await page.waitForTimeout(1800);
    // the offline client is not even loaded, and nothing complained
    expect(requests.filter((url) => /\/offline-[\w-]+\.js$/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
