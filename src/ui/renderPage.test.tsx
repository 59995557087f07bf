import { describe, expect, it } from 'vitest';
import type { Page } from '../content/site';
import type { PageContext } from './data';
import { renderPage } from './renderPage';

const TEMPLATE = `<!doctype html>
<html class="no-js">
  <head>
    <!--sn-head-->
    <script defer src="./assets/app-1.js"></script>
    <link rel="stylesheet" href="./assets/style-1.css">
  </head>
  <body>
    <!--sn-body-->
  </body>
</html>`;

const page: Page = {
  id: 'stft',
  lang: 'en',
  file: 'en/stft.html',
  source: 'l/stft.en.md',
  title: 'STFT <short-time>',
  summary: 'Windows & frames',
  headings: [{ id: 'window', depth: 2, text: 'Window' }],
  places: [{ id: 'window', kind: 'heading', depth: 2, text: 'Window' }],
  demos: [],
  diagrams: [],
  lecture: 'l',
  breadcrumbs: [{ id: 'l', title: 'Lecture' }],
  langs: ['ko', 'en'],
  linkHrefs: [],
  media: [],
};

const context = (siteUrl?: string): PageContext => ({
  siteTitle: 'Study Notes',
  lang: 'en',
  file: 'en/stft.html',
  langs: ['ko', 'en'],
  lectures: [{ id: 'l', title: 'Lecture', script: 'assets/lectures/en/l-1.js', topics: 3 }],
  lectureTree: { id: 'l', title: 'Lecture', sections: [], children: [{ id: 'stft', title: 'STFT', sections: [], children: [] }] },
  view: { kind: 'topic', page, bodyHtml: '<p>body</p>' },
  siteUrl,
});

describe('a rendered page', () => {
  it('places the template’s assets relative to the page, and escapes what the note gives', () => {
    const html = renderPage(context(), TEMPLATE);
    expect(html).toContain('<script defer src="../assets/app-1.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="../assets/style-1.css">');
    expect(html).toContain('<html lang="en" data-page="en/stft.html" data-alternates="{&quot;ko&quot;:&quot;../stft.html&quot;}" class="no-js">');
    expect(html).toContain('<title>STFT &lt;short-time&gt; · Study Notes</title>');
    expect(html).toContain('<meta name="description" content="Windows &amp; frames"/>');
    expect(html).toContain('<div class="note-body"><p>body</p></div>');
  });

  it('has alternate-language and canonical links only when the site’s address is known, and then absolute', () => {
    expect(renderPage(context(), TEMPLATE)).not.toMatch(/rel="(alternate|canonical)"/);
    const html = renderPage(context('https://example.org/course/notes/'), TEMPLATE);
    expect(html).toContain('<link rel="canonical" href="https://example.org/course/notes/en/stft.html"/>');
    expect(html).toContain('<link rel="alternate" hrefLang="ko" href="https://example.org/course/notes/stft.html"/>');
    expect(html).toContain('<link rel="alternate" hrefLang="en" href="https://example.org/course/notes/en/stft.html"/>');
  });

  it('refuses a template without its slots', () => {
    expect(() => renderPage(context(), '<html><body></body></html>')).toThrow(/index.html: the page template needs/);
  });
});
