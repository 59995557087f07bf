import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoRenderer } from '../../../tests/components/demoHarness';
import { softAttentionParams } from './settings';
import SoftAttentionDemo from './SoftAttentionDemo';

/** The colours of the 196 overlay cells of the latest drawing (cell-sized fillRects, in order). */
function recordOverlay() {
  const frames: string[][] = [];
  let current: string[] = [];
  vi.spyOn(CanvasRenderingContext2D.prototype, 'fillRect').mockImplementation(function (this: CanvasRenderingContext2D, _x, _y, w, h) {
    if (Math.abs(w - h) < 1e-9 && typeof this.fillStyle === 'string' && this.fillStyle.startsWith('rgba')) {
      current.push(this.fillStyle);
      if (current.length === 196) {
        frames.push(current);
        current = [];
      }
    }
  });
  return frames;
}

const renderDemo = demoRenderer(SoftAttentionDemo, softAttentionParams);

afterEach(() => vi.restoreAllMocks());

describe('soft attention demo', () => {
  it('redraws the attention map when the labelled word slider or a caption word changes it', () => {
    const frames = recordOverlay();
    renderDemo();
    expect(screen.getByRole('img', { name: /Word “dog” \(t = 2\).*\(dog\)/ })).toBeInTheDocument();
    const dogMap = frames.at(-1);
    expect(dogMap).toHaveLength(196);

    fireEvent.change(screen.getByRole('slider', { name: 'Word t' }), { target: { value: '4' } });
    expect(screen.getByRole('slider', { name: 'Word t' })).toHaveAttribute('aria-valuetext', 't = 5: “ball”');
    expect(screen.getByRole('img', { name: /Word “ball” \(t = 5\).*\(ball\)/ })).toBeInTheDocument();
    expect(frames.at(-1)).not.toEqual(dogMap);

    fireEvent.click(screen.getByRole('button', { name: 'grass' }));
    expect(screen.getByRole('button', { name: 'grass' })).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Previous word' }));
    expect(screen.getByRole('button', { name: 'the' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('sharpens the weights as the temperature falls and keeps them summing to 1', () => {
    recordOverlay();
    renderDemo();
    const topBar = () => screen.getByRole('img', { name: /^Cells with the largest weights/ }).getAttribute('aria-label');
    const warm = topBar();
    fireEvent.change(screen.getByRole('slider', { name: 'Temperature T' }), { target: { value: '0' } });
    expect(screen.getByRole('slider', { name: 'Temperature T' })).toHaveAttribute('aria-valuetext', '0.05');
    expect(topBar()).not.toBe(warm);
    expect(topBar()).toMatch(/0\.333/); // three fully covered dog cells share the weight
    expect(document.querySelector('[data-readout="equation"]')!.textContent).toMatch(/Σ α_i = 1\.000/);
  });

  it('shows the settings it is given, in Korean', () => {
    recordOverlay();
    renderDemo({ lang: 'ko', initial: { word: 0, temperature: 2 }, file: 'image-captioning.html' });
    expect(screen.getByRole('slider', { name: '단어 t' })).toHaveAttribute('aria-valuetext', 't = 1: “a”');
    expect(screen.getByRole('slider', { name: '온도 T (temperature)' })).toHaveAttribute('aria-valuetext', '2');
    // the first “a” prefers nothing: every cell gets 1/196
    expect(screen.getByRole('img', { name: /가장 큰 가중치 0\.005/ })).toBeInTheDocument();
  });
});
