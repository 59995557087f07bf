/** The lectures a page knows of, and what each lecture's script holds (see tooling/sitePages). */

/** What a lecture's tree script defines . */
export interface LectureScript {
  /** the lecture's topics below its own entry, as the page's tree renders them */
  html: string;
  /** site-root-relative URLs of everything the lecture needs offline */
  offline: string[];
  /** site-root-relative URL of the lecture's search index script */
  search: string;
  /** site-root-relative URL of the script listing the lecture's self-check questions */
  questions: string;
}

/** Every lecture's tree script, the page's own first, then the others as the tree lists them. */
export function lectureScripts(): string[] {
  const own = document.querySelector<HTMLElement>('[data-lecture-script]')?.dataset.lectureScript;
  const others = [...document.querySelectorAll<HTMLElement>('li[data-tree-script]')].map((e) => e.dataset.treeScript!);
  return [...new Set([own, ...others].filter((s): s is string => Boolean(s)))];
}
