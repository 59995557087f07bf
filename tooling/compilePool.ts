/**
 * Notes compile in parallel on worker threads, one per core (the build is CPU-bound: Markdown
 * parsing and KaTeX). Workers run the TypeScript sources through tsx, like the rest of the tooling.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { NoteSource } from '../src/content/note';
import type { CompiledForBuild } from './noteCompiler';

interface Job {
  id: number;
  source: NoteSource;
  resolve: (result: CompiledForBuild) => void;
  reject: (error: Error) => void;
}

export interface CompilePool {
  compile: (source: NoteSource) => Promise<CompiledForBuild>;
  close: () => Promise<void>;
}

export function createCompilePool(contentDir: string, strict: boolean, size = Math.max(1, Math.min(availableParallelism(), 8))): CompilePool {
  const entry = new URL('./compileWorker.ts', import.meta.url).href;
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, Job>();
  let nextId = 0;
  let failure: Error | undefined;

  const dispatch = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      running.set(worker, job);
      worker.postMessage({ id: job.id, source: job.source });
    }
  };

  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(`import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(entry)});`, {
      eval: true,
      workerData: { contentDir, strict },
      // a larger young generation: compiling allocates many short-lived nodes
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
    worker.on('message', (message: { ready?: true; id?: number; result?: CompiledForBuild; error?: string }) => {
      if (!message.ready) {
        const job = running.get(worker)!;
        running.delete(worker);
        if (message.error !== undefined) job.reject(new Error(message.error));
        else job.resolve(message.result!);
      }
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (error) => {
      failure = error;
      for (const job of [...running.values(), ...queue.splice(0)]) job.reject(error);
      running.clear();
    });
    return worker;
  });

  return {
    compile: (source) =>
      failure
        ? Promise.reject(failure)
        : new Promise((resolve, reject) => {
            queue.push({ id: nextId++, source, resolve, reject });
            dispatch();
          }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
