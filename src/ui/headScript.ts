/**
 * The one script that runs before first paint, blocking in every page's head (a file of its own,
 * see vite.config): it marks JavaScript as available, starts fetching the formula fonts the page names (over http(s): a font preload is
 * refused on file://, where the stylesheet loads them anyway), applies a remembered theme, and on
 * the site's entry page only, on the very first visit, follows the browser's language (keeping the
 * query and the anchor). A link to any other page opens exactly what it names.
 */
import { LANGUAGE_KEY, PREFERENCES_KEY } from '../store/keys';

export const HEAD_SCRIPT = `(function () {
  var root = document.documentElement;
  root.classList.remove('no-js');
  root.classList.add('js');
  if (location.protocol !== 'file:') (root.getAttribute('data-math-fonts') || '').split(' ').forEach(function (href) {
    if (!href) return;
    var link = document.createElement('link');
    link.rel = 'preload'; link.as = 'font'; link.type = 'font/woff2'; link.crossOrigin = ''; link.href = href;
    document.head.appendChild(link);
  });
  try {
    var store = localStorage;
    var saved = JSON.parse(store.getItem(${JSON.stringify(PREFERENCES_KEY)}) || '{}');
    var theme = saved && saved.state && saved.state.theme;
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    var size = saved && saved.state && saved.state.textSize;
    if (size === 'small' || size === 'large' || size === 'larger') root.setAttribute('data-text-size', size);
    if (!root.hasAttribute('data-entry') || store.getItem(${JSON.stringify(LANGUAGE_KEY)})) return;
    var alternates = JSON.parse(root.getAttribute('data-alternates') || '{}');
    var wanted = (navigator.languages || [navigator.language]).map(function (l) { return String(l).slice(0, 2); });
    var lang = root.lang;
    for (var i = 0; i < wanted.length; i++) {
      if (wanted[i] === root.lang || alternates[wanted[i]]) { lang = wanted[i]; break; }
    }
    store.setItem(${JSON.stringify(LANGUAGE_KEY)}, lang);
    if (lang !== root.lang) location.replace(alternates[lang] + location.search + location.hash);
  } catch (e) {}
})();`;

/**
 * The built page's app starter, deferred: it runs once the document is parsed and its stylesheet
 * has arrived, and starts the app script (which the page preloads) as a task of its own. Were the
 * app itself the deferred script, it would run inside the parser's last task, the one that also
 * lays out the whole page first; a page whose first layout waits for the app's download shows
 * later on a slow link.
 */
export const BOOT_SCRIPT = `(function () {
  var app = document.querySelector('link[data-app-script]');
  if (!app) return;
  var script = document.createElement('script');
  script.src = app.href;
  document.head.appendChild(script);
})();`;

/** The page template with the head script loaded first in its head, from `headSrc`, and the built app's starter, from `bootSrc`. */
export function withHeadScript(template: string, headSrc: string, bootSrc?: string): string {
  const boot = bootSrc ? `<script defer src="${bootSrc}"></script>` : '';
  return template.replace('<!--sn-head-->', `<script src="${headSrc}"></script>${boot}<!--sn-head-->`);
}
