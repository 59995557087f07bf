/** The HTML document around a page: head metadata for link previews, the theme script, the data. */
import { PREFERENCES_KEY } from '../src/ui/state/preferences';
import { PAGE_DATA_ELEMENT_ID, ROOT_ELEMENT_ID, type SiteData, type View } from '../src/ui/data';
import { pageFile, relativeUrl, rootPrefix } from '../src/content/urls';

export interface DocumentAssets {
  /** site-root-relative URLs (build) or absolute dev-server paths */
  css: string[];
  /** classic scripts, in order */
  scripts: string[];
  /** module scripts (dev server only) */
  modules?: string[];
  /** inline JSON instead of a site-data script (dev server) */
  inlineSite?: SiteData;
  headExtra?: string;
}

const OG_LOCALE = { ko: 'ko_KR', en: 'en_US' } as const;

/** Key under which the first visit records the reader's language (see HEAD_SCRIPT). */
export const LANGUAGE_KEY = 'study-notes:lang';

/**
 * Runs before first paint: marks JS as available, applies a remembered theme, and on the very first
 * visit follows the browser's language (to this page's version in that language, same section).
 */
const HEAD_SCRIPT = `(function () {
  var root = document.documentElement, store = localStorage;
  root.classList.remove('no-js');
  root.classList.add('js');
  try {
    var saved = JSON.parse(store.getItem(${JSON.stringify(PREFERENCES_KEY)}) || '{}');
    var theme = saved && saved.state && saved.state.theme;
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    if (store.getItem(${JSON.stringify(LANGUAGE_KEY)})) return;
    var alternates = {};
    document.querySelectorAll('link[rel=alternate][hreflang]').forEach(function (link) { alternates[link.hreflang] = link.href; });
    var wanted = (navigator.languages || [navigator.language]).map(function (l) { return String(l).slice(0, 2); });
    var lang = root.lang;
    for (var i = 0; i < wanted.length; i++) {
      if (wanted[i] === root.lang || alternates[wanted[i]]) { lang = wanted[i]; break; }
    }
    store.setItem(${JSON.stringify(LANGUAGE_KEY)}, lang);
    if (lang !== root.lang) location.replace(alternates[lang] + location.hash);
  } catch (e) {}
})();`;

export function renderDocument(site: SiteData, view: View, body: string, assets: DocumentAssets): string {
  const prefix = assets.modules ? '/' : rootPrefix(view.file);
  const page = view.kind === 'topic' ? view.page : undefined;
  const title = page ? `${page.title} · ${site.title}` : view.kind === 'not-found' ? `404 · ${site.title}` : site.title;
  const description = page?.summary ?? (page ? page.breadcrumbs.map((b) => b.title).concat(page.title).join(' › ') : site.title);
  const alternates = (page ? page.langs : view.kind === 'home' ? site.langs : [])
    .filter((lang) => lang !== view.lang)
    .map((lang) => `<link rel="alternate" hreflang="${lang}" href="${escapeAttr(relativeUrl(view.file, pageFile(lang, page?.id)))}">`);
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    `<meta name="description" content="${escapeAttr(description)}">`,
    `<meta property="og:type" content="${page ? 'article' : 'website'}">`,
    `<meta property="og:title" content="${escapeAttr(page?.title ?? site.title)}">`,
    `<meta property="og:description" content="${escapeAttr(description)}">`,
    `<meta property="og:site_name" content="${escapeAttr(site.title)}">`,
    `<meta property="og:locale" content="${OG_LOCALE[view.lang]}">`,
    '<meta name="twitter:card" content="summary">',
    '<meta name="color-scheme" content="light dark">',
    '<link rel="icon" href="data:,">',
    ...alternates,
    `<script>${HEAD_SCRIPT}</script>`,
    ...assets.css.map((href) => `<link rel="stylesheet" href="${escapeAttr(prefix + href)}">`),
    assets.inlineSite ? `<script>window.__SN_SITE__=${jsonForScript(assets.inlineSite)}</script>` : '',
    ...assets.scripts.map((src) => `<script defer src="${escapeAttr(prefix + src)}"></script>`),
    ...(assets.modules ?? []).map((src) => `<script type="module" src="${escapeAttr(src)}"></script>`),
    assets.headExtra ?? '',
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${view.lang}" class="no-js">
<head>
${head.join('\n')}
</head>
<body>
<div id="${ROOT_ELEMENT_ID}">${body}</div>
<script type="application/json" id="${PAGE_DATA_ELEMENT_ID}">${jsonForScript(view)}</script>
</body>
</html>
`;
}

/** JSON that cannot close its <script> element or start a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}
