/** Every HTML file the site consists of, with the view it shows. Shared by the build and the dev server. */
import { pageFile } from '../src/content/urls';
import type { SiteData, View } from '../src/ui/data';
import { toNoteTree, type NoteTreeOptions } from '../src/content/reactTree';
import type { BuiltSite } from './siteBuilder';

export const SITE_TITLE = 'Study Notes';
export const NOT_FOUND_FILE = '404.html';

export function siteData(site: BuiltSite): SiteData {
  return { title: SITE_TITLE, langs: site.langs, trees: site.trees };
}

/**
 * Each page's view, twice: complete for pre-rendering, and lean (formulas and diagrams left to the
 * pre-rendered markup) for the data the page embeds for hydration.
 */
export function siteViews(site: BuiltSite, options: NoteTreeOptions = {}): View[] {
  const views: View[] = [];
  for (const lang of site.langs) views.push({ kind: 'home', lang, file: pageFile(lang) });
  for (const { source: _source, tree, ...page } of site.pages) {
    views.push({ kind: 'topic', lang: page.lang, file: page.file, page: { ...page, content: toNoteTree(tree, options) } });
  }
  const lang = site.langs[0] ?? 'ko';
  views.push({ kind: 'not-found', lang, file: NOT_FOUND_FILE });
  return views;
}
