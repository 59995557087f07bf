/**
 * The long fuzz run: `npm run fuzz [-- --cases N] [-- --from K]` feeds N generated notes (5,000 by
 * default) through the content pipeline and prints failures with their case numbers (replay one
 * with --from K --cases 1), the number of cases run and the slowest document's time.
 */
import { loadDiagrams } from '../src/diagrams/inline';
import { fuzzDocument, seedDocuments } from '../tests/content/fuzz/documents';
import { runCase } from '../tests/content/fuzz/run';

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const cases = option('--cases', 5000);
const from = option('--from', 0);
const seeds = seedDocuments();
const diagrams = await loadDiagrams();
let failed = 0;
let slowest = { ms: 0, n: -1 };
const started = performance.now();
for (let n = from; n < from + cases; n++) {
  const { path, text } = fuzzDocument(seeds, n);
  const result = runCase(path, text, diagrams);
  if (result.ms > slowest.ms) slowest = { ms: result.ms, n };
  const problems = [...result.failures, ...(result.ms > 1000 ? [`took ${Math.round(result.ms)} ms (budget 1000)`] : [])];
  if (problems.length) {
    failed++;
    console.log(`case ${n} (${path}, ${text.length} chars): ${problems.join('; ')}`);
  }
  if ((n - from + 1) % 500 === 0) console.log(`… ${n - from + 1} cases`);
}
console.log(
  `${cases} cases from ${seeds.length} seed documents in ${((performance.now() - started) / 1000).toFixed(1)} s; ${failed} failed; slowest document ${slowest.ms.toFixed(0)} ms (case ${slowest.n})`,
);
process.exitCode = failed ? 1 : 0;
