import { describe, expect, it } from 'vitest';
import { pageFile, relativeUrl, rootPrefix } from './urls';

describe('urls', () => {
  it.each([
    ['ko', 'stft', 'stft.html'],
    ['en', 'stft', 'en/stft.html'],
    ['ko', undefined, 'index.html'],
    ['en', undefined, 'en/index.html'],
  ] as const)('pageFile(%s, %s) = %s', (lang, id, file) => {
    expect(pageFile(lang, id)).toBe(file);
  });

  it.each([
    ['stft.html', 'soundnet.html', undefined, 'soundnet.html'],
    ['stft.html', 'en/stft.html', 'window', 'en/stft.html#window'],
    ['en/stft.html', 'stft.html', undefined, '../stft.html'],
    ['en/stft.html', 'en/soundnet.html', '해밍-창', 'soundnet.html#%ED%95%B4%EB%B0%8D-%EC%B0%BD'],
  ])('relativeUrl(%s → %s #%s) = %s', (from, to, hash, url) => {
    expect(relativeUrl(from, to, hash)).toBe(url);
  });

  it('gives the prefix back to the site root', () => {
    expect(rootPrefix('index.html')).toBe('');
    expect(rootPrefix('en/stft.html')).toBe('../');
  });
});
