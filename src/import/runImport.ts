import type { Lang } from '../content/types';
import { demoIds } from '../demos/registry';
import type { ImportRequest, ImportResponse } from './worker';

/**
 * Runs one import in its own worker, ended when it answers; the page stays responsive while it
 * compiles. `files` are paths inside what was picked, with their contents.
 */
export async function runImport(
  files: readonly { path: string; file: Blob }[],
  lang: Lang,
  source: string,
  createWorker: () => Promise<Worker>,
): Promise<ImportResponse> {
  const worker = await createWorker();
  return new Promise<ImportResponse>((resolve) => {
    const finish = (response: ImportResponse) => {
      worker.terminate();
      resolve(response);
    };
    worker.addEventListener('message', (event: MessageEvent<ImportResponse>) => finish(event.data));
    worker.addEventListener('error', (event) => finish({ ok: false, refused: false, message: event.message || 'the import stopped' }));
    const request: ImportRequest = { files: files.map(({ path, file }) => ({ path, file })), lang, source, demoIds };
    worker.postMessage(request);
  });
}
