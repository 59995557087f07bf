/**
 * KaTeX's stylesheet is 25 KiB and mostly styles what a course never writes (eleven text sizes by
 * eleven, boxes, arrows, struck-out text…). Every page loads it before its first paint, so the
 * build keeps only the rules whose classes the built notes' formulas use. Its fonts are cut the same
 * way: each keeps only the glyphs of characters the course's formulas show, and says which those are
 * (unicode-range). Formulas rendered in the browser (the reader's notes, imported lectures) may use
 * any rule or glyph: they load KaTeX's whole sheet, with its whole fonts, beside it
 * (src/islands/mathStylesheet.ts), which the build writes as an asset of its own. A character the
 * cut font lacks is then drawn from the whole one, the same family declared earlier.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parse, type AtRule, type Declaration } from 'postcss';
import type { Plugin } from 'vite';

/** KaTeX's stylesheet as the app imports it (its fonts as woff2 only, see vite.config). */
export const KATEX_CSS = /katex(\.min)?\.css$/;

/** What the course's formulas use of KaTeX's stylesheet. */
export interface MathUsage {
  /** every class name in the formulas' markup */
  classes: ReadonlySet<string>;
  /** every character the formulas' markup shows */
  chars: string;
}

/**
 * The stylesheet without the rules no page can match: a selector stays when every class it
 * requires is used (a class under :not() is not required). Rules without classes and @font-face
 * stay: an unused font is never downloaded.
 */
export function keepUsedRules(css: string, used: ReadonlySet<string>): string {
  const root = parse(css);
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

/** Code points as a unicode-range descriptor, neighbours merged (U+28-29, U+2B, …). */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let end = i;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    ranges.push(end === i ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[end]!)}`);
    i = end + 1;
  }
  return ranges.join(', ');
}

/** A font cut to the glyphs of `chars` it has (woff2), and those characters' code points. */
export async function subsetFont(font: Buffer, chars: string): Promise<{ woff2: Buffer; codePoints: number[] } | undefined> {
  const [{ default: subset }, { Blob, Face }, fontverter] = await Promise.all([import('subset-font'), import('harfbuzzjs'), import('fontverter')]);
  const sfnt = await subset(font, chars, { targetFormat: 'sfnt' });
  // the cut may keep a glyph for a character not asked for (the space); only asked-for ones count
  const codePoints = [...new Face(new Blob(sfnt), 0).collectUnicodes()].filter((codePoint) => chars.includes(String.fromCodePoint(codePoint)));
  if (!codePoints.length) return undefined;
  return { woff2: Buffer.from(await fontverter.convert(sfnt, 'woff2')), codePoints };
}

/**
 * The stylesheet with each @font-face's woff2 (a path relative to `cssDir`) replaced by a copy cut
 * to `courseChars` and the space, written under `outDir`, and a unicode-range naming what it
 * holds. A face whose font has none of the characters is left whole: it is downloaded only if
 * something asks for it.
 */
export async function subsetFontFaces(css: string, cssDir: string, courseChars: string, outDir: string): Promise<string> {
  // a face without the space is not a text's "first available font": its line metrics would
  // come from a fallback font, and lines with formulas would move
  const chars = courseChars.includes(' ') ? courseChars : ` ${courseChars}`;
  const root = parse(css);
  const faces: AtRule[] = [];
  root.walkAtRules('font-face', (face) => void faces.push(face));
  // one folder per character set: a rebuild with the same formulas reuses the cut fonts
  const folder = join(outDir, createHash('sha256').update(chars).digest('hex').slice(0, 16));
  forgetOtherCuts(outDir, folder);
  for (const face of faces) {
    const src = face.nodes?.find((node): node is Declaration => node.type === 'decl' && node.prop === 'src');
    const url = src?.value.match(/url\((["']?)([^"')]+\.woff2)\1\)/);
    if (!src || !url) continue;
    const fontFile = resolve(cssDir, url[2]!);
    const cutFile = join(folder, basename(fontFile));
    const rangeFile = `${cutFile}.range`;
    if (!existsSync(rangeFile)) {
      const cut = await subsetFont(readFileSync(fontFile), chars);
      mkdirSync(folder, { recursive: true });
      if (cut) writeFileSync(cutFile, cut.woff2);
      // written last, through a rename: a build stopped halfway leaves no range without its font
      writeFileSync(`${rangeFile}.tmp`, cut ? unicodeRange(cut.codePoints) : '');
      renameSync(`${rangeFile}.tmp`, rangeFile);
    }
    const range = readFileSync(rangeFile, 'utf8');
    if (!range) continue;
    src.value = src.value.replace(url[0], `url(${relative(cssDir, cutFile).split('\\').join('/')})`);
    face.append({ prop: 'unicode-range', value: range });
  }
  return root.toString();
}

/** How long the cut fonts of another character set are kept unused (another checkout may be building). */
const STALE_CUTS_MS = 24 * 60 * 60 * 1000;

/** Marks `folder` as used now and removes other character sets' folders left unused for a day. */
function forgetOtherCuts(outDir: string, folder: string): void {
  if (!existsSync(outDir)) return;
  const now = new Date();
  for (const name of readdirSync(outDir)) {
    const other = join(outDir, name);
    if (other !== folder && now.getTime() - statSync(other).mtimeMs > STALE_CUTS_MS) rmSync(other, { recursive: true, force: true });
  }
  if (existsSync(folder)) utimesSync(folder, now, now);
}

/**
 * In the build, KaTeX's stylesheet keeps only the rules the course's formulas need, and its fonts
 * only their glyphs (cut once per character set, into `fontCacheDir`).
 */
export function katexForCourse(usage: MathUsage, fontCacheDir: string): Plugin {
  return {
    name: 'study-notes:katex-for-course',
    enforce: 'pre',
    apply: 'build',
    async transform(code, id) {
      if (!KATEX_CSS.test(id)) return undefined;
      return { code: await subsetFontFaces(keepUsedRules(code, usage.classes), dirname(id), usage.chars, fontCacheDir), map: null };
    },
  };
}
