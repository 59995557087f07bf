/**
 * Where refocused images are computed: in a Web Worker, so that a drag of the focus or a step of a
 * slider costs the page only the painting (a full-resolution image takes 10–60 ms on a slow
 * machine). The worker starts from a blob built into the demo's bundle, so it runs from file://
 * too. Where no worker can start (tests, a browser without workers), the page computes them.
 */
import { refocusImage, type RefocusRequest } from './image';
// oxlint-disable-next-line import/default -- Vite gives a `?worker` module a default export
import RefocusWorker from './refocus.worker?worker&inline';

export interface RefocusEngine {
  render(request: RefocusRequest): Promise<Float32Array>;
  dispose(): void;
}

const inPage: RefocusEngine = {
  render: (request) => Promise.resolve(refocusImage(request)),
  dispose: () => undefined,
};

export function createRefocusEngine(): RefocusEngine {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return inPage;
    worker = new RefocusWorker();
  } catch {
    return inPage;
  }
  let nextId = 0;
  const waiting = new Map<number, { request: RefocusRequest; resolve: (rgb: Float32Array) => void }>();
  let broken = false;
  worker.addEventListener('message', (event: MessageEvent<{ id: number; rgb: Float32Array }>) => {
    waiting.get(event.data.id)?.resolve(event.data.rgb);
    waiting.delete(event.data.id);
  });
  // a worker that fails (refused by the browser, out of memory) hands its work back to the page
  worker.addEventListener('error', () => {
    broken = true;
    worker.terminate();
    for (const { request, resolve } of waiting.values()) resolve(refocusImage(request));
    waiting.clear();
  });
  return {
    render(request) {
      if (broken) return inPage.render(request);
      return new Promise((resolve) => {
        const id = nextId++;
        waiting.set(id, { request, resolve });
        // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker has no origin to name
        worker.postMessage({ id, request });
      });
    },
    dispose() {
      worker.terminate();
      waiting.clear();
    },
  };
}
