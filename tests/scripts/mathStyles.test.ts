import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { convert } from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { parse, type AtRule, type Declaration } from 'postcss';
import { afterAll, describe, expect, it } from 'vitest';
import { formulaChars } from '../../tooling/formulaChars';
import { keepUsedRules, subsetFont, subsetFontFaces, unicodeRange } from '../../tooling/mathStyles';

const katexCssFile = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
const katexFont = (name: string) => readFileSync(join(dirname(katexCssFile), 'fonts', `${name}.woff2`));

const selectorsOf = (css: string) => {
  const selectors: string[] = [];
  parse(css).walkRules((rule) => void selectors.push(rule.selector));
  return selectors;
};

describe('KaTeX rules the course uses', () => {
  it('keeps a rule when every class it requires is used, and drops the rest', () => {
    const css = '.katex .mord{a:1}.katex .fbox{b:2}.katex .vlist-t2>.vlist-r:nth-child(2){c:3}body{counter-reset:x}';
    expect(selectorsOf(keepUsedRules(css, new Set(['katex', 'mord', 'vlist-t2', 'vlist-r'])))).toEqual([
      '.katex .mord',
      '.katex .vlist-t2>.vlist-r:nth-child(2)',
      'body',
    ]);
    expect(selectorsOf(keepUsedRules(css, new Set(['katex', 'vlist-r'])))).toEqual(['body']);
  });

  it('keeps only the used selectors of a list, and does not require a class under :not()', () => {
    const css = '.katex .a,.katex .b{x:1}.katex .c:not(.d){y:2}';
    expect(selectorsOf(keepUsedRules(css, new Set(['katex', 'b', 'c'])))).toEqual(['.katex .b', '.katex .c:not(.d)']);
  });

  it('keeps every font face, and KaTeX’s own sheet shrinks to what a simple formula needs', () => {
    const katexCss = readFileSync(katexCssFile, 'utf8');
    const kept = keepUsedRules(katexCss, new Set(['katex', 'katex-mathml', 'katex-html', 'katex-base', 'katex-strut', 'mord', 'mathnormal']));
    expect(kept.match(/@font-face/g)?.length).toBe(katexCss.match(/@font-face/g)?.length);
    expect(kept).toContain('.katex .mathnormal');
    expect(kept).not.toContain('.fbox');
    expect(kept).not.toContain('reset-size');
    expect(kept.length).toBeLessThan(katexCss.length / 2);
  });
});

describe('KaTeX fonts cut to the course’s characters', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'sn-math-fonts-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('reads the characters a formula shows, not its markup, entities decoded', () => {
    const html = '<span class="katex"><span class="mord mathnormal" style="height:1em">x</span><span class="mrel">&lt;</span>&amp;&#x27;&#8722;</span>';
    expect([...formulaChars(html)].sort()).toEqual(['&', "'", '<', 'x', '−'].sort());
  });

  it('names code points as ranges, neighbours merged', () => {
    expect(unicodeRange([0x29, 0x20, 0x28, 0x2b, 0x2212, 0x28])).toBe('U+20, U+28-29, U+2B, U+2212');
  });

  it('keeps the glyphs of the asked characters the font has, and says which those are', async () => {
    const whole = katexFont('KaTeX_Main-Regular');
    const cut = await subsetFont(whole, 'xk=가∑');
    // KaTeX_Main has no Hangul, and draws ∑ from its Size fonts
    expect(cut!.codePoints.map((c) => String.fromCodePoint(c)).sort()).toEqual(['=', 'k', 'x']);
    expect(cut!.woff2.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(cut!.woff2.length).toBeLessThan(whole.length / 3);
    expect(await subsetFont(whole, '가나')).toBeUndefined();
  });

  it('points each font face at its cut font with the range it holds, the space always included', async () => {
    const css = '@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2")}.katex{font:1em KaTeX_Main}';
    const out = await subsetFontFaces(css, dirname(katexCssFile), 'x=', outDir);
    const face = parse(out).first as AtRule;
    const decl = (prop: string) => (face.nodes!.find((node) => node.type === 'decl' && node.prop === prop) as Declaration).value;
    expect(decl('unicode-range')).toBe('U+20, U+3D, U+78');
    const cutFile = resolve(dirname(katexCssFile), decl('src').match(/url\(([^)]+)\)/)![1]!);
    expect(cutFile.startsWith(outDir)).toBe(true);
    const sfnt = await convert(readFileSync(cutFile), 'sfnt');
    expect([...new Face(new Blob(sfnt), 0).collectUnicodes()]).toEqual([0x20, 0x3d, 0x78]);
    expect(statSync(cutFile).size).toBeLessThan(katexFont('KaTeX_Main-Regular').length / 3);
    expect(out).toContain('.katex{font:1em KaTeX_Main}');
    // a second build with the same characters reuses the cut font
    const files = readdirSync(dirname(cutFile));
    expect(await subsetFontFaces(css, dirname(katexCssFile), 'x=', outDir)).toBe(out);
    expect(readdirSync(dirname(cutFile))).toEqual(files);
  });

  it('forgets the cut fonts of a character set unused for a day, and keeps recent ones', async () => {
    const cuts = mkdtempSync(join(outDir, 'cuts-'));
    const css = '@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2")}';
    const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000);
    mkdirSync(join(cuts, 'old-set'));
    utimesSync(join(cuts, 'old-set'), dayAgo, dayAgo);
    mkdirSync(join(cuts, 'recent-set'));
    await subsetFontFaces(css, dirname(katexCssFile), 'y', cuts);
    const [inUse, ...more] = readdirSync(cuts).filter((name) => name !== 'recent-set');
    expect(more).toEqual([]);
    expect(inUse).not.toBe('old-set');
    // the set in use is kept, and marked as used, however old its folder
    utimesSync(join(cuts, inUse!), dayAgo, dayAgo);
    await subsetFontFaces(css, dirname(katexCssFile), 'y', cuts);
    expect(readdirSync(cuts).sort()).toEqual([inUse!, 'recent-set'].sort());
    expect(statSync(join(cuts, inUse!)).mtimeMs).toBeGreaterThan(dayAgo.getTime() + 60_000);
  });
});
