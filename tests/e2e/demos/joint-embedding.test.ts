/** The joint-embedding demo on its built page: drag, keys and controls change it, a settings link reopens it. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoAndWait, setUpBrowser, waitForUrlContaining, watchedPage } from '../support';

const DEMO = '#demo-joint-embedding';
const site = setUpBrowser('file');

const drawing = (page: Page) => page.locator(`${DEMO} svg[role="group"]`).innerHTML();
const readout = (page: Page, name: string) => page.locator(`${DEMO} [data-readout="${name}"]`).textContent();
const open = (page: Page, path: string) => gotoAndWait(page, site.setting.baseUrl + path, `${DEMO} svg[role="group"]`);

describe('joint embedding demo', () => {
  it('redraws when the margin slider moves and when a point is dragged by mouse, touch or keys, without errors', async () => {
    const { page, errors, requests, context } = await watchedPage(site.browser, { hasTouch: true });
    await open(page, 'image-tagging.html');
    const demo = page.locator(DEMO);
    const first = await drawing(page);
    const loss = await readout(page, 'triplet');
    expect(loss).toMatch(/^L = max\(0, 0\.50 \+/);

    const slider = demo.getByRole('slider', { name: 'Margin α' });
    await slider.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('0.70');
    expect(await drawing(page)).not.toBe(first);
    expect(await readout(page, 'triplet')).toMatch(/^L = max\(0, 0\.70 \+/);
    await waitForUrlContaining(page, 'joint-embedding.margin=0.7');

    // mouse: drag the negative to the corner of the plot farthest from the anchor
    const negative = demo.getByRole('button', { name: /^Negative: / });
    const box = (await negative.boundingBox())!;
    const plot = (await page.locator(`${DEMO} svg[role="group"]`).boundingBox())!;
    const a = (await demo.getByRole('button', { name: /^앵커 \(anchor\): / }).boundingBox())!;
    const corner = {
      x: a.x + a.width / 2 < plot.x + plot.width / 2 ? plot.x + plot.width - 8 : plot.x + 8,
      y: a.y + a.height / 2 < plot.y + plot.height / 2 ? plot.y + plot.height - 8 : plot.y + 8,
    };
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(corner.x, corner.y, { steps: 8 });
    await page.mouse.up();
    expect(await readout(page, 'triplet')).toMatch(/= 0\.00$/);
    await expect(demo.getByText(/margin 충족/).count()).resolves.toBe(1);

    // touch: a finger drags the positive (real touch input through the DevTools protocol)
    const positive = demo.getByRole('button', { name: /^Positive: / });
    const before = await positive.getAttribute('aria-label');
    const p = (await positive.boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', p.x + p.width / 2, p.y + p.height / 2);
    for (let i = 1; i <= 5; i++) await touch('touchMove', p.x + p.width / 2 + i * 12, p.y + p.height / 2 - i * 8);
    await touch('touchEnd', 0, 0);
    expect(await positive.getAttribute('aria-label')).not.toBe(before);

    // keyboard: the anchor moves with the arrow keys
    const anchor = demo.getByRole('button', { name: /^앵커 \(anchor\): / });
    const label = await anchor.getAttribute('aria-label');
    await anchor.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await anchor.getAttribute('aria-label')).not.toBe(label);

    // training: a step, then train until every margin holds
    await demo.getByRole('button', { name: '1 step' }).click();
    expect(await readout(page, 'training')).toMatch(/^step 1 /);
    await waitForUrlContaining(page, 'joint-embedding.steps=1');
    await demo.getByRole('button', { name: '학습 (Train)' }).click();
    await page.waitForFunction((selector) => document.querySelector(`${selector} [data-readout="training"]`)?.textContent?.includes(' 0.000 '), DEMO, {
      timeout: 20_000,
    });
    await expect(demo.getByRole('button', { name: '학습 (Train)' }).getAttribute('aria-pressed')).resolves.toBe('false');
    await page.waitForURL(/joint-embedding\.steps=\d\d/, { timeout: 5_000 });

    expect(errors).toEqual([]);
    expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
    await context.close();
  });

  it('reopens the setting a link gives, in English', async () => {
    const { page, errors, context } = await watchedPage(site.browser, { locale: 'en-US' });
    const query =
      '?joint-embedding.margin=1&joint-embedding.steps=80&joint-embedding.negative=txt-red-car&joint-embedding.image=red-ball&joint-embedding.minus=red&joint-embedding.plus=blue';
    await open(page, `en/image-tagging.html${query}#demo-joint-embedding`);
    const demo = page.locator(DEMO);
    await expect(demo.getByRole('slider', { name: 'Margin α' }).getAttribute('aria-valuetext')).resolves.toBe('1.00');
    await expect(demo.getByRole('combobox', { name: 'Negative' }).inputValue()).resolves.toBe('txt-red-car');
    expect(await readout(page, 'training')).toMatch(/^Step 80 \(seed 2\)/);
    expect(await readout(page, 'analogy')).toMatch(/^blue ball picture/);
    // the same link gives the same drawing
    const drawn = await drawing(page);
    await page.reload();
    await page.waitForSelector(`${DEMO} svg[role="group"]`);
    expect(await drawing(page)).toBe(drawn);
    expect(errors).toEqual([]);
    await context.close();
  });
});
