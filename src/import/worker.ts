/**
 * The import, off the page's thread: the picked files in, the compiled lecture (or the reason it
 * was refused) out. Each import runs in a fresh worker, ended when it answers.
 */
import { loadDiagrams } from '../diagrams/inline';
import { importLecture } from './importLecture';
import { ImportError, type ImportFile, type ImportedLecture } from './types';
import type { Lang } from '../content/types';

export interface ImportRequest {
  files: { path: string; file: Blob }[];
  lang: Lang;
  source: string;
  /** the page's registered demos (the worker leaves the demos' code out) */
  demoIds: readonly string[];
}

export type ImportResponse = { ok: true; lecture: ImportedLecture } | { ok: false; refused: boolean; message: string };

const scope = self as unknown as Pick<Worker, 'addEventListener'> & { postMessage: (message: ImportResponse, transfer?: Transferable[]) => void };

scope.addEventListener('message', async ({ data }: MessageEvent<ImportRequest>) => {
  try {
    const files: ImportFile[] = [];
    for (const { path, file } of data.files) files.push({ path, bytes: new Uint8Array(await file.arrayBuffer()) });
    const lecture = importLecture(files, { lang: data.lang, source: data.source, demoIds: data.demoIds, diagrams: await loadDiagrams() });
    // moved, not copied (several images may share one buffer)
    scope.postMessage({ ok: true, lecture }, [...new Set(Object.values(lecture.assets).map((asset) => asset.bytes.buffer as ArrayBuffer))]);
  } catch (error) {
    scope.postMessage({ ok: false, refused: error instanceof ImportError, message: error instanceof Error ? error.message : String(error) });
  }
});
