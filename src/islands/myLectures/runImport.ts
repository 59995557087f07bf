import type { Lang } from '../../content/types';
import type { ImportRequest, ImportResponse } from '../../import/worker';
import { demoIds } from '../../demos/registry';
import type { PickedFile } from './pickedFiles';

/** Runs one import in its own worker; the page stays responsive while it compiles. */
export async function runImport(picked: readonly PickedFile[], lang: Lang, source: string, createWorker: () => Promise<Worker>): Promise<ImportResponse> {
  const worker = await createWorker();
  return new Promise<ImportResponse>((resolve) => {
    const finish = (response: ImportResponse) => {
      worker.terminate();
      resolve(response);
    };
    worker.addEventListener('message', (event: MessageEvent<ImportResponse>) => finish(event.data));
    worker.addEventListener('error', (event) => finish({ ok: false, refused: false, message: event.message || 'the import stopped' }));
    const request: ImportRequest = { files: picked.map(({ path, file }) => ({ path, file })), lang, source, demoIds };
    worker.postMessage(request);
  });
}
