/** A compile worker: answers each note source with its summary and HTML (see tooling/compilePool). */
import { parentPort, workerData } from 'node:worker_threads';
import type { NoteSource } from '../src/content/note';
import { createNoteCompiler } from './noteCompiler';

const compile = await createNoteCompiler((workerData as { contentDir: string }).contentDir);
parentPort!.on('message', ({ id, source }: { id: number; source: NoteSource }) => {
  try {
    parentPort!.postMessage({ id, result: compile(source) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
parentPort!.postMessage({ ready: true });
