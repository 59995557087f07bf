/**
 * Search speed and size on a build: every lecture's index (both languages) loaded as the search
 * island loads it, then a set of Korean and English queries, each timed over all the indexes of
 * its language together. Budget: ≤ 10 ms per query.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type MiniSearch from 'minisearch';
import { loadSearchIndex, searchAll, type SearchDocument } from '../src/search/searchIndex';

export const QUERY_BUDGET_MS = 10;
const QUERIES = {
  ko: ['해상도를', '주파수', '스펙트로', 'ㅅㄱ ㅈㅍㅅ', '스펙트로그램', 'STFT 윈도우', '멜 필터뱅크', '푸리에 변환', '복셀', '어텐션'],
  en: ['spectrogram', 'spectograms', 'window length', 'mel filterbank', 'fourier', 'voxel', 'attention', 'triplet loss', 'depth map', 'STFT'],
};

function loadIndexes(dist: string, lang: string): { indexes: MiniSearch<SearchDocument>[]; gzipBytes: number[] } {
  const dir = join(dist, 'assets/search', lang);
  const indexes: MiniSearch<SearchDocument>[] = [];
  const gzipBytes: number[] = [];
  for (const file of readdirSync(dir)) {
    const source = readFileSync(join(dir, file), 'utf8');
    gzipBytes.push(gzipSync(source, { level: 9 }).length);
    indexes.push(loadSearchIndex(JSON.parse(source.slice('window.__SN__.define('.length, source.lastIndexOf(')')))));
  }
  return { indexes, gzipBytes };
}

export function benchSearch(dist: string): { lines: string[]; ok: boolean; medianMs: number; slowestMs: number } {
  const lines: string[] = [];
  const times: number[] = [];
  for (const lang of ['ko', 'en'] as const) {
    const { indexes, gzipBytes } = loadIndexes(dist, lang);
    const mean = gzipBytes.reduce((a, b) => a + b, 0) / gzipBytes.length;
    lines.push(`${lang}: ${indexes.length} lecture index(es), ${(mean / 1024).toFixed(1)} KiB gzip each on average`);
    // warm up, as a reader's queries are after the first few keystrokes: the clean-up after
    // loading every index (hundreds of MB at 100 lectures) is then behind, as the browser does it
    // in idle time between keystrokes
    for (let round = 0; round < 3; round++) for (const query of QUERIES[lang]) searchAll(indexes, query);
    for (const query of QUERIES[lang]) {
      const rounds: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        searchAll(indexes, query);
        rounds.push(performance.now() - started);
      }
      times.push(rounds.sort((a, b) => a - b)[2]!);
    }
  }
  times.sort((a, b) => a - b);
  const medianMs = times[times.length >> 1]!;
  const slowestMs = times.at(-1)!;
  const ok = slowestMs <= QUERY_BUDGET_MS;
  lines.push(`query time over all lectures of a language: median ${medianMs.toFixed(2)} ms, slowest ${slowestMs.toFixed(2)} ms (${times.length} queries)`);
  lines.push(`budget: slowest query ${slowestMs.toFixed(2)} ms ≤ ${QUERY_BUDGET_MS} ms — ${ok ? 'ok' : 'OVER BUDGET'}`);
  return { lines, ok, medianMs, slowestMs };
}
