/**
 * A quick fuzz run of the content pipeline (`npm run fuzz` runs long): generated and mutated notes
 * never make it throw, none takes over a second, and ids stay unique, NFC and the same each time.
 */
import { describe, expect, it } from 'vitest';
import { loadDiagrams } from '../../src/diagrams/inline';
import { fuzzDocument, seedDocuments } from './fuzz/documents';
import { runCase } from './fuzz/run';

const CASES = 120;

describe('the content pipeline under generated input', async () => {
  const seeds = seedDocuments();
  const diagrams = await loadDiagrams();

  it(`holds for ${CASES} generated notes`, () => {
    const failed: string[] = [];
    let slowest = 0;
    for (let n = 0; n < CASES; n++) {
      const { path, text } = fuzzDocument(seeds, n);
      const result = runCase(path, text, diagrams);
      slowest = Math.max(slowest, result.ms);
      if (result.failures.length) failed.push(`case ${n} (${path}): ${result.failures.join('; ')}`);
      // a slow first time may be the machine: the best of three counts
      const ms = result.ms > 1000 ? Math.min(result.ms, runCase(path, text, diagrams).ms, runCase(path, text, diagrams).ms) : result.ms;
      if (ms > 1000) failed.push(`case ${n} (${path}): ${Math.round(ms)} ms`);
    }
    expect(failed).toEqual([]);
    expect(slowest).toBeGreaterThan(0);
  }, 300_000);

  it('replays a case exactly from its number', () => {
    expect(fuzzDocument(seeds, 7)).toEqual(fuzzDocument(seeds, 7));
    expect(fuzzDocument(seeds, 7).text).not.toBe(fuzzDocument(seeds, 8).text);
  });
});
