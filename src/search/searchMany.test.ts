import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../content/glossary';
import { keepBest, wouldKeep } from './best';
import { glossaryTerms } from './glossaryTerms';
import { createSearchIndex, loadSearchIndex, searchOptionsFor, type SearchDocument } from './searchIndex';
import { searchMany } from './searchMany';

const glossary: GlossaryEntry[] = [
  { en: 'spectrogram', ko: ['스펙트로그램'] },
  { en: 'window', ko: ['윈도우', '창'] },
  { en: 'fourier transform', ko: ['푸리에 변환'] },
];

const doc = (id: string, topic: string, heading: string, text: string): SearchDocument => {
  const [file = '', anchor = ''] = id.split('#');
  return { id, file, anchor, topic, path: topic, heading, text, tex: '', terms: glossaryTerms(glossary, `${topic} ${heading} ${text}`) };
};

// two lectures, loaded as the reader gets them
const lectures = [
  [
    doc('stft.html#resolution', 'STFT', '시간–주파수 trade-off', '긴 window는 주파수 해상도를 높이고, 주파수가 가까운 두 음을 가른다. STFT는 stft다.'),
    doc('stft.html#definition', 'STFT', 'STFT의 정의', '신호를 짧은 구간으로 잘라 푸리에 변환을 한다.'),
    doc('spectrogram.html#', 'Spectrogram', '', 'A spectrogram shows the power of each frequency over time; spectrograms of speech.'),
  ],
  [
    doc('mfcc.html#mel', '멜 필터뱅크', 'Mel filterbank', 'Triangular filters on the mel scale of a spectrogram, window by window.'),
    doc('fourier.html#fourier-transform', '푸리에 변환', '푸리에 변환의 정의', '주기 함수를 사인파의 합으로 쓴다. 해상도와 시간.'),
    doc('fourier.html#stft', '푸리에 변환', '시간에 따라: STFT', '짧은 window마다 푸리에 변환을 하면 스펙트로그램이 된다.'),
  ],
].map((documents) => loadSearchIndex(JSON.parse(JSON.stringify(createSearchIndex(documents)))));

const QUERIES = [
  '해상도를',
  '주파수 STFT',
  '스펙트로',
  '스펙트로그램',
  'ㅍㄹㅇ ㅂㅎ',
  'ㅅㄱ',
  'STFT 윈도우',
  'spectrograms',
  'mel filterbank window',
  'stft stft',
  'spec',
  '!!!',
  'zzzz',
];

// what MiniSearch's own search gives, index by index, all hits, best first (ties by id, as below)
const byScoreThenId = (a: { score: number; id: string }, b: { score: number; id: string }) => b.score - a.score || a.id.localeCompare(b.id);
const summary = ({ id, score, terms, queryTerms, match, heading }: Record<string, unknown>) => ({ id, score, terms, queryTerms, match, heading });

describe('searchMany', () => {
  it.each(QUERIES)('scores "%s" exactly as MiniSearch does', (query) => {
    const options = searchOptionsFor(query);
    const expected = lectures.flatMap((index) => index.search(query, options)).sort(byScoreThenId);
    const hits = searchMany(lectures, query, options, 100);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual(scores.toSorted((a, b) => b - a));
    expect([...hits].sort(byScoreThenId).map(summary)).toEqual(expected.map(summary));
  });

  it('follows documents added after a search (imported lectures join the first index)', () => {
    const index = loadSearchIndex(JSON.parse(JSON.stringify(createSearchIndex([doc('a.html#', 'STFT', '', '짧은 window')]))));
    const options = searchOptionsFor('window long');
    searchMany([index], 'window long', options, 10);
    index.addAll([doc('b.html#', '창', 'Window', 'A long window, a longer window, windows of every length.')]);
    const hits = searchMany([index], 'window long', options, 10);
    expect(hits.map((hit) => hit.id)).toEqual(['b.html#', 'a.html#']);
    expect(hits.map(summary)).toEqual(index.search('window long', options).map(summary));
  });

  it('keeps the best few', () => {
    const options = searchOptionsFor('푸리에 변환');
    const all = searchMany(lectures, '푸리에 변환', options, 100);
    expect(all.length).toBeGreaterThan(2);
    expect(searchMany(lectures, '푸리에 변환', options, 2)).toEqual(all.slice(0, 2));
  });
});

describe('keepBest', () => {
  const offer = (scores: number[], limit: number) => {
    const best: { score: number; n: number }[] = [];
    scores.forEach((score, n) => keepBest(best, { score, n }, limit));
    return best;
  };

  it('keeps the highest scores, best first', () => {
    expect(offer([1, 5, 3, 9, 2, 7], 3).map((item) => item.score)).toEqual([9, 7, 5]);
    expect(offer([1, 5, 3], 10).map((item) => item.score)).toEqual([5, 3, 1]);
    expect(offer([1, 5], 0)).toEqual([]);
    const best = offer([1, 5, 3], 2);
    expect([wouldKeep(best, 4, 2), wouldKeep(best, 3, 2), wouldKeep(best, 3, 3), wouldKeep([], 1, 0)]).toEqual([true, false, true, false]);
  });

  it('keeps the first offered of equal scores, in the order offered', () => {
    expect(offer([2, 4, 2, 4, 2], 4).map((item) => item.n)).toEqual([1, 3, 0, 2]);
    expect(offer([3, 3, 3], 2).map((item) => item.n)).toEqual([0, 1]);
  });
});
