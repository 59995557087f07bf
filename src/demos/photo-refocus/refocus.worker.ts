/** Refocuses images away from the page's main thread (see engine.ts). */
import { refocusImage, type RefocusRequest } from './image';

const scope = self as unknown as Worker;
scope.addEventListener('message', (event: MessageEvent<{ id: number; request: RefocusRequest }>) => {
  const rgb = refocusImage(event.data.request);
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker posts to its page, which has no origin to name
  scope.postMessage({ id: event.data.id, rgb }, { transfer: [rgb.buffer] });
});
