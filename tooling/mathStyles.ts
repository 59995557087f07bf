/**
 * KaTeX's stylesheet is 25 KiB and mostly styles what a course never writes (eleven text sizes by
 * eleven, boxes, arrows, struck-out text…). Every page loads it before its first paint, so the
 * build keeps only the rules whose classes the built notes' formulas use. Formulas rendered in the
 * browser (the reader's notes, imported lectures) may use any rule: they load KaTeX's whole sheet
 * beside it (src/islands/mathStylesheet.ts), which the build writes as an asset of its own.
 */
import postcss from 'postcss';
import type { Plugin } from 'vite';

/** KaTeX's stylesheet as the app imports it (its fonts as woff2 only, see vite.config). */
export const KATEX_CSS = /katex(\.min)?\.css$/;

/**
 * The stylesheet without the rules no page can match: a selector stays when every class it
 * requires is used (a class under :not() is not required). Rules without classes and @font-face
 * stay: an unused font is never downloaded.
 */
export function keepUsedRules(css: string, used: ReadonlySet<string>): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) =>
      [...selector.replace(/:not\([^)]*\)/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].every((match) => used.has(match[1]!)),
    );
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules((atRule) => {
    if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
  });
  return root.toString();
}

/** In the build, KaTeX's stylesheet keeps only the rules `used` classes need. */
export function katexUsedRulesOnly(used: ReadonlySet<string>): Plugin {
  return {
    name: 'study-notes:katex-used-rules-only',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      return KATEX_CSS.test(id) ? { code: keepUsedRules(code, used), map: null } : undefined;
    },
  };
}
