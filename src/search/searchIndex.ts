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

const tokenize = (text: string, field?: string) => (field === 'initials' ? normalize(text).split(/\s+/).filter(Boolean) : words(text));
const processTerm = (term: string, field?: string): string => (field === 'initials' ? term : termOf(term));

export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: [...FIELDS],
  storeFields: ['file', 'anchor', 'topic', 'path', 'heading', 'text'],
  tokenize,
  processTerm,
  extractField: (document, field) =>
    field === 'initials' ? getChoseong(normalize(`${document.topic} ${document.heading}`)) : String(document[field as keyof SearchDocument] ?? ''),
  searchOptions: { processTerm: (term) => termOf(term) },
};

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
    return { fields: ['initials'], prefix: true, combineWith: 'AND', tokenize: (text) => normalize(text).split(/\s+/).filter(Boolean), processTerm: (term) => term };
  }
  return {
    fields: FIELDS.filter((f) => f !== 'initials'),
    boost: { topic: 3, heading: 2, terms: 1.5 },
    prefix: (term) => term.length >= 2,
    // one typo in an English word long enough to have one
    fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 1 : false),
    maxFuzzy: 1,
    combineWith: 'OR',
  };
}

/** Searches several lecture indexes as one, best first. */
export function searchAll(indexes: Iterable<MiniSearch<SearchDocument>>, query: string, limit = 50): SearchHit[] {
  if (!normalize(query).trim()) return [];
  const options = searchOptionsFor(query);
  const hits: SearchHit[] = [];
  for (const index of indexes) hits.push(...(index.search(query, options) as SearchHit[]));
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
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
