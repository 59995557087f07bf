/**
 * Generated and mutated Markdown for fuzzing the content pipeline, from a seeded generator so a
 * failing case can be replayed from its number. Seeds: our own notes, the seed lecture and the
 * real notes of ../shared (when present). Mutations mix what real exports and careless authors
 * produce: deep nesting, huge tables, long lines, unbalanced math and fences, BOM and CRLF, NUL,
 * NFC and NFD Hangul, broken frontmatter and directives.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/** Every seed document: path and text. */
export function seedDocuments(): { path: string; text: string }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md') && name !== 'SOURCES.md') files.push(path);
    }
  };
  walk(join(root, 'content'));
  walk(join(root, '../shared/seed'));
  walk(join(root, '../shared/corpus/real-notes'));
  return files.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)]!;

/** Fragments a note may contain, each made from the generator. */
const FRAGMENTS: ((rng: Rng) => string)[] = [
  (rng) => Array.from({ length: 5 + int(rng, 60) }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
  (rng) => `${'> '.repeat(1 + int(rng, 80))}deep quote`,
  (rng) => {
    const cols = 1 + int(rng, 20);
    const rows = 1 + int(rng, 60);
    const row = (cell: (c: number) => string) => `| ${Array.from({ length: cols }, (_, c) => cell(c)).join(' | ')} |`;
    return [row((c) => `h${c}`), row(() => '---'), ...Array.from({ length: rows }, (_, r) => row((c) => (c % 3 ? `r${r}c${c}` : `$x_${r}$`)))].join('\n');
  },
  // up to 20 KB: a longer paragraph after an unclosed "[" is quadratic in
  // micromark-extension-gfm-autolink-literal 2.1 (previousUnbalanced re-walks every event)
  (rng) => 'long line '.repeat(200 + int(rng, 1800)),
  (rng) => pick(rng, ['$', '$$', '$$\n\\frac{1}{', '$a$$b$', '\\$', '$$$', '$\\begin{aligned}x', '$x$\n$$\ny\n', '\\(x\\)', '$\\href{javascript:alert(1)}{x}$']),
  (rng) => pick(rng, ['```', '```ts\nconst a = 1', '~~~\n```\n', '````md\n```\n````', '    code\n\t\ttabs']),
  () => '\uFEFF',
  () => '\0',
  () => '\r\n',
  (rng) => pick(rng, ['::demo{id="nope"}', '::demo{}', '::demo{id=stft-window x=', ':::', '::diagram{id=""}', ':::demo{id="stft-window"}\n:::', '::diagram{id="show-and-tell"} trailing', ':abbr[x]{title=y}', '::demo{id="stft-window" n="99999999"}']),
  (rng) => pick(rng, ['---\n"tags(": x\n---\n', '---\n"a+":\n---\n', '---\n---\n', '---\ntitle: [unclosed\n---\n', '---\nid: 12\ntitle: {a: 1}\n---\n', '---\n\t- bad\n']),
  (rng) => `${'#'.repeat(1 + int(rng, 7))} ${pick(rng, ['Heading', '같은 제목', '같은 제목'.normalize('NFD'), '', '{#dup}', 'Main', 'x {#top}', '[link](#nowhere)'])}`,
  (rng) => pick(rng, ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg><foreignObject><div>x</div></foreignObject></svg>', '<details><summary>s', '</div></div>', '<!-- unclosed', '<table><tr><td>x']),
  (rng) => pick(rng, ['[a](b.md#c)', '[x](../../etc/passwd)', '![i](missing.png)', '![i](<a b.png>)', '[^1]\n\n[^1]: note', '[^dangling]', '<https://x.y>', '[[Wiki Link]]', '![[embed.png]]']),
];

/** Case `n`: a seed document mutated a few times (the same n always gives the same document). */
export function fuzzDocument(seeds: readonly { path: string; text: string }[], n: number): { path: string; text: string } {
  const rng = random(n * 2654435761);
  const base = seeds[n % seeds.length]!;
  let text = base.text;
  const steps = 1 + int(rng, 6);
  for (let step = 0; step < steps; step++) {
    const at = int(rng, text.length + 1);
    switch (int(rng, 6)) {
      case 0:
      case 1: {
        const fragment = pick(rng, FRAGMENTS)(rng);
        // frontmatter is frontmatter only at the start
        const where = fragment.startsWith('---') ? 0 : at;
        text = text.slice(0, where) + (where ? `\n${fragment}\n` : fragment) + text.slice(where);
        break;
      }
      case 2: {
        const other = pick(rng, seeds).text;
        const from = int(rng, other.length);
        text = text.slice(0, at) + other.slice(from, from + int(rng, 4000)) + text.slice(at);
        break;
      }
      case 3:
        text = text.slice(0, at) + text.slice(at + int(rng, 2000));
        break;
      case 4:
        // a stretch decomposed, as macOS and some Notion exports write Hangul
        text = text.slice(0, at) + text.slice(at, at + 3000).normalize('NFD') + text.slice(at + 3000);
        break;
      default:
        text = rng() < 0.5 ? text.replace(/\n/g, '\r\n') : text.slice(0, at) + String.fromCharCode(int(rng, 0x3000)) + text.slice(at);
    }
  }
  return { path: base.path.replace(/^.*\//, `fuzz/${n}-`), text };
}
