/**
 * Markdown → HAST for one note. Pure and isomorphic: no Node or DOM APIs, so the same code runs
 * at build time over content/ and in the browser for imported notes.
 *
 * md → mdast (gfm, math, directives, frontmatter) → hast with raw HTML parsed and sanitised →
 * the reader's transforms (KaTeX, heading ids, images, links), each of which runs on sanitised input.
 */
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { topicName } from './paths';
import { remarkReaderDirectives } from './plugins/directives';
import { remarkFrontmatterData } from './plugins/frontmatter';
import { rehypeAnchors } from './plugins/anchors';
import { rehypeImages, type ImageOptions } from './plugins/images';
import { rehypeLinks } from './plugins/links';
import { rehypeKatexString } from './plugins/math';
import { sanitizeSchema } from './sanitizeSchema';
import type { CompiledNote, Diagnostic } from './types';

/**
 * rehype-raw re-parses the whole tree with parse5, about a tenth of a note's compile time; a note
 * without raw HTML (most notes) has nothing for it to do.
 */
const rehypeRawWhenPresent: Plugin<[], Root> = () => {
  const transform = rehypeRaw();
  return (tree, file) => {
    let present = false;
    visit(tree, 'raw', () => {
      present = true;
      return EXIT;
    });
    return present ? (transform(tree, file) as Root) : tree;
  };
};

export interface CompileOptions extends Partial<ImageOptions> {
  demoIds: readonly string[];
  diagramIds: readonly string[];
  /** content notes (strict) fail on anything questionable; imported notes render what they can */
  strict: boolean;
  /** KaTeX macros of the note's course (its macros.tex), e.g. { '\\mc': '\\mathcal' } */
  macros?: Readonly<Record<string, string>>;
}

export interface CompileResult {
  note: CompiledNote;
  diagnostics: Diagnostic[];
}

export function compileNote(path: string, markdown: string, options: CompileOptions): CompileResult {
  const strict = options.strict;
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkFrontmatterData, { strict })
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkDirective)
    .use(remarkReaderDirectives, { demoIds: options.demoIds, diagramIds: options.diagramIds, strict })
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRawWhenPresent)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeKatexString, { macros: options.macros })
    .use(rehypeImages, {
      resolveLocalImage: options.resolveLocalImage ?? (() => undefined),
      diagramForImage: options.diagramForImage ?? (() => undefined),
      strict,
    })
    .use(rehypeAnchors)
    .use(rehypeLinks);

  // One form of every character: a heading typed in decomposed Hangul (macOS file names, some
  // editors) gets the same id as the same heading typed composed, and links to it match.
  const file = new VFile({ path, value: markdown.normalize('NFC') });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const frontmatter = file.data.frontmatter ?? {};
  const headings = file.data.headings ?? [];
  const title = frontmatter.title ?? headings.find((h) => h.text)?.text ?? topicName(path);
  return {
    note: {
      path,
      frontmatter,
      title,
      headings,
      tree,
      demos: file.data.demos ?? [],
      diagrams: file.data.diagrams ?? [],
    },
    diagnostics: file.data.diagnostics ?? [],
  };
}
