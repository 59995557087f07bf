/** A compile worker: answers each note source with its summary and HTML (see tooling/compilePool). */
import { parentPort, workerData } from 'node:worker_threads';
import type { NoteSource } from '../src/content/note';
import { createNoteCompiler } from './noteCompiler';

const { contentDir, strict } = workerData as { contentDir: string; strict: boolean };
const compile = await createNoteCompiler(contentDir, { strict });
parentPort!.on('message', ({ id, source }: { id: number; source: NoteSource }) => {
  try {
    parentPort!.postMessage({ id, result: compile(source) });
  } catch (error) {
    // the message only: the author sees one line for the note, not the compiler's stack
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort!.postMessage({ ready: true });
