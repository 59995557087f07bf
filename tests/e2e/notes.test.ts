/**
 * The reader's own notes: written in Markdown with math and rendered as typed, pinned to a heading
 * with a marker there, kept across reloads, exported as Markdown, and never executing what a note
 * contains.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setUpBrowser, setUpSetting, watchedPage } from './support';

const site = setUpBrowser();

describe.each(['root', 'file'] as const)('notes, served from %s', (kind) => {
  const served = setUpSetting(kind);

  it('render Markdown, tables, task lists and math as typed, are pinned to a heading and stay across a reload', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'stft.html');
    await page.getByRole('button', { name: '내 노트' }).click();
    const panel = page.getByRole('complementary', { name: '내 노트' });
    await panel.getByRole('button', { name: '새 노트' }).click();
    await panel.getByLabel('노트를 붙일 곳').selectOption('definition');
    const text = '**핵심**: $\\Delta f = f_s / N$\n\n| N | Δf |\n|---|---|\n| 512 | 31.25 |\n\n- [x] 정의 읽기\n- [ ] 연습';
    await panel.getByLabel('노트 (Markdown, 수식은 $…$)').fill(text);
    const preview = panel.locator('.notes-preview');
    await expect(preview.locator('strong').textContent()).resolves.toBe('핵심');
    expect(await preview.locator('.katex').count()).toBe(1);
    expect(await preview.locator('table td').count()).toBe(2);
    expect(await preview.locator('input[type="checkbox"]').count()).toBe(2);
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('이 기기에 저장했습니다.');
    await panel.getByRole('button', { name: '다 썼어요' }).click();
    await page.keyboard.press('Escape');

    await page.reload();
    const marker = page.getByRole('button', { name: '내 노트: STFT의 정의' });
    await marker.click();
    await expect(page.getByRole('complementary', { name: '내 노트' }).getByLabel('노트 (Markdown, 수식은 $…$)').inputValue()).resolves.toBe(text);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('style any formula a note holds, though the page’s stylesheet keeps only the rules its own formulas use', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'stft.html');
    const pageFormulaSize = await page
      .locator('main .katex')
      .first()
      .evaluate((el) => getComputedStyle(el).fontSize);
    await page.getByRole('button', { name: '내 노트' }).click();
    const panel = page.getByRole('complementary', { name: '내 노트' });
    await panel.getByRole('button', { name: '새 노트' }).click();
    // no note of the course draws a box: its rule is only in KaTeX's whole sheet; no formula of
    // the course has ℵ, so the page's cut KaTeX_Main lacks it: KaTeX's whole font draws it
    await panel.getByLabel('노트 (Markdown, 수식은 $…$)').fill('$\\boxed{x} + \\aleph$');
    const box = panel.locator('.notes-preview .katex .fbox');
    await expect.poll(() => box.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    const loadedMainFaces = () =>
      page.evaluate(() =>
        [...document.fonts]
          .filter((face) => face.family === 'KaTeX_Main' && face.status === 'loaded' && face.style === 'normal' && face.weight === '400')
          .map((face) => face.unicodeRange),
      );
    await expect.poll(async () => (await loadedMainFaces()).includes('U+0-10FFFF')).toBe(true);
    expect((await loadedMainFaces()).some((range) => range.includes('U+20') && !range.includes('U+2135'))).toBe(true);
    // the page's own rules still win over KaTeX's: its formulas keep their size
    expect(
      await page
        .locator('main .katex')
        .first()
        .evaluate((el) => getComputedStyle(el).fontSize),
    ).toBe(pageFormulaSize);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('notes on one device', () => {
  const served = setUpSetting('root');

  it('show raw HTML as text, drop javascript: links, and show a bad formula as an error while the rest renders', async () => {
    const { page, context } = await watchedPage(site.browser);
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    await page.goto(served.setting.baseUrl + 'stft.html');
    await page.getByRole('button', { name: '내 노트' }).click();
    const panel = page.getByRole('complementary', { name: '내 노트' });
    await panel.getByRole('button', { name: '새 노트' }).click();
    await panel
      .getByLabel('노트 (Markdown, 수식은 $…$)')
      .fill('<img src=x onerror="alert(1)"><script>alert(2)</script> [click](javascript:alert(3)) $\\frac{1}{$ and $x^2$ after');
    const preview = panel.locator('.notes-preview');
    await page.waitForTimeout(500);
    expect(await preview.locator('img, script').count()).toBe(0);
    await expect(preview.textContent()).resolves.toContain('<img src=x onerror="alert(1)">');
    expect(await preview.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await preview.locator('.katex-error').count()).toBe(1);
    expect(await preview.locator('.katex').count()).toBeGreaterThanOrEqual(1);
    await preview
      .getByText('click')
      .click()
      .catch(() => undefined);
    expect(dialogs).toBe(0);
    await context.close();
  });

  it('export the lecture’s notes as one Markdown file whose headings link back', async () => {
    const { page, context } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'stft.html');
    await page.getByRole('button', { name: '내 노트' }).click();
    const panel = page.getByRole('complementary', { name: '내 노트' });
    await panel.getByRole('button', { name: '새 노트' }).click();
    await panel.getByLabel('노트 (Markdown, 수식은 $…$)').fill('전체에 대한 메모');
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('이 기기에 저장했습니다.');
    await panel.getByRole('button', { name: '다 썼어요' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '노트를 Markdown으로 내보내기' }).click()]);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain(`## [단시간 푸리에 변환 (STFT)](${served.setting.baseUrl}stft.html)`);
    expect(markdown).toContain('전체에 대한 메모');
    await context.close();
  });
});
