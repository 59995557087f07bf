import type { TopicNode } from '../content/types';

export interface TopicMatch {
  id: string;
  title: string;
}

/** Every topic of the trees, depth first. */
export function flattenTopics(nodes: TopicNode[]): TopicMatch[] {
  return nodes.flatMap((node) => [{ id: node.id, title: node.title }, ...flattenTopics(node.children)]);
}

/**
 * The topics whose id or title is closest to what was asked for (e.g. the file name of a URL that
 * does not exist), by edit distance relative to length, with substring matches first.
 */
export function closestTopics(query: string, topics: TopicMatch[], limit = 5): TopicMatch[] {
  const wanted = normalise(query);
  if (!wanted) return topics.slice(0, limit);
  const score = (topic: TopicMatch) =>
    Math.min(
      ...[topic.id, topic.title].map(normalise).map((candidate) => {
        if (candidate === wanted) return 0;
        if (candidate.includes(wanted) || wanted.includes(candidate)) return 0.1;
        return editDistance(wanted, candidate) / Math.max(wanted.length, candidate.length);
      }),
    );
  return topics
    .map((topic, index) => ({ topic, index, score: score(topic) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, limit)
    .map(({ topic }) => topic);
}

function normalise(value: string): string {
  return value
    .toLowerCase()
    .replace(/\.html?$/, '')
    .replace(/[\s_]+/g, '-')
    .replace(/[^\p{L}\p{N}-]/gu, '');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}
