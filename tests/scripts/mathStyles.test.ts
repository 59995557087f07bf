import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { keepUsedRules } from '../../tooling/mathStyles';

const selectorsOf = (css: string) => {
  const selectors: string[] = [];
  postcss.parse(css).walkRules((rule) => void selectors.push(rule.selector));
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
    const katexCss = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');
    const kept = keepUsedRules(katexCss, new Set(['katex', 'katex-mathml', 'katex-html', 'katex-base', 'katex-strut', 'mord', 'mathnormal']));
    expect(kept.match(/@font-face/g)?.length).toBe(katexCss.match(/@font-face/g)?.length);
    expect(kept).toContain('.katex .mathnormal');
    expect(kept).not.toContain('.fbox');
    expect(kept).not.toContain('reset-size');
    expect(kept.length).toBeLessThan(katexCss.length / 2);
  });
});
