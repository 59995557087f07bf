import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderInView } from '../../../tests/components/render';
import { defaultParams, type ParamValues } from '../params';
import RefocusDemo, { SETTLE_MS } from './RefocusDemo';
import { refocusParams, type RefocusParams } from './settings';

/** Fingerprint of every image the canvases receive, with its size. */
function recordImages() {
  const images: string[] = [];
  vi.spyOn(CanvasRenderingContext2D.prototype, 'putImageData').mockImplementation(function (image: ImageData) {
    let hash = 0;
    for (let i = 0; i < image.data.length; i += 3) hash = (hash * 31 + image.data[i]!) | 0;
    images.push(`${image.width}x${image.height}:${hash}`);
  });
  return images;
}

function Harness({ lang = 'en', initial = {} }: { lang?: 'en' | 'ko'; initial?: Partial<ParamValues<RefocusParams>> }) {
  const [params, setParams] = useState({ ...defaultParams(refocusParams), ...initial });
  return <RefocusDemo lang={lang} params={params} setParams={(changes) => setParams((p) => ({ ...p, ...changes }))} />;
}

// jsdom has no matchMedia; the theme hook listens to it
beforeEach(() => {
  vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const results = (images: string[], size: string) => images.filter((image) => image.startsWith(size));

describe('photo refocusing demo', () => {
  it('previews at half resolution while the labelled aperture slider moves, then redraws in full', () => {
    vi.useFakeTimers();
    const images = recordImages();
    renderInView(<Harness />);
    const slider = screen.getByRole('slider', { name: 'Aperture diameter A' });
    expect(slider).toHaveAttribute('aria-valuetext', '30.0 mm (f/1.7)');
    const first = results(images, '240x160').at(0);
    expect(first).toBeDefined();

    fireEvent.change(slider, { target: { value: '10' } });
    expect(slider).toHaveAttribute('aria-valuetext', '10.0 mm (f/5.0)');
    expect(results(images, '120x80')).toHaveLength(1);
    expect(screen.getByRole('img', { name: /preview \(half resolution\)/ })).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(SETTLE_MS + 10));
    expect(screen.queryByRole('img', { name: /preview \(half resolution\)/ })).not.toBeInTheDocument();
    const settled = results(images, '240x160').at(-1);
    expect(settled).not.toBe(first);
    expect(screen.getByRole('img', { name: /aperture 10.0 mm \(f\/5.0\).*wall 10 m 0.47 mm = 3.2 px/ })).toBeInTheDocument();
  });

  it('focuses where the depth map is clicked', () => {
    recordImages();
    renderInView(<Harness initial={{ focus: 4 }} />);
    const depth = screen.getByRole('img', { name: /^Depth map/ });
    vi.spyOn(depth, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0, width: 240, height: 194, right: 240, bottom: 194, x: 0, y: 0, toJSON: () => ({}) });
    // pixel (40, 120) lies on the near card, 1 m away
    fireEvent.pointerDown(depth, { clientX: 40.5, clientY: 120.5, pointerId: 1 });
    fireEvent.pointerUp(depth, { pointerId: 1 });
    expect(screen.getByRole('slider', { name: 'Focus distance S₁' })).toHaveAttribute('aria-valuetext', '1.00 m (1/S₁ = 1.00 m⁻¹)');
    expect(screen.getByRole('img', { name: /^Refocused .*near card 1 m 0.00 mm = 0 px/ })).toBeInTheDocument();
  });

  it('redraws with the lecture pipeline and says what it keeps sharp', () => {
    vi.useFakeTimers();
    const images = recordImages();
    renderInView(<Harness />);
    const before = results(images, '240x160').at(0);
    fireEvent.click(screen.getByRole('radio', { name: 'Lecture pipeline: mask + one blur' }));
    act(() => vi.advanceTimersByTime(SETTLE_MS + 10));
    expect(results(images, '240x160').at(-1)).not.toBe(before);
    expect(screen.getByText(/Lecture pipeline: M = 1\[c < 1 px\]/)).toBeInTheDocument();
  });

  it('shows the settings it is given, in Korean', () => {
    recordImages();
    renderInView(<Harness lang="ko" initial={{ focus: 2, aperture: 0 }} />, { lang: 'ko', file: 'photo-refocusing.html' });
    expect(screen.getByRole('slider', { name: '초점 거리 (focus distance) S₁' })).toHaveAttribute('aria-valuetext', '2.00 m (1/S₁ = 0.50 m⁻¹)');
    expect(screen.getByRole('slider', { name: '조리개 지름 (aperture) A' })).toHaveAttribute('aria-valuetext', '0 mm (바늘구멍)');
  });
});
