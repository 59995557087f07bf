/**
 * Fills the page template (index.html, as Vite processed it) with one page: its head metadata and
 * its pre-rendered body. The same template serves `npm run dev` and the build.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { pageFile, relativeUrl, rootPrefix } from '../content/urls';
import type { PageContext } from './data';
import { Body, Head } from './Document';
import { uiStrings } from './i18n';
import { ViewProvider } from './ViewContext';

const HTML_TAG = '<html class="no-js">';
const HEAD_SLOT = '<!--sn-head-->';
const BODY_SLOT = '<!--sn-body-->';

function checkTemplate(html: string): void {
  for (const marker of [HTML_TAG, HEAD_SLOT, BODY_SLOT]) {
    if (!html.includes(marker)) throw new Error(`index.html: the page template needs ${marker}`);
  }
}

/** `template`: index.html with its asset URLs written "./…" from the site root (build) or absolute (dev). */
export function renderPage(context: PageContext, template: string): string {
  checkTemplate(template);
  const view = { lang: context.lang, file: context.file, t: uiStrings(context.lang) };
  const inView = (node: ReactNode) => renderToStaticMarkup(<ViewProvider value={view}>{node}</ViewProvider>);
  const prefix = rootPrefix(context.file);
  const topicId = context.view.kind === 'topic' ? context.view.page.id : undefined;
  const alternates = Object.fromEntries(context.langs.filter((l) => l !== context.lang).map((l) => [l, relativeUrl(context.file, pageFile(l, topicId))]));
  const attributes = [
    `lang="${context.lang}"`,
    `data-page="${escapeAttribute(context.file)}"`,
    `data-alternates="${escapeAttribute(JSON.stringify(alternates))}"`,
    context.view.kind === 'home' && prefix === '' ? 'data-entry=""' : '',
    // formula text stays invisible until its font arrives: the head script fetches the two every formula uses at once
    context.view.kind === 'topic' && context.mathFonts?.length && context.view.bodyHtml.includes('class="katex"')
      ? `data-math-fonts="${escapeAttribute(context.mathFonts.map((font) => relativeUrl(context.file, font)).join(' '))}"`
      : '',
    'class="no-js"',
  ].filter(Boolean);
  // the template's own asset URLs are relative to the site root: make them relative to this page
  const placed = prefix ? template.replace(/ (src|href)="\.\//g, ` $1="${prefix}`) : template;
  return placed
    .replace(HTML_TAG, `<html ${attributes.join(' ')}>`)
    .replace(HEAD_SLOT, () => inView(<Head context={context} />))
    .replace(BODY_SLOT, () => inView(<Body context={context} />));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
