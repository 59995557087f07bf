import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInView } from '../../../tests/components/render';
import { defaultParams, type ParamValues } from '../params';
import { localizationParams, type LocalizationParams } from './settings';
import SoundLocalizationDemo from './SoundLocalizationDemo';

/** Fingerprint of every grid image (16 × 12) the canvases receive. */
function recordGrids() {
  const grids: string[] = [];
  vi.spyOn(CanvasRenderingContext2D.prototype, 'putImageData').mockImplementation(function (image: ImageData) {
    let hash = 0;
    for (let i = 0; i < image.data.length; i++) hash = (hash * 31 + image.data[i]!) | 0;
    grids.push(`${image.width}x${image.height}:${hash}`);
  });
  return grids;
}

function Harness({ lang = 'en', initial = {} }: { lang?: 'en' | 'ko'; initial?: Partial<ParamValues<LocalizationParams>> }) {
  const [params, setParams] = useState({ ...defaultParams(localizationParams), ...initial });
  return <SoundLocalizationDemo lang={lang} params={params} setParams={(changes) => setParams((p) => ({ ...p, ...changes }))} />;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('sound localization demo', () => {
  it('moves the heat map to the car when the car engine is chosen', () => {
    const grids = recordGrids();
    renderInView(<Harness />);
    expect(screen.getByRole('img', { name: /Attention map of the Dog barking sound.*peak on the dog/ })).toBeInTheDocument();
    const before = grids.slice(-3).join();
    expect(before).toMatch(/16x12:/);

    fireEvent.click(screen.getByRole('radio', { name: 'Car engine' }));
    expect(screen.getByRole('img', { name: /Attention map of the Car engine sound.*peak on the car/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Cosine similarity between the Car engine sound/ })).toBeInTheDocument();
    expect(grids.slice(-3).join()).not.toBe(before);
  });

  it('flattens the attention when the labelled temperature slider goes to 1', () => {
    const grids = recordGrids();
    renderInView(<Harness />);
    const slider = screen.getByRole('slider', { name: 'Temperature T' });
    expect(slider).toHaveAttribute('aria-valuetext', '0.10');
    const peakBefore = Number(/largest α = ([\d.]+)/.exec(screen.getByRole('img', { name: /Attention map/ }).getAttribute('aria-label')!)![1]);
    const before = grids.at(-2);

    fireEvent.change(slider, { target: { value: '0' } }); // log10 T = 0
    expect(slider).toHaveAttribute('aria-valuetext', '1.00');
    const peakAfter = Number(/largest α = ([\d.]+)/.exec(screen.getByRole('img', { name: /Attention map/ }).getAttribute('aria-label')!)![1]);
    expect(peakAfter).toBeLessThan(peakBefore / 5);
    expect(grids.at(-2)).not.toBe(before);
  });

  it('redraws the attention when ReLU is switched on', () => {
    const grids = recordGrids();
    renderInView(<Harness initial={{ temperature: 1 }} />);
    const before = grids.slice(-3).join();
    fireEvent.click(screen.getByRole('checkbox', { name: 'ReLU before the softmax' }));
    expect(screen.getByRole('checkbox', { name: 'ReLU before the softmax' })).toBeChecked();
    expect(grids.slice(-3).join()).not.toBe(before);
  });

  it('shows the settings it is given, in Korean', () => {
    recordGrids();
    renderInView(<Harness lang="ko" initial={{ sound: 'bird', temperature: 0.05 }} />, { lang: 'ko', file: 'sound-source-localization.html' });
    expect(screen.getByRole('radio', { name: '새소리' })).toBeChecked();
    expect(screen.getByRole('slider', { name: '온도 (temperature) T' })).toHaveAttribute('aria-valuetext', '0.05');
    expect(screen.getByRole('img', { name: /정점은 새 위/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /소리 듣기/ })).toBeInTheDocument();
  });
});
