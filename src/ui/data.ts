/** What each HTML page carries for the reader: the shared site outline and this page's view. */
import type { NoteNode } from '../content/reactTree';
import type { Page } from '../content/site';
import type { Lang, TopicNode } from '../content/types';

export interface SiteData {
  title: string;
  langs: Lang[];
  trees: Partial<Record<Lang, TopicNode[]>>;
}

/** A topic page for the reader: its note compiled to a React-ready tree. */
export type ReaderPage = Omit<Page, 'source' | 'tree'> & { content: NoteNode[] };

export type View =
  | { kind: 'topic'; lang: Lang; file: string; page: ReaderPage }
  | { kind: 'home'; lang: Lang; file: string }
  | { kind: 'not-found'; lang: Lang; file: string };

/** Globals the HTML page sets before the app bundle runs (classic scripts: they work from file://). */
declare global {
  interface Window {
    __SN_SITE__?: SiteData;
  }
}

export const PAGE_DATA_ELEMENT_ID = 'sn-view';
export const ROOT_ELEMENT_ID = 'sn-root';
