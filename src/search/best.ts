/**
 * Keeps the `limit` best-scored items offered to `best`, best first; of equal scores the one offered
 * first stays first (the page's own lecture is searched first). Cheaper than sorting every hit of
 * every lecture when only the first few are shown: an item that cannot get in costs one comparison.
 */
export function keepBest<T extends { score: number }>(best: T[], item: T, limit: number): void {
  if (best.length >= limit && !(best.length && item.score > best[best.length - 1]!.score)) return;
  let low = 0;
  let high = best.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (best[middle]!.score >= item.score) low = middle + 1;
    else high = middle;
  }
  best.splice(low, 0, item);
  if (best.length > limit) best.pop();
}
