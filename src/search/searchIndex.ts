/**
 * The search index (MiniSearch) and how it is searched: one index per lecture and language, built
 * at build time and loaded by the search island when search is first opened. Korean works as it is
 * typed: particles and endings do not block a match, a word's start finds the word, initial
 * consonants (초성) find titles and headings, Korean spellings of English terms find the English
 * (through the glossary), and decomposed Hangul matches composed. English gets case folding,
 * prefixes, plurals and one typo.
 */
import { getChoseong } from 'es-hangul';
import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import { searchMany } from './searchMany';
import { isChoseong, normalize, termOf, words } from './terms';

/** One searchable section of a topic page. */
export interface SearchDocument {
  /** `<page file>#<anchor>` */
  id: string;
  /** site-root-relative page file */
  file: string;
  /** '' for the top of the page */
  anchor: string;
  topic: string;
  /** lecture › … › topic */
  path: string;
  heading: string;
  text: string;
  tex: string;
  /** other-language names of the glossary terms the section uses */
  terms: string;
}

type Stored = Pick<SearchDocument, 'file' | 'anchor' | 'topic' | 'path' | 'heading' | 'text'>;
export type SearchHit = SearchResult & Stored;

const FIELDS = ['topic', 'heading', 'text', 'tex', 'terms', 'initials'] as const;

/** Runs of initial consonants: what getChoseong leaves of a title, split wherever something else stood. */
const initials = (text: string) => normalize(text).match(/[\u3131-\u314e]+/g) ?? [];
const tokenize = (text: string, field?: string) => (field === 'initials' ? initials(text) : words(text));
const processTerm = (term: string, field?: string): string => (field === 'initials' ? term : termOf(term));

export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: [...FIELDS],
  storeFields: ['file', 'anchor', 'topic', 'path', 'heading', 'text'],
  tokenize,
  processTerm,
  extractField: (document, field) =>
    field === 'initials' ? initialsOf(document.topic, document.heading) : String(document[field as keyof SearchDocument] ?? ''),
  searchOptions: { processTerm: (term) => termOf(term) },
};

/**
 * The initial consonants of a title and a heading, word by word ("시간–주파수" → "ㅅㄱ ㅈㅍㅅ"), and
 * each run of them joined ("ㅅㄱㅈㅍㅅ"), whichever way the reader types them.
 */
function initialsOf(...titles: string[]): string {
  return titles
    .flatMap((title) => {
      const perWord = words(title)
        .map((word) => getChoseong(word))
        .filter(Boolean);
      return perWord.length > 1 ? [...perWord, perWord.join('')] : perWord;
    })
    .join(' ');
}

export function createSearchIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(documents);
  return index;
}

/** An index as its script defines it (the serialised object, not a string: no second escaping). */
export function loadSearchIndex(serialised: unknown): MiniSearch<SearchDocument> {
  return MiniSearch.loadJS<SearchDocument>(serialised as Parameters<typeof MiniSearch.loadJS>[0], INDEX_OPTIONS);
}

/** How a query is searched: 초성 queries look at titles and headings only; others everywhere. */
export function searchOptionsFor(query: string): SearchOptions {
  const tokens = normalize(query).split(/\s+/).filter(Boolean);
  if (tokens.length && tokens.every(isChoseong)) {
    return { fields: ['initials'], prefix: true, combineWith: 'AND', tokenize: initials, processTerm: (term) => term };
  }
  return {
    fields: FIELDS.filter((f) => f !== 'initials'),
    // as the index reads text; spelled out for searchMany, which reads the query without an index
    tokenize: words,
    processTerm: termOf,
    boost: { topic: 3, heading: 2, terms: 1.5 },
    // the word being typed (the last) finds words it starts: two Hangul syllables, or three letters
    prefix: (term, index, terms) => index === terms.length - 1 && term.length >= (/^[a-z0-9]/.test(term) ? 3 : 2),
    combineWith: 'OR',
  };
}

/** One typo in an English word long enough to have one: tried only when a plain search finds too little. */
const TYPO_OPTIONS: SearchOptions = { fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 1 : false), maxFuzzy: 1 };
const ENOUGH_HITS = 3;

/** How many lecture indexes are asked for the spelling of a mistyped word before giving up. */
const TYPO_LOOKUPS = 8;

/**
 * Searches several lecture indexes as one, best first. When the query finds too little, its words
 * are looked up with one typo allowed in the first indexes (the page's own lecture first) and the
 * words found are searched everywhere: a typo costs a few lookups, not one per lecture.
 */
export function searchAll(indexes: Iterable<MiniSearch<SearchDocument>>, query: string, limit = 50): SearchHit[] {
  if (!normalize(query).trim()) return [];
  const list = [...indexes];
  const options = searchOptionsFor(query);
  // at least enough hits to tell whether the query found too little
  const run = (text: string) => searchMany(list, text, options, Math.max(limit, ENOUGH_HITS)) as SearchHit[];
  let hits = run(query);
  if (hits.length < ENOUGH_HITS && options.fields?.[0] !== 'initials') {
    const spelled = new Set<string>();
    for (const index of list.slice(0, TYPO_LOOKUPS)) {
      for (const hit of index.search(query, { ...options, ...TYPO_OPTIONS })) hit.terms.forEach((term) => spelled.add(term));
      if (spelled.size) break;
    }
    if (spelled.size) hits = run([...spelled].join(' '));
  }
  return hits.slice(0, limit);
}

/** Hits grouped by topic page, in the order of each page's best hit. */
export function groupByTopic(hits: readonly SearchHit[]): { file: string; topic: string; path: string; hits: SearchHit[] }[] {
  const groups = new Map<string, { file: string; topic: string; path: string; hits: SearchHit[] }>();
  for (const hit of hits) {
    let group = groups.get(hit.file);
    if (!group) groups.set(hit.file, (group = { file: hit.file, topic: hit.topic, path: hit.path, hits: [] }));
    group.hits.push(hit);
  }
  return [...groups.values()];
}

/**
 * A piece of `text` around the first place a query word matches, cut at word boundaries, split
 * into plain and matched runs for highlighting.
 */
export function snippet(text: string, matchedTerms: readonly string[], width = 140): { text: string; match: boolean }[] {
  const normal = text.normalize('NFC');
  const lower = normal.toLowerCase();
  const terms = [...new Set(matchedTerms.map((t) => normalize(t)))].filter(Boolean).sort((a, b) => b.length - a.length);
  let first = -1;
  for (const term of terms) {
    const at = lower.indexOf(term);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  let start = Math.max(0, (first < 0 ? 0 : first) - Math.floor(width / 3));
  let end = Math.min(normal.length, start + width);
  if (start > 0) start = normal.indexOf(' ', start) + 1 || start;
  if (end < normal.length) end = normal.lastIndexOf(' ', end) > start ? normal.lastIndexOf(' ', end) : end;
  const piece = normal.slice(start, end);
  const runs: { text: string; match: boolean }[] = [];
  const pattern = terms.length ? new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi') : undefined;
  let last = 0;
  for (const m of pattern ? piece.matchAll(pattern) : []) {
    if (m.index! > last) runs.push({ text: piece.slice(last, m.index), match: false });
    runs.push({ text: m[0], match: true });
    last = m.index! + m[0].length;
  }
  if (last < piece.length) runs.push({ text: piece.slice(last), match: false });
  if (start > 0) runs.unshift({ text: '… ', match: false });
  if (end < normal.length) runs.push({ text: ' …', match: false });
  return runs;
}
