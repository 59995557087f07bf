/** Whether `keepBest` would keep an item of this score: when not, the item need not even be made. */
export function wouldKeep(best: readonly { score: number }[], score: number, limit: number): boolean {
  return best.length < limit || (limit > 0 && score > best[limit - 1]!.score);
}

/**
 * Keeps the `limit` best-scored items offered to `best`, best first; of equal scores the one offered
 * first stays first (the page's own lecture is searched first). Cheaper than sorting every hit of
 * every lecture when only the first few are shown: an item that cannot get in costs one comparison.
 */
export function keepBest<T extends { score: number }>(best: T[], item: T, limit: number): void {
  if (!wouldKeep(best, item.score, limit)) return;
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
