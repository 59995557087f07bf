import { describe, expect, it } from 'vitest';
import { parseGlossary } from './glossary';

describe('a lecture glossary', () => {
  it('reads Korean–English pairs, in NFC and with English in lower case', () => {
    const { entries, diagnostics } = parseGlossary('l/glossary.yaml', `- en: Spectrogram\n  ko: [${'스펙트로그램'.normalize('NFD')}]\n- en: window\n  ko: [윈도우, 창]\n`);
    expect(diagnostics).toEqual([]);
    expect(entries).toEqual([
      { en: 'spectrogram', ko: ['스펙트로그램'] },
      { en: 'window', ko: ['윈도우', '창'] },
    ]);
  });

  it('reports bad entries at their line, and keeps the good ones', () => {
    const { entries, diagnostics } = parseGlossary('l/glossary.yaml', '- en: mel\n  ko: [멜]\n- en: hop\n- ko: [창]\n- en: mel\n  ko: [멜]\n');
    expect(entries).toEqual([{ en: 'mel', ko: ['멜'] }]);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      'l/glossary.yaml:3:3 glossary: "hop" needs `ko`, its Korean names',
      'l/glossary.yaml:4:3 glossary: an entry needs `en`, the English term',
      'l/glossary.yaml:5:3 glossary: "mel" is listed twice',
    ]);
  });

  it('reports YAML that does not parse, and a file that is not a list', () => {
    expect(parseGlossary('g.yaml', 'en: [unclosed\n').diagnostics[0]?.message).toMatch(/^glossary: /);
    expect(parseGlossary('g.yaml', 'en: mel\n').diagnostics.map((d) => d.message)).toEqual(['glossary: expected a list of entries, each `- en: term` with `ko: [이름, …]`']);
  });
});
