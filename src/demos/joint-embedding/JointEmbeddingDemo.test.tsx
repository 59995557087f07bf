import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoRenderer } from '../../../tests/components/demoHarness';
import JointEmbeddingDemo from './JointEmbeddingDemo';
import { jointEmbeddingParams } from './settings';

const renderDemo = demoRenderer(JointEmbeddingDemo, jointEmbeddingParams);

const readout = (name: string) => document.querySelector(`[data-readout="${name}"]`)!.textContent;
const ring = (name: string) => Number(document.querySelector(`[data-ring="${name}"]`)!.getAttribute('r'));
/** the band between d(a,p) and the margin circle: α in pixels */
const band = () => ring('margin') - ring('positive');
const itemPosition = (id: string) => document.querySelector(`[data-item="${id}"] rect:last-of-type, [data-item="${id}"] circle`)!.outerHTML;

afterEach(() => vi.useRealTimers());

describe('joint embedding demo', () => {
  it('widens the margin circle and raises the loss when the labelled margin slider moves', () => {
    renderDemo();
    expect(readout('triplet')).toMatch(/^L = max\(0, 0\.50 \+/);
    const before = band();
    expect(before).toBeGreaterThan(0);
    fireEvent.change(screen.getByRole('slider', { name: 'Margin α' }), { target: { value: '1' } });
    expect(readout('triplet')).toMatch(/^L = max\(0, 1\.00 \+/);
    expect(band()).toBeCloseTo(2 * before, 6);
  });

  it('moves the negative with the arrow keys: far enough out, the loss and its arrows vanish', () => {
    renderDemo();
    const handle = screen.getByRole('button', { name: /^Negative: “cat”/ });
    const arrows = () => document.querySelectorAll('[data-arrow="gradient"]').length;
    expect(arrows()).toBe(3);
    const label = handle.getAttribute('aria-label');
    for (let i = 0; i < 10; i++) fireEvent.keyDown(handle, { key: 'ArrowDown', shiftKey: true });
    expect(handle.getAttribute('aria-label')).not.toBe(label);
    expect(readout('triplet')).toMatch(/= 0\.00$/);
    expect(arrows()).toBe(0);
    expect(screen.getByText(/Margin met/)).toBeInTheDocument();
  });

  it('moves the points with a gradient step and trains to zero loss', () => {
    vi.useFakeTimers();
    renderDemo();
    const start = itemPosition('txt-cat');
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    expect(readout('training')).toMatch(/^Step 1 \(seed 2\)/);
    expect(itemPosition('txt-cat')).not.toBe(start);
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    act(() => vi.advanceTimersByTime(200 * 70));
    expect(readout('training')).toMatch(/training loss \(mean over 60 triplets\) 0\.000 · 0 triplets/);
    expect(screen.getByRole('button', { name: 'Train' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('answers the analogy after training and follows the chosen words', () => {
    renderDemo({ initial: { steps: 60 } });
    expect(readout('analogy')).toMatch(/^red car picture/);
    fireEvent.change(screen.getByRole('combobox', { name: 'Image A' }), { target: { value: 'dog' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Word a (subtract)' }), { target: { value: 'dog' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Word b (add)' }), { target: { value: 'cat' } });
    expect(readout('analogy')).toMatch(/^cat picture/);
  });

  it('shows the settings it is given, in Korean', () => {
    renderDemo({ lang: 'ko', initial: { margin: 0.8, distance: 'l2sq', negative: 'txt-red-car', steps: 5 }, file: 'image-tagging.html' });
    expect(screen.getByRole('slider', { name: 'Margin α' })).toHaveAttribute('aria-valuetext', '0.80');
    expect(screen.getByRole('radio', { name: '‖·‖² (제곱, FaceNet)' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Negative' })).toHaveValue('txt-red-car');
    expect(readout('training')).toMatch(/^step 5 \(seed 2\)/);
  });
});
