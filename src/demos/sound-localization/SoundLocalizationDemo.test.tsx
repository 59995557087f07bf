import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordImages } from '../../../tests/components/canvasSpy';
import { demoRenderer } from '../../../tests/components/demoHarness';
import { localizationParams } from './settings';
import SoundLocalizationDemo from './SoundLocalizationDemo';

const renderDemo = demoRenderer(SoundLocalizationDemo, localizationParams);

afterEach(() => vi.restoreAllMocks());

describe('sound localization demo', () => {
  it('moves the heat map to the car when the car engine is chosen', () => {
    const grids = recordImages();
    renderDemo();
    expect(screen.getByRole('img', { name: /Attention map of the Dog barking sound.*peak on the dog/ })).toBeInTheDocument();
    const before = grids.slice(-3).join();
    expect(before).toMatch(/16x12:/);

    fireEvent.click(screen.getByRole('radio', { name: 'Car engine' }));
    expect(screen.getByRole('img', { name: /Attention map of the Car engine sound.*peak on the car/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Cosine similarity between the Car engine sound/ })).toBeInTheDocument();
    expect(grids.slice(-3).join()).not.toBe(before);
  });

  it('flattens the attention when the labelled temperature slider goes to 1', () => {
    const grids = recordImages();
    renderDemo();
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
    const grids = recordImages();
    renderDemo({ initial: { temperature: 1 } });
    const before = grids.slice(-3).join();
    fireEvent.click(screen.getByRole('checkbox', { name: 'ReLU before the softmax' }));
    expect(screen.getByRole('checkbox', { name: 'ReLU before the softmax' })).toBeChecked();
    expect(grids.slice(-3).join()).not.toBe(before);
  });

  it('shows the settings it is given, in Korean', () => {
    recordImages();
    renderDemo({ lang: 'ko', initial: { sound: 'bird', temperature: 0.05 }, file: 'sound-source-localization.html' });
    expect(screen.getByRole('radio', { name: '새소리' })).toBeChecked();
    expect(screen.getByRole('slider', { name: '온도 (temperature) T' })).toHaveAttribute('aria-valuetext', '0.05');
    expect(screen.getByRole('img', { name: /정점은 새 위/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /소리 듣기/ })).toBeInTheDocument();
  });
});
