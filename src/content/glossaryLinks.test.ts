import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { linkGlossaryTerms } from './glossaryLinks';
import { compileNote } from './pipeline';

const entries = [
  { en: 'window', ko: ['윈도우', '창'] },
  { en: 'spectrogram', ko: ['스펙트로그램'] },
  { en: 'mel', ko: ['멜'] },
];
const html = (markdown: string) => {
  const { note } = compileNote('l/a.md', markdown, { demoIds: [], diagramIds: [], strict: false });
  linkGlossaryTerms(note.tree, entries, 'l.glossary.html');
  return toHtml(note.tree);
};

describe('glossary links', () => {
  it('link the first use of each term in running text, and only the first', () => {
    const out = html('# Spectrogram\n\nThe Window slides; a window again. 창문이 아니라 창을 움직이면 spectrogram이 바뀐다.');
    expect(out).toContain('<a href="l.glossary.html#term-window" class="term">Window</a> slides; a window again');
    expect(out).toContain('<a href="l.glossary.html#term-spectrogram" class="term">spectrogram</a>이');
    expect(out.match(/class="term"/g)).toHaveLength(2);
  });

  it('leave headings, links, code and formulas alone, and words that only contain a term', () => {
    const out = html('## window\n\n[window](https://example.org) `window` $mel$ melody windows-like mel');
    expect(out).toContain('<h2 id="window">window</h2>');
    expect(out).toContain('>window</a>');
    expect(out).toContain('melody windows-like <a href="l.glossary.html#term-mel" class="term">mel</a>');
  });
});
