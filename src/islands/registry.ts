/**
 * Every island of the pre-rendered page, by its data-island name. Each mounts on its own element
 * and fails on its own: a broken island leaves the static page and the other islands working.
 */
import { copyLinks } from './copyLinks';
import { demo } from './demo';
import { drawer } from './drawer';
import { bookmarks, lectureCard, noticesIsland, studyData } from './home';
import { language } from './language';
import { reviews } from '../store/reviews';
import { lazy } from './lazy';
import { myLecturesTree } from './myLecturesTree';
import { notes } from './notes';
import { notFound } from './notFound';
import type { PageInfo } from './page';
import { reading } from './reading';
import { search } from './search';
import { selfCheck } from './selfCheck';
import { shortcuts } from './shortcuts';
import { textSize, theme } from './theme';
import { toc } from './toc';
import { tree } from './tree';
import { wideFormulas } from './wideFormulas';

export type Island = (element: HTMLElement, page: PageInfo) => void;

export const islands: Record<string, Island> = {
  drawer,
  tree,
  toc,
  theme,
  'text-size': textSize,
  search,
  reading,
  notes,
  shortcuts,
  'self-check': selfCheck,
  review: (element, page) => void lazy.review().then(({ mountReviewPage }) => mountReviewPage(element, page, reviews)),
  'lecture-card': lectureCard,
  bookmarks,
  'study-data': studyData,
  notices: noticesIsland,
  language,
  'copy-links': copyLinks,
  'wide-formulas': wideFormulas,
  demo,
  'not-found': notFound,
  'my-lectures-tree': myLecturesTree,
  'my-lectures': (element, page) =>
    void lazy.myLectures().then(({ mountMyLectures }) =>
      mountMyLectures(element, page, {
        mountIslands: (root, info) => mountIslands(root, info, reportIslandError),
        createImportWorker: () => lazy.importWorker().then(({ createImportWorker }) => createImportWorker()),
      }),
    ),
};

const reportIslandError = (name: string, error: unknown) => console.error(`island "${name}" failed:`, error);

/**
 * Islands that change nothing a reader sees when they mount: they add listeners, observers or
 * hidden parts, or show what they read from IndexedDB (the notes' count and markers), which
 * arrives after the first frame anyway. They mount after the others and after the page's first
 * frame, each in a task of its own, so that neither that frame nor the page's script holds a slow
 * phone's main thread for long. The islands that set visible controls (the read toggle's state
 * included) mount at once, so nothing shifts or flips, and so do the keyboard shortcuts (cheap,
 * and a key pressed as soon as the page shows must work).
 */
const AFTER_FIRST_PAINT = new Set(['self-check', 'wide-formulas', 'toc', 'copy-links', 'my-lectures-tree', 'notes']);

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** A task after the next frame: until the page has been drawn once, the late islands add nothing to draw. */
const afterNextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Mounts every island under `root` (an element may host several: data-island="a b"); resolves when all are mounted. */
export async function mountIslands(root: ParentNode, page: PageInfo, onError: (name: string, error: unknown) => void): Promise<void> {
  const later: [HTMLElement, string][] = [];
  const mount = (element: HTMLElement, name: string) => {
    try {
      islands[name]?.(element, page);
    } catch (error) {
      onError(name, error);
    }
  };
  for (const element of root.querySelectorAll<HTMLElement>('[data-island]')) {
    for (const name of (element.dataset.island ?? '').split(/\s+/).filter(Boolean)) {
      if (AFTER_FIRST_PAINT.has(name)) later.push([element, name]);
      else mount(element, name);
    }
  }
  if (later.length) await afterNextFrame();
  for (const [index, [element, name]] of later.entries()) {
    if (index) await nextTask();
    mount(element, name);
  }
}
