import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoRenderer } from '../../../tests/components/demoHarness';
import Conv3dDemo from './Conv3dDemo';
import { conv3dParams } from './settings';

/** A fingerprint of the lines drawn since the last call (voxel faces and boxes are paths of lines). */
function recordLines() {
  let hash = 0;
  let count = 0;
  vi.spyOn(CanvasRenderingContext2D.prototype, 'lineTo').mockImplementation(function (x: number, y: number) {
    hash = (hash * 31 + Math.round(x * 10) * 7 + Math.round(y * 10)) | 0;
    count++;
  });
  return () => {
    const result = `${count}:${hash}`;
    hash = 0;
    count = 0;
    return result;
  };
}

const renderDemo = demoRenderer(Conv3dDemo, conv3dParams);

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('3D convolution demo', () => {
  it('moves the receptive field and redraws when the labelled position slider moves', () => {
    const lines = recordLines();
    renderDemo();
    const slider = screen.getByRole('slider', { name: 'Output position' });
    expect(slider).toHaveAttribute('aria-valuetext', '(5, 5, 5) · 556/1000');
    expect(screen.getByRole('img', { name: /receptive field covers input x 4–6, y 4–6, z 4–6/ })).toBeInTheDocument();
    const before = lines();
    expect(before).not.toBe('0:0');

    fireEvent.change(slider, { target: { value: '0' } });
    expect(slider).toHaveAttribute('aria-valuetext', '(0, 0, 0) · 1/1000');
    expect(screen.getByRole('img', { name: /receptive field covers input x -1–1, y -1–1, z -1–1/ })).toBeInTheDocument();
    expect(lines()).not.toBe(before);
  });

  it('shows Σ W·X for the kernel chosen', () => {
    renderDemo();
    // the seat of the chair fills the bottom layer of the patch at (5, 5, 5): 9 voxels
    expect(screen.getByText('Y = Σ W·X = 1/27 × 9 = 0.333')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: '∂/∂y (vertical)' }));
    expect(screen.getByText('Y = Σ W·X = 1/18 × −9 = −0.500')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Current position \(5, 5, 5\) has value −0.500/ })).toBeInTheDocument();
  });

  it('recomputes the output size and the cost when padding and stride change', () => {
    renderDemo();
    expect(screen.getByText(/⌊\(10 \+ 2·1 − 3\)\/1⌋ \+ 1 = 10/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('slider', { name: 'Padding P' }), { target: { value: '0' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Stride S' }), { target: { value: '2' } });
    expect(screen.getByText(/⌊\(10 \+ 2·0 − 3\)\/2⌋ \+ 1 = 4 → output 4×4×4/)).toBeInTheDocument();
    expect(screen.getByText(/4³ × 27 = 1,728.*4² × 9 = 144/)).toBeInTheDocument();
    // the stored position (555) is beyond 4³ − 1 and is shown clamped
    expect(screen.getByRole('slider', { name: 'Output position' })).toHaveAttribute('aria-valuetext', '(3, 3, 3) · 64/64');
  });

  it('steps with the buttons and plays through positions, keeping the position where it pauses', () => {
    vi.useFakeTimers();
    const { params } = renderDemo();
    fireEvent.click(screen.getByRole('button', { name: 'Next position' }));
    expect(params().position).toBe(556);
    fireEvent.click(screen.getByRole('button', { name: 'Previous position' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous position' }));
    expect(params().position).toBe(554);

    fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    for (let i = 0; i < 10; i++) act(() => vi.advanceTimersByTime(60));
    expect(screen.getByRole('slider', { name: 'Output position' })).toHaveAttribute('aria-valuetext', '(4, 5, 6) · 565/1000');
    expect(params().position).toBe(554); // a play in progress is not a setting
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    expect(params().position).toBe(564);
  });

  it('shows the settings it is given, in Korean', () => {
    renderDemo({ lang: 'ko', initial: { shape: 'dot', kernel: 'laplacian', padding: 2, stride: 1 }, file: '3d-object-recognition.html' });
    expect(screen.getByRole('radio', { name: '점 하나' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Laplacian' })).toBeChecked();
    expect(screen.getByRole('slider', { name: '패딩 (padding) P' })).toHaveValue('2');
    expect(screen.getByText(/= 12 → 출력 12×12×12/)).toBeInTheDocument();
  });
});
