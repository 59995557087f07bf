/**
 * Data that crosses the build boundary: everything here is plain JSON, produced by the content
 * pipeline at build time (or in the browser for imported notes) and rendered by the reader.
 */
import type { Root } from 'hast';

export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];
export const DEFAULT_LANG: Lang = 'ko';

/** A topic id: ASCII kebab-case, unique across the site, part of every URL. */
export type TopicId = string;

export interface SourcePosition {
  line: number;
  column: number;
}

export interface Diagnostic extends SourcePosition {
  /** content-relative path, posix separators */
  file: string;
  message: string;
  /** absent: an error, which fails the build; a warning is printed and the build goes on */
  severity?: 'warning';
}

export interface Heading {
  /** unique within its page; explicit {#id} or the GitHub slug of the text */
  id: string;
  depth: number;
  text: string;
}

export interface Frontmatter {
  title?: string;
  order?: number;
  id?: string;
  lang?: Lang;
  summary?: string;
}

/** One compiled Markdown file. */
export interface CompiledNote {
  /** content-relative path of the source, e.g. multimodal-3d/visual-audio/stft.en.md */
  path: string;
  frontmatter: Frontmatter;
  /** frontmatter title, else the first heading, else the file name */
  title: string;
  headings: Heading[];
  /** the rendered document: HTML elements plus the reader's own sn-* elements */
  tree: Root;
  /** registered demos and diagrams the note places, in order */
  demos: string[];
  diagrams: string[];
}

/** A node of the sidebar tree: a page, with its children pages. */
export interface TopicNode {
  id: TopicId;
  title: string;
  /** the page's second-level headings, shown under the page when it is open */
  sections: Pick<Heading, 'id' | 'text'>[];
  children: TopicNode[];
}
