import { vi } from 'vitest';

/**
 * Fingerprints (`<width>x<height>:<hash of every byte>`) of the ImageData put on any 2D canvas, in
 * the order they are put: whether a heat map or photo was redrawn, and at what size. The spy is
 * undone by vi.restoreAllMocks().
 */
export function recordImages(): string[] {
  const images: string[] = [];
  vi.spyOn(CanvasRenderingContext2D.prototype, 'putImageData').mockImplementation(function (image: ImageData) {
    let hash = 0;
    for (let i = 0; i < image.data.length; i++) hash = (hash * 31 + image.data[i]!) | 0;
    images.push(`${image.width}x${image.height}:${hash}`);
  });
  return images;
}
