/**
 * Every demo keeps its main picture and the control that changes it on screen together, on a
 * laptop and on a phone: a reader who reaches the control (here by focusing it, which scrolls it
 * into view as the browser does for Tab) sees what it changes without scrolling. The layout marks
 * the control's wrapper with data-demo-control and the picture with data-demo-picture.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpBrowser, watchedPage, type Locale } from './support';

const site = setUpBrowser('root');

/** Each demo and the topic page it is on (English under en/). */
const DEMOS: readonly [id: string, file: string][] = [
  ['stft-window', 'stft.html'],
  ['mel-mfcc', 'spectrogram.html'],
  ['speech-separation', 'speech-separation.html'],
  ['joint-embedding', 'image-tagging.html'],
  ['soft-attention', 'image-captioning.html'],
  ['text-to-image', 'text-to-image.html'],
  ['sound-localization', 'sound-source-localization.html'],
  ['conv3d', '3d-object-recognition.html'],
  ['photo-refocus', 'photo-refocusing.html'],
  ['3d-representations', '3d-data-representation.html'],
];

const SIZES = [
  { name: 'laptop 1280 × 900', viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, locale: 'en-US' as Locale },
  { name: 'phone 375 × 800', viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true, locale: 'ko-KR' as Locale },
];

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The control's and the picture's boxes, the sticky top bar's height and the viewport, read in one go. */
function measure(page: Page, demo: string) {
  return page.evaluate((selector) => {
    const section = document.querySelector(selector)!;
    const box = (element: Element | null): Box | null => {
      if (!element) return null;
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;visibility:hidden;height:var(--topbar-height)';
    document.body.append(probe);
    const topbar = probe.getBoundingClientRect().height;
    probe.remove();
    return {
      control: box(section.querySelector('[data-demo-control]')),
      picture: box(section.querySelector('[data-demo-picture]')),
      topbar,
      width: window.innerWidth,
      height: window.innerHeight,
    };
  }, demo);
}

describe.each(SIZES)('each demo on a $name', ({ viewport, isMobile, hasTouch, locale }) => {
  it.each(DEMOS)('%s: the main control, once reached, is on screen with its picture', async (id, file) => {
    const { page, errors, context } = await watchedPage(site.browser, { viewport, isMobile, hasTouch, locale });
    const demo = `#demo-${id}`;
    await page.goto(`${site.setting.baseUrl}${locale === 'en-US' ? 'en/' : ''}${file}`);
    await page.locator(demo).scrollIntoViewIfNeeded();
    const section = page.locator(demo);
    await section.locator('[data-demo-picture]').waitFor();
    const control = section.locator('[data-demo-control]');
    await expect(control.count()).resolves.toBe(1);
    await expect(section.locator('[data-demo-picture]').count()).resolves.toBe(1);
    const focusable = control.locator('input, select, button').first();
    // a demo may still be preparing (warming its caches, loading its sounds) with a status line
    // that comes and goes: measured once its layout has held still for half a second
    await page.waitForFunction(
      (selector) => {
        const state = window as unknown as { __layout?: { key: string; since: number } };
        const place = document.querySelector(selector)!;
        const key = ['[data-demo-control]', '[data-demo-picture]'].map((part) => JSON.stringify(place.querySelector(part)?.getBoundingClientRect())).join();
        if (state.__layout?.key !== key) state.__layout = { key, since: performance.now() };
        return performance.now() - state.__layout.since > 500;
      },
      demo,
      { polling: 100 },
    );

    // reached from above (the page read from its start) and from below (coming back up)
    for (const from of ['top', 'bottom'] as const) {
      await page.evaluate((to) => window.scrollTo(0, to === 'top' ? 0 : document.documentElement.scrollHeight), from);
      // reached with the keyboard, as a reader reaches it: Tab from the element before it, or
      // Shift+Tab from the one after it (a script's focus() is not always :focus-visible)
      await focusable.evaluate((element, direction) => {
        const reachable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
          (candidate) => candidate.tabIndex >= 0 && !(candidate as HTMLInputElement).disabled && candidate.getClientRects().length > 0,
        );
        const at = reachable.indexOf(element as HTMLElement);
        reachable[direction === 'top' ? at - 1 : at + 1]?.focus({ preventScroll: true });
      }, from);
      await page.keyboard.press(from === 'top' ? 'Tab' : 'Shift+Tab');
      await expect(control.evaluate((element) => element.contains(document.activeElement))).resolves.toBe(true);
      await page.waitForTimeout(100);
      const { control: c, picture: p, topbar, width, height } = await measure(page, demo);
      expect(topbar).toBeGreaterThan(40);
      // close enough together that scrolling by hand, too, finds a place where both are seen
      expect(Math.max(c!.bottom, p!.bottom) - Math.min(c!.top, p!.top), `${id}: control and picture span`).toBeLessThanOrEqual(height - topbar);
      for (const [what, box] of [
        ['control', c],
        ['picture', p],
      ] as const) {
        expect(box, `${id} ${what} from ${from}`).not.toBeNull();
        const inside = box!.top >= topbar - 0.5 && box!.bottom <= height + 0.5 && box!.left >= -0.5 && box!.right <= width + 0.5;
        expect(inside, `${id}: ${what} ${JSON.stringify(box)} inside ${width} × ${height} below ${topbar} (reached from the ${from})`).toBe(true);
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
