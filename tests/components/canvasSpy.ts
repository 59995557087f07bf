import { onTestFinished } from 'vitest';

type PutImageData = CanvasRenderingContext2D['putImageData'];

const recorders = new Set<(image: ImageData) => void>();
const watched = new WeakSet<object>();

// The canvas mock binds each context's methods when the context is made, so a spy on the prototype
// misses contexts made before it (an off-screen canvas a module keeps across tests): every 2D
// context is watched from its making instead, for the whole test file.
const getContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof getContext>) {
  const context = getContext.apply(this, args);
  if (context && 'putImageData' in context && !watched.has(context)) {
    watched.add(context);
    const put = context.putImageData.bind(context) as PutImageData;
    context.putImageData = ((image: ImageData, ...rest: [number, number]) => {
      recorders.forEach((record) => record(image));
      put(image, ...rest);
    }) as PutImageData;
  }
  return context;
} as typeof getContext;

/**
 * Fingerprints (`<width>x<height>:<hash of every byte>`) of the ImageData put on any 2D canvas, in
 * the order they are put: whether a heat map or photo was redrawn, and at what size. Recording
 * stops when the test ends.
 */
export function recordImages(): string[] {
  const images: string[] = [];
  const record = (image: ImageData) => {
    let hash = 0;
    for (let i = 0; i < image.data.length; i++) hash = (hash * 31 + image.data[i]!) | 0;
    images.push(`${image.width}x${image.height}:${hash}`);
  };
  recorders.add(record);
  onTestFinished(() => void recorders.delete(record));
  return images;
}
