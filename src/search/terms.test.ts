import { describe, expect, it } from 'vitest';
import { englishStem, isChoseong, koreanStem, termOf, words } from './terms';

describe('terms as a reader types them', () => {
  it('drop Korean particles and endings, keeping the word', () => {
    expect(koreanStem('해상도를')).toBe('해상도');
    expect(koreanStem('주파수가')).toBe('주파수');
    expect(koreanStem('창을')).toBe('창');
    expect(koreanStem('변환한다')).toBe('변환');
    expect(koreanStem('시간에서는')).toBe('시간');
    expect(koreanStem('가')).toBe('가');
    expect(termOf('스펙트로그램의')).toBe('스펙트로그램');
  });

  it('drop English plurals and fold case', () => {
    expect(englishStem('spectrograms')).toBe('spectrogram');
    expect(englishStem('frequencies')).toBe('frequency');
    expect(englishStem('patches')).toBe('patch');
    expect(englishStem('analysis')).toBe('analysis');
    expect(termOf('Windows')).toBe('window');
  });

  it('read decomposed (NFD) Hangul as the composed form', () => {
    const nfd = '푸리에 변환'.normalize('NFD');
    expect(nfd).not.toBe('푸리에 변환');
    expect(words(nfd)).toEqual(['푸리에', '변환']);
  });

  it('split mixed text into words, keeping digits', () => {
    expect(words('STFT의 window 길이 N=512, 50% overlap')).toEqual(['stft', 'window', '길이', 'n', '512', '50', 'overlap']);
    expect(words('Hamming창과 Hann창')).toEqual(['hamming', '창과', 'hann', '창']);
  });

  it('tell initial-consonant (초성) tokens apart', () => {
    expect(isChoseong('ㅍㄹㅇ')).toBe(true);
    expect(isChoseong('푸ㄹ')).toBe(false);
    expect(isChoseong('stft')).toBe(false);
  });
});
