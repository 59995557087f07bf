/**
 * MiniSearch's search, run over many indexes at once, keeping only the best hits. Over a course of
 * 100 lectures a common word matches thousands of sections, and MiniSearch's own `search` costs
 * most of its time there per index and per match: it reads the options and tokenises the query
 * again for each index, and makes a result (with its map of matched terms) for every section that
 * matches, all of them sorted, to show 50. Here the query is read once, scores are summed in typed
 * arrays, and only the hits that are shown are made.
 *
 * Scores are MiniSearch's to the last bit: the same BM25, weights and order of additions. This
 * reads MiniSearch's internals (`Internals` below); the parity test (searchMany.test.ts) fails if
 * an upgrade changes them. Supported options: those `searchOptionsFor` gives (fields, boost,
 * prefix, combineWith, tokenize, processTerm), not fuzzy. Documents are never removed from these
 * indexes, so removed ones are not looked out for (MiniSearch's search skips them).
 */
import type MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import { keepBest, wouldKeep } from './best';

/** field id → (document short id → term frequency) */
type FieldPostings = Map<number, Map<number, number>>;
/** A node of MiniSearch's radix tree: edge → child, and '' → the postings of the term that ends here. */
type TreeNode = Map<string, TreeNode | FieldPostings>;

/** What of a loaded MiniSearch 7 index this reads. */
interface Internals {
  _index: { _tree: TreeNode };
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _fieldLength: Map<number, number[]>;
  _documentCount: number;
  _documentIds: Map<number, string>;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
  _nextId: number;
}

// MiniSearch's defaults (weights, bm25)
const PREFIX_WEIGHT = 0.375;
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** A query term found in an index: the term itself or a longer one it starts (a prefix match). */
interface Expansion {
  /** which query term (its position among the query's distinct terms) */
  source: number;
  term: string;
  weight: number;
  postings: FieldPostings;
}

/**
 * The terms under a node of the tree, in the order MiniSearch's own iterator gives them (each
 * node's last edge first), so that prefix matches are summed in MiniSearch's order; without its
 * iterator's arrays and joined keys for every step.
 */
function eachTerm(node: TreeNode, key: string, visit: (term: string, postings: FieldPostings) => void): void {
  const edges = [...node.keys()];
  for (let i = edges.length - 1; i >= 0; i--) {
    const edge = edges[i]!;
    if (edge) eachTerm(node.get(edge) as TreeNode, key + edge, visit);
    else visit(key, node.get(edge) as FieldPostings);
  }
}

/**
 * What a search reads of an index, laid out to be read fast, rebuilt when documents were added
 * (the reader's imported lectures). The root of the tree has an edge for every first letter
 * (~600 in Korean), and MiniSearch finds one by trying each: here a map finds it. BM25 reads a
 * field length for every match, and MiniSearch keeps them in a map of arrays scattered over the
 * heap, where a read misses the cache: here they are one array (document × field).
 */
interface Prepared {
  nextId: number;
  firstEdges: Map<string, string>;
  fieldCount: number;
  lengths: Uint32Array;
}
const preparedOf = new WeakMap<Internals, Prepared>();
function prepare(index: Internals): Prepared {
  let prepared = preparedOf.get(index);
  if (prepared?.nextId !== index._nextId) {
    const fieldCount = Object.keys(index._fieldIds).length;
    const lengths = new Uint32Array(index._nextId * fieldCount);
    index._fieldLength.forEach((perField, doc) => perField.forEach((length, field) => (lengths[doc * fieldCount + field] = length)));
    const firstEdges = new Map([...index._index._tree.keys()].filter(Boolean).map((edge) => [edge[0]!, edge]));
    preparedOf.set(index, (prepared = { nextId: index._nextId, firstEdges, fieldCount, lengths }));
  }
  return prepared;
}

/**
 * The node under which lie all the terms that start with `prefix`, and the term it stands for
 * (longer than `prefix` when `prefix` ends inside an edge); as MiniSearch's `atPrefix` finds it.
 */
function descend(index: Internals, { firstEdges }: Prepared, prefix: string): [TreeNode, string] | undefined {
  let node = index._index._tree;
  let key = '';
  while (key.length < prefix.length) {
    const rest = prefix.slice(key.length);
    // edges out of a node start with different letters
    const edge = node === index._index._tree ? firstEdges.get(rest[0]!) : [...node.keys()].find((k) => k[0] === rest[0]);
    if (!edge || !(rest.startsWith(edge) || edge.startsWith(rest))) return undefined;
    node = node.get(edge) as TreeNode;
    key += edge;
  }
  return [node, key];
}

interface Candidate {
  score: number;
  index: number;
  doc: number;
}

/** The `limit` best hits of a query in all `indexes` together, best first, as MiniSearch's `search` gives them. */
export function searchMany(indexes: readonly MiniSearch[], query: string, options: SearchOptions, limit: number): SearchResult[] {
  const { tokenize, processTerm, fields, boost = {}, prefix } = options;
  if (!tokenize || !processTerm || !fields) throw new Error('searchMany needs tokenize, processTerm and fields');
  const terms = tokenize(query)
    .flatMap((term) => processTerm(term) || [])
    .filter(Boolean);
  const distinct = [...new Set(terms)];
  const specs = terms.map((term, i) => ({
    term,
    source: distinct.indexOf(term),
    prefix: typeof prefix === 'function' ? prefix(term, i, terms) : prefix === true,
  }));
  const and = options.combineWith?.toLowerCase() === 'and';
  const boosts = fields.map((field) => boost[field] || 1);

  const all = indexes as readonly unknown[] as readonly Internals[];
  const size = Math.max(0, ...all.map((index) => index._nextId));
  const total = new Float64Array(size);
  const termScore = new Float64Array(size);
  // which distinct query terms each document matched: MiniSearch multiplies a score by their number
  const matched = new Uint8Array(size * distinct.length);
  const count = new Uint16Array(size);
  const expansions: Expansion[][] = [];
  const best: Candidate[] = [];

  all.forEach((index, n) => {
    const fieldIds = fields.map((field) => index._fieldIds[field]!);
    const prepared = prepare(index);
    const { fieldCount, lengths } = prepared;
    const found: Expansion[] = (expansions[n] = []);
    const touched: number[] = [];
    for (const spec of specs) {
      // the term itself first, then (for the word being typed) the longer words it starts
      const mine: Expansion[] = [];
      const [node, key] = descend(index, prepared, spec.term) ?? [];
      const exact = key === spec.term ? (node?.get('') as FieldPostings | undefined) : undefined;
      if (exact) mine.push({ source: spec.source, term: spec.term, weight: 1, postings: exact });
      if (spec.prefix && node) {
        eachTerm(node, key!, (term, postings) => {
          const distance = term.length - spec.term.length;
          if (distance) mine.push({ source: spec.source, term, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance), postings });
        });
      }
      // each query term is summed on its own, then added to the total, as MiniSearch combines them
      const scored: number[] = [];
      for (const { weight, postings } of mine) {
        for (let f = 0; f < fieldIds.length; f++) {
          const fieldId = fieldIds[f]!;
          const docs = postings.get(fieldId);
          if (!docs) continue;
          const avgFieldLength = index._avgFieldLength[fieldId]!;
          const idf = Math.log(1 + (index._documentCount - docs.size + 0.5) / (docs.size + 0.5));
          const boosted = weight * boosts[f]!;
          docs.forEach((termFreq, doc) => {
            const fieldLength = lengths[doc * fieldCount + fieldId]!;
            const raw = idf * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / avgFieldLength)));
            if (!termScore[doc]) scored.push(doc);
            termScore[doc]! += boosted * raw;
          });
        }
      }
      for (const doc of scored) {
        if (!count[doc]) touched.push(doc);
        total[doc]! += termScore[doc]!;
        termScore[doc] = 0;
        const at = doc * distinct.length + spec.source;
        if (!matched[at]) {
          matched[at] = 1;
          count[doc]!++;
        }
      }
      found.push(...mine);
    }
    for (const doc of touched) {
      const score = total[doc]! * count[doc]!;
      if ((!and || count[doc] === distinct.length) && wouldKeep(best, score, limit)) keepBest(best, { score, index: n, doc }, limit);
      total[doc] = 0;
      count[doc] = 0;
      matched.fill(0, doc * distinct.length, (doc + 1) * distinct.length);
    }
  });

  return best.map(({ score, index: n, doc }) => {
    const index = all[n]!;
    const match: Record<string, string[]> = {};
    const sources = new Set<number>();
    for (const { source, term, postings } of expansions[n]!) {
      fields.forEach((field) => {
        if (!postings.get(index._fieldIds[field]!)?.has(doc)) return;
        const list = (match[term] ??= []);
        if (!list.includes(field)) list.push(field);
        sources.add(source);
      });
    }
    const queryTerms = [...sources].sort((a, b) => a - b).map((source) => distinct[source]!);
    return { id: index._documentIds.get(doc)!, score, terms: Object.keys(match), queryTerms, match, ...index._storedFields.get(doc) };
  });
}
