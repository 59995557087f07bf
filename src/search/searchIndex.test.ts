import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../content/glossary';
import { glossaryTerms } from './glossaryTerms';
import { createSearchIndex, groupByTopic, loadSearchIndex, searchAll, snippet, type SearchDocument } from './searchIndex';

const glossary: GlossaryEntry[] = [
  { en: 'spectrogram', ko: ['스펙트로그램'] },
  { en: 'window', ko: ['윈도우', '창'] },
  { en: 'mel', ko: ['멜'] },
  { en: 'fourier transform', ko: ['푸리에 변환'] },
];

const doc = (id: string, topic: string, heading: string, text: string, tex = ''): SearchDocument => {
  const [file = '', anchor = ''] = id.split('#');
  return { id, file, anchor, topic, path: `Lecture › ${topic}`, heading, text, tex, terms: glossaryTerms(glossary, `${topic} ${heading} ${text}`) };
};

const documents = [
  doc('stft.html#resolution', 'STFT', '시간–주파수 trade-off', '긴 window는 주파수 해상도를 높이고, 주파수가 가까운 두 음을 가른다.', '\\Delta f = f_s / N'),
  doc('stft.html#definition', 'STFT', 'STFT의 정의', '신호를 짧은 구간으로 잘라 푸리에 변환을 한다.', 'X[m,k] = \\sum_n x[n] w[n-mH] e^{-j2\\pi kn/N}'),
  doc('spectrogram.html#', 'Spectrogram', '', 'A spectrogram shows the power of each frequency over time; the mel scale follows pitch.'),
  doc('mfcc.html#mel', '멜 필터뱅크', 'Mel filterbank', 'Triangular filters on the mel scale.'),
  doc('fourier.html#fourier-transform', '푸리에 변환', '푸리에 변환의 정의', '주기 함수를 사인파의 합으로 쓴다.'),
];

// the index as the reader gets it: built, serialised into a script, loaded back
const index = loadSearchIndex(JSON.parse(JSON.stringify(createSearchIndex(documents))));
const ids = (query: string) => searchAll([index], query).map((hit) => hit.id);

describe('Korean search', () => {
  it('matches past particles and endings, both ways', () => {
    expect(ids('해상도를')).toContain('stft.html#resolution');
    expect(ids('주파수')).toContain('stft.html#resolution');
  });

  it('matches the start of a word', () => {
    expect(ids('스펙트로')[0]).toBe('spectrogram.html#');
    expect(ids('푸리')).toContain('fourier.html#fourier-transform');
  });

  it('finds titles and headings by their initial consonants (초성)', () => {
    expect(ids('ㅍㄹㅇ ㅂㅎ')[0]).toBe('fourier.html#fourier-transform');
    expect(ids('ㅁ ㅍㅌㅂㅋ')).toEqual(['mfcc.html#mel']);
    expect(ids('ㅅㄱ ㅈㅍㅅ')[0]).toBe('stft.html#resolution');
    expect(ids('ㅅㄱㅈㅍ')[0]).toBe('stft.html#resolution');
  });

  it('finds English terms typed in Hangul, through the glossary', () => {
    expect(ids('스펙트로그램')[0]).toBe('spectrogram.html#');
    expect(ids('윈도우')).toContain('stft.html#resolution');
    expect(ids('멜')).toEqual(expect.arrayContaining(['spectrogram.html#', 'mfcc.html#mel']));
  });

  it('answers mixed queries', () => {
    expect(ids('STFT 윈도우')[0]).toBe('stft.html#resolution');
  });

  it('matches decomposed (NFD) Hangul against composed text, and back', () => {
    expect(ids('푸리에 변환'.normalize('NFD'))[0]).toBe('fourier.html#fourier-transform');
    const nfdIndex = loadSearchIndex(JSON.parse(JSON.stringify(createSearchIndex([doc('x.html#a', '창'.normalize('NFD'), '', '해상도'.normalize('NFD'))]))));
    expect(searchAll([nfdIndex], '해상도').map((h) => h.id)).toEqual(['x.html#a']);
  });

  it('searches formulas by their TeX', () => {
    expect(ids('Delta')).toContain('stft.html#resolution');
  });
});

describe('English search', () => {
  it('folds case, matches plurals, prefixes and one typo', () => {
    expect(ids('SPECTROGRAM')[0]).toBe('spectrogram.html#');
    expect(ids('spectrograms')[0]).toBe('spectrogram.html#');
    expect(ids('spectro')[0]).toBe('spectrogram.html#');
    expect(ids('spectogram')[0]).toBe('spectrogram.html#');
    expect(ids('filterbanks')).toContain('mfcc.html#mel');
  });

  it('finds nothing for nothing', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('zzzzqqq')).toEqual([]);
  });
});

describe('results', () => {
  it('are grouped by topic page, best page first', () => {
    const groups = groupByTopic(searchAll([index], '주파수 STFT'));
    expect(groups[0]!.file).toBe('stft.html');
    expect(groups[0]!.hits.map((h) => h.anchor)).toEqual(expect.arrayContaining(['resolution', 'definition']));
  });

  it('show a snippet around the match with the match marked', () => {
    const runs = snippet('앞부분이 아주 길게 이어진다. '.repeat(10) + '여기서 주파수 해상도가 높아진다. 뒤에도 글이 있다. '.repeat(5), ['해상도'], 60);
    expect(new Set(runs.filter((r) => r.match).map((r) => r.text))).toEqual(new Set(['해상도']));
    expect(runs[0]!.text).toBe('… ');
    expect(runs.map((r) => r.text).join('').length).toBeLessThan(70);
  });
});
