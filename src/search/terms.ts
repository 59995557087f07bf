/**
 * Terms as a Korean or English reader types them. Text and queries go through the same steps:
 * Unicode NFC (macOS and many Notion exports write Hangul decomposed), lower case, words split
 * at anything that is not a letter or digit, and each word kept together with its stem: a Korean
 * word without its particle or ending ("해상도를" → "해상도", "변환한다" → "변환"), an English
 * word without its plural ("spectrograms" → "spectrogram").
 */

/** Particles and endings, longest first; a word keeps at least one syllable before one. */
const KOREAN_ENDINGS = [
  '으로부터',
  '에서부터',
  '이라는',
  '에게서',
  '으로써',
  '으로서',
  '합니다',
  '됩니다',
  '이라고',
  '이었다',
  '였다',
  '에서',
  '에게',
  '한테',
  '까지',
  '부터',
  '마다',
  '처럼',
  '보다',
  '이라',
  '라는',
  '이나',
  '으로',
  '이며',
  '이고',
  '에는',
  '에도',
  '과의',
  '와의',
  '로써',
  '로서',
  '하는',
  '한다',
  '하면',
  '하고',
  '하여',
  '해서',
  '했다',
  '하기',
  '된다',
  '되는',
  '되면',
  '되어',
  '이다',
  '이면',
  '에선',
  '에서는',
  '의',
  '을',
  '를',
  '이',
  '가',
  '은',
  '는',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '나',
  '며',
  '고',
  '할',
  '함',
  '된',
  '한',
].sort((a, b) => b.length - a.length);

const HANGUL_SYLLABLES = /^[\uac00-\ud7a3]+$/;
const WORD = /[\p{L}\p{N}]+/gu;

export function normalize(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Where Latin letters meet Hangul inside a word ("STFT의"): the two are separate words. */
const SCRIPT_CHANGE = /(?<=[\p{Script=Latin}\p{N}])(?=\p{Script=Hangul})|(?<=\p{Script=Hangul})(?=[\p{Script=Latin}])/u;
const LONE_PARTICLE = /^(의|을|를|이|가|은|는|에|로|와|과|도|만|에서|으로|에는|에서는|이다|이며|처럼|보다|까지|부터)$/;

/** The words of a text, normalised; a particle written straight after a Latin word is dropped. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of normalize(text).match(WORD) ?? []) {
    const parts = match.split(SCRIPT_CHANGE);
    parts.forEach((part, i) => {
      if (i > 0 && LONE_PARTICLE.test(part)) return;
      out.push(part);
    });
  }
  return out;
}

/** A Korean word without its particle or ending; the word itself when it has none. */
export function koreanStem(word: string): string {
  if (!HANGUL_SYLLABLES.test(word)) return word;
  for (const ending of KOREAN_ENDINGS) {
    if (word.length > ending.length && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/** An English word without its plural ending. */
export function englishStem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length < 4) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * The term a word is indexed and searched under: its stem. Text and queries are stemmed alike, so
 * "해상도를" and "해상도" meet at "해상도"; keeping only the stem halves a Korean index.
 */
export function termOf(word: string): string {
  const normal = normalize(word);
  return /[a-z]/.test(normal) ? englishStem(normal) : koreanStem(normal);
}

/** A token made only of Hangul initial consonants (ㄱ…ㅎ): a 초성 search. */
export function isChoseong(token: string): boolean {
  return /^[\u3131-\u314e]+$/.test(token);
}
