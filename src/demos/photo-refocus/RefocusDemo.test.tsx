import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordImages } from '../../../tests/components/canvasSpy';
import { demoRenderer } from '../../../tests/components/demoHarness';
import RefocusDemo, { SETTLE_MS } from './RefocusDemo';
import { refocusParams } from './settings';

const renderDemo = demoRenderer(RefocusDemo, refocusParams);

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const results = (images: string[], size: string) => images.filter((image) => image.startsWith(size));

describe('photo refocusing demo', () => {
  it('previews at half resolution while the labelled aperture slider moves, then redraws in full', async () => {
    vi.useFakeTimers();
    const images = recordImages();
    renderDemo();
    const slider = screen.getByRole('slider', { name: 'Aperture diameter A' });
    expect(slider).toHaveAttribute('aria-valuetext', '30.0 mm (f/1.7)');
    const first = results(images, '240x160').at(0);
    expect(first).toBeDefined();

    fireEvent.change(slider, { target: { value: '10' } });
    expect(slider).toHaveAttribute('aria-valuetext', '10.0 mm (f/5.0)');
    // the images come from a worker (here, without one, from the page): a moment later
    await act(async () => undefined);
    expect(results(images, '120x80')).toHaveLength(1);
    expect(screen.getByRole('img', { name: /preview \(half resolution\)/ })).toBeInTheDocument();

    // once the slider rests, the full-resolution image replaces it
    await act(async () => vi.advanceTimersByTime(SETTLE_MS + 100));
    expect(screen.queryByRole('img', { name: /preview \(half resolution\)/ })).not.toBeInTheDocument();
    const settled = results(images, '240x160').at(-1);
    expect(settled).not.toBe(first);
    expect(screen.getByRole('img', { name: /aperture 10.0 mm \(f\/5.0\).*wall 10 m 0.47 mm = 3.2 px/ })).toBeInTheDocument();
  });

  it('focuses where the depth map is clicked', () => {
    recordImages();
    renderDemo({ initial: { focus: 4 } });
    const depth = screen.getByRole('img', { name: /^Depth map/ });
    vi.spyOn(depth, 'getBoundingClientRect').mockReturnValue({
      left: 0,
      top: 0,
      width: 240,
      height: 194,
      right: 240,
      bottom: 194,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    // pixel (40, 120) lies on the near card, 1 m away
    fireEvent.pointerDown(depth, { clientX: 40.5, clientY: 120.5, pointerId: 1 });
    fireEvent.pointerUp(depth, { pointerId: 1 });
    expect(screen.getByRole('slider', { name: 'Focus distance S₁' })).toHaveAttribute('aria-valuetext', '1.00 m (1/S₁ = 1.00 m⁻¹)');
    expect(screen.getByRole('img', { name: /^Refocused .*near card 1 m 0.00 mm = 0 px/ })).toBeInTheDocument();
  });

  it('redraws with the lecture pipeline and says what it keeps sharp', async () => {
    vi.useFakeTimers();
    const images = recordImages();
    renderDemo();
    const before = results(images, '240x160').at(0);
    fireEvent.click(screen.getByRole('radio', { name: 'Lecture pipeline: mask + one blur' }));
    await act(async () => vi.advanceTimersByTime(SETTLE_MS + 100));
    expect(results(images, '240x160').at(-1)).not.toBe(before);
    expect(screen.getByText(/Lecture pipeline: M = 1\[c < 1 px\]/)).toBeInTheDocument();
  });

  it('shows the settings it is given, in Korean', () => {
    recordImages();
    renderDemo({ lang: 'ko', initial: { focus: 2, aperture: 0 }, file: 'photo-refocusing.html' });
    expect(screen.getByRole('slider', { name: '초점 거리 (focus distance) S₁' })).toHaveAttribute('aria-valuetext', '2.00 m (1/S₁ = 0.50 m⁻¹)');
    expect(screen.getByRole('slider', { name: '조리개 지름 (aperture) A' })).toHaveAttribute('aria-valuetext', '0 mm (바늘구멍)');
  });
});
