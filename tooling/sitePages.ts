/**
 * Renders the site from the compiled course: one pre-rendered page per topic and language, the home
 * and not-found pages, one small tree script per lecture (a page carries only its own lecture's
 * tree) and one topic list per language (for the not-found page). The build writes every page, one
 * at a time from its own note's HTML, so time and memory grow with the course, not with its square;
 * the dev server renders the one page asked for.
 */
import { createHash } from 'node:crypto';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { glossaryPageId } from '../src/content/glossaryLinks';
import { MEDIA_DIR } from '../src/content/note';
import { glossaryTerms } from '../src/search/glossaryTerms';
import { createSearchIndex, type SearchDocument } from '../src/search/searchIndex';
import type { Page } from '../src/content/site';
import type { Lang, TopicNode } from '../src/content/types';
import { MY_LECTURES_PAGE, pageFile, printPageId, REVIEW_PAGE } from '../src/content/urls';
import type { DemoCard, LectureEntry, PageContext, PageView } from '../src/ui/data';
import { uiStrings } from '../src/ui/i18n';
import { renderPage } from '../src/ui/renderPage';
import { TreeChildren } from '../src/ui/TopicTree';
import { ViewProvider } from '../src/ui/ViewContext';
import { ASSETS_DIR } from './bundles';
import type { Course } from './course';
import { notFoundPage } from './notFoundPage';

export const NOT_FOUND_FILE = '404.html';

export interface RenderOptions {
  /** site-root-relative path of each demo's bundle */
  demos: Record<string, string>;
  /**
   * Name scripts by their content (the build: browsers may keep them forever), or plainly by
   * lecture and render each only when asked for (the dev server, where a page must come fast).
   */
  scriptNames: 'hashed' | 'plain';
  /**
   * With hashed names every script is made at once (its name is its content's hash) and handed
   * here to be written, not kept: a course's search indexes together are too large to hold.
   */
  writeScript?: (path: string, content: string) => void;
  /** the site's absolute URL, for canonical and alternate-language links */
  siteUrl?: string;
  /** fonts a page with formulas preloads */
  mathFonts?: string[];
  /** each demo's picture for the home page's gallery */
  demoPreviews?: Record<string, string>;
}

export class SiteRenderer {
  /** lecture and topic-list scripts: site-root-relative path → content, made when first asked for */
  private readonly scriptSources = new Map<string, () => string>();
  private readonly scriptContents = new Map<string, string>();
  private readonly lectureEntries = new Map<Lang, LectureEntry[]>();
  private readonly topicLists = new Map<Lang, string>();
  private readonly pagesByFile: Map<string, Page>;

  constructor(
    private readonly course: Course,
    private readonly template: string,
    private readonly options: RenderOptions,
  ) {
    const { structure } = course;
    this.pagesByFile = new Map(structure.pages.map((page) => [page.file, page]));
    for (const lang of structure.langs) {
      const lectures = structure.trees[lang] ?? [];
      const pagesByLecture = new Map<string, Page[]>();
      for (const page of structure.pages) {
        if (page.lang === lang) pagesByLecture.set(page.lecture, [...(pagesByLecture.get(page.lecture) ?? []), page]);
      }
      this.lectureEntries.set(
        lang,
        lectures.map((lecture) => {
          const pages = pagesByLecture.get(lecture.id) ?? [];
          const search = this.addScript(`${ASSETS_DIR}/search/${lang}/${lecture.id}`, () => searchScript(course, pages));
          const questions = this.addScript(`${ASSETS_DIR}/questions/${lang}/${lecture.id}`, () =>
            defineScript(
              pages.flatMap((page) => course.extras(page).questions.map((q) => ({ ...q, topic: page.id, topicTitle: page.title, file: page.file }))),
            ),
          );
          const script = this.addScript(`${ASSETS_DIR}/lectures/${lang}/${lecture.id}`, () =>
            lectureScript(lang, lecture, pages, options.demos, { search, questions }),
          );
          return { id: lecture.id, title: lecture.title, script, topics: pages.length };
        }),
      );
      this.topicLists.set(
        lang,
        this.addScript(`${ASSETS_DIR}/topics/${lang}`, () => defineScript(flatten(lectures))),
      );
    }
  }

  /** Every script's site-root-relative path. */
  scriptPaths(): string[] {
    return [...this.scriptSources.keys()];
  }

  /** A script's content; undefined when the site has no such script. */
  script(path: string): string | undefined {
    let content = this.scriptContents.get(path);
    if (content === undefined) {
      const make = this.scriptSources.get(path);
      if (!make) return undefined;
      this.scriptContents.set(path, (content = make()));
    }
    return content;
  }

  /** The glossary pages: file → the lecture folder and language. */
  private glossaryPages(): Map<string, { folder: string; lang: Lang; lecture: Page }> {
    const pages = new Map<string, { folder: string; lang: Lang; lecture: Page }>();
    for (const [folder] of this.course.glossaryFolders()) {
      for (const page of this.course.structure.pages) {
        if (page.breadcrumbs.length === 0 && page.source.startsWith(`${folder}/index.`)) {
          pages.set(pageFile(page.lang, glossaryPageId(folder)), { folder, lang: page.lang, lecture: page });
        }
      }
    }
    return pages;
  }

  /** Every page file of the site, site-root-relative. */
  pageFiles(): string[] {
    const { structure } = this.course;
    return [
      ...this.glossaryPages().keys(),
      ...structure.pages.map((page) => page.file),
      ...structure.langs.flatMap((lang) => [pageFile(lang), pageFile(lang, REVIEW_PAGE), pageFile(lang, MY_LECTURES_PAGE)]),
      ...structure.langs.flatMap((lang) => (structure.trees[lang] ?? []).map((lecture) => pageFile(lang, printPageId(lecture.id)))),
      NOT_FOUND_FILE,
    ];
  }

  /** The page `file`'s HTML; undefined when the site has no such page. */
  render(file: string): string | undefined {
    const { structure } = this.course;
    const page = this.pagesByFile.get(file);
    if (page) {
      const lectureTree = structure.trees[page.lang]?.find((lecture) => lecture.id === page.lecture);
      return this.renderView(page.lang, file, page.langs, { kind: 'topic', page, bodyHtml: this.course.bodyHtml(page) }, lectureTree);
    }
    const home = structure.langs.find((lang) => pageFile(lang) === file);
    if (home) {
      const topicCounts = Object.fromEntries((this.lectureEntries.get(home) ?? []).map((lecture) => [lecture.id, lecture.topics]));
      const glossaries = Object.fromEntries(
        [...this.glossaryPages().values()].filter((g) => g.lang === home).map((g) => [g.lecture.id, glossaryPageId(g.folder)]),
      );
      const demos: Record<string, DemoCard[]> = {};
      for (const page of structure.pages) {
        if (page.lang !== home) continue;
        for (const place of page.places) {
          if (place.kind !== 'demo') continue;
          const id = place.id.replace(/^demo-/, '').replace(/-\d+$/, '');
          const list = (demos[page.lecture] ??= []);
          // a demo placed on several pages is shown once, where it comes first
          if (!list.some((demo) => demo.id === id))
            list.push({ id, title: place.text, topic: page.id, anchor: place.id, preview: this.options.demoPreviews?.[id] ?? '' });
        }
      }
      return this.renderView(home, file, structure.langs, { kind: 'home', outlines: structure.trees[home] ?? [], topicCounts, glossaries, demos });
    }
    const glossary = this.glossaryPages().get(file);
    if (glossary) {
      const entries = this.course.glossaryFolders().find(([folder]) => folder === glossary.folder)?.[1] ?? [];
      const lectureTree = structure.trees[glossary.lang]?.find((lecture) => lecture.id === glossary.lecture.id);
      return this.renderView(glossary.lang, file, glossary.lecture.langs, { kind: 'glossary', lectureTitle: glossary.lecture.title, entries }, lectureTree);
    }
    const review = structure.langs.find((lang) => pageFile(lang, REVIEW_PAGE) === file);
    if (review) return this.renderView(review, file, structure.langs, { kind: 'review' });
    for (const lang of structure.langs) {
      const lecture = structure.trees[lang]?.find((candidate) => pageFile(lang, printPageId(candidate.id)) === file);
      if (!lecture) continue;
      const topics = structure.pages
        .filter((page) => page.lang === lang && page.lecture === lecture.id)
        .map((page) => ({ id: page.id, title: page.title, bodyHtml: this.course.bodyHtml(page) }));
      return this.renderView(
        lang,
        file,
        [lang],
        { kind: 'print', lectureTitle: lecture.title, topics, demoPreviews: this.options.demoPreviews ?? {} },
        lecture,
      );
    }
    const mine = structure.langs.find((lang) => pageFile(lang, MY_LECTURES_PAGE) === file);
    if (mine) return this.renderView(mine, file, structure.langs, { kind: 'my-lectures' });
    if (file === NOT_FOUND_FILE) {
      const lang = structure.langs[0] ?? 'ko';
      return notFoundPage(this.renderView(lang, file, [lang], { kind: 'not-found', topicsScript: this.topicLists.get(lang) ?? '' }), this.options.siteUrl);
    }
    return undefined;
  }

  private renderView(lang: Lang, file: string, langs: Lang[], view: PageView, lectureTree?: TopicNode): string {
    const context: PageContext = {
      siteTitle: this.course.info.title[lang],
      lang,
      file,
      langs,
      lectures: this.lectureEntries.get(lang) ?? [],
      lectureTree,
      view,
      siteUrl: this.options.siteUrl,
      mathFonts: this.options.mathFonts,
    };
    return renderPage(context, this.template);
  }

  private addScript(stem: string, make: () => string): string {
    if (this.options.scriptNames === 'plain') {
      this.scriptSources.set(`${stem}.js`, make);
      return `${stem}.js`;
    }
    const content = make();
    const path = `${stem}-${createHash('sha256').update(content).digest('base64url').slice(0, 10)}.js`;
    if (this.options.writeScript) this.options.writeScript(path, content);
    else this.scriptContents.set(path, content);
    this.scriptSources.set(path, make);
    return path;
  }
}

/**
 * A lecture's tree script: its topics as the tree renders them (links are the same from every page
 * of a language, which share one folder), and what reading the lecture offline needs.
 */
function lectureScript(
  lang: Lang,
  lecture: TopicNode,
  pages: Page[],
  demoBundles: Record<string, string>,
  data: { search: string; questions: string },
): string {
  const view = { lang, file: pageFile(lang, lecture.id), t: uiStrings(lang) };
  const tree = createElement(TreeChildren, { nodes: lecture.children, expanded: new Set<string>() });
  const html = lecture.children.length ? renderToStaticMarkup(createElement(ViewProvider, { value: view }, tree)) : '';
  const offline = new Set<string>();
  for (const page of pages) {
    offline.add(page.file);
    for (const demo of page.demos) if (demoBundles[demo]) offline.add(demoBundles[demo]);
    for (const path of page.media) offline.add(`${MEDIA_DIR}/${encodeURI(path)}`);
  }
  offline.add(data.search);
  offline.add(data.questions);
  return defineScript({ html, offline: [...offline], ...data });
}

/** A lecture's search index (src/search): one document per section of each of its pages. */
function searchScript(course: Course, pages: Page[]): string {
  const documents: SearchDocument[] = pages.flatMap((page) => {
    const glossary = course.glossaryOf(page);
    const path = [...page.breadcrumbs.map((b) => b.title), page.title].join(' › ');
    return course.extras(page).sections.map((section) => ({
      id: `${page.file}#${section.anchor}`,
      file: page.file,
      anchor: section.anchor,
      topic: page.title,
      path,
      heading: section.heading,
      text: section.text,
      tex: section.tex,
      terms: glossaryTerms(glossary, `${page.title} ${section.heading} ${section.text}`),
    }));
  });
  return defineScript(createSearchIndex(documents));
}

function flatten(nodes: TopicNode[]): { id: string; title: string }[] {
  return nodes.flatMap((node) => [{ id: node.id, title: node.title }, ...flatten(node.children)]);
}

/** A classic script handing `value` to the page (src/islands/runtime). */
function defineScript(value: unknown): string {
  return `window.__SN__.define(${JSON.stringify(value)});\n`;
}
