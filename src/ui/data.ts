/** What the build hands the page renderer for one HTML file. */
import type { GlossaryEntry } from '../content/glossary';
import type { Page } from '../content/site';
import type { Lang, TopicNode } from '../content/types';

/** A lecture as every page lists it: collapsed, its tree in a script of its own. */
export interface LectureEntry {
  id: string;
  title: string;
  /** the script holding the lecture's tree, site-root-relative */
  script: string;
  /** how many topic pages the lecture has, its own included */
  topics: number;
}

/** A demo in the home page's gallery. */
export interface DemoCard {
  id: string;
  title: string;
  /** the page placing it, and the demo's anchor there */
  topic: string;
  anchor: string;
  /** SVG content on a 120 × 72 view box */
  preview: string;
}

export type PageView =
  | { kind: 'topic'; page: Page; /** the note, rendered to HTML at build time */ bodyHtml: string }
  | {
      kind: 'home';
      /** each lecture with its first-level topics */ outlines: TopicNode[];
      /** topic pages per lecture */ topicCounts: Record<string, number>;
      /** lecture id → its glossary page id */ glossaries: Record<string, string>;
      /** lecture id → its demos */ demos: Record<string, DemoCard[]>;
    }
  | { kind: 'review' }
  | { kind: 'my-lectures' }
  | { kind: 'glossary'; lectureTitle: string; entries: GlossaryEntry[] }
  | {
      kind: 'print';
      lectureTitle: string;
      /** the lecture's topics in reading order, each body as its topic page shows it */ topics: { id: string; title: string; bodyHtml: string }[];
      /** demo id → its small picture */ demoPreviews: Record<string, string>;
    }
  | { kind: 'not-found'; /** the script listing every topic of the language, site-root-relative */ topicsScript: string };

export interface PageContext {
  siteTitle: string;
  lang: Lang;
  /** site-root-relative file of this page, e.g. en/stft.html */
  file: string;
  /** languages this page exists in */
  langs: Lang[];
  /** every lecture in this language */
  lectures: LectureEntry[];
  /** the lecture whose whole tree this page carries (the topic's own) */
  lectureTree?: TopicNode;
  view: PageView;
  /** the site's absolute URL (https://host/path/), when known: alternate-language links need it */
  siteUrl?: string;
  /** fonts a page with formulas preloads, site-root-relative */
  mathFonts?: string[];
}
