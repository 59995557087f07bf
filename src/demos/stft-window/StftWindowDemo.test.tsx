import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInView } from '../../../tests/components/render';
import StftWindowDemo from './StftWindowDemo';

/** Fingerprint of every spectrogram image the canvas receives. */
function recordImages() {
  const images: string[] = [];
  vi.spyOn(CanvasRenderingContext2D.prototype, 'putImageData').mockImplementation(function (image: ImageData) {
    let hash = 0;
    for (let i = 0; i < image.data.length; i += 7) hash = (hash * 31 + image.data[i]!) | 0;
    images.push(`${image.width}x${image.height}:${hash}`);
  });
  return images;
}

afterEach(() => vi.restoreAllMocks());

describe('STFT window demo', () => {
  it('redraws the spectrogram when the labelled window-length slider moves', () => {
    const images = recordImages();
    renderInView(<StftWindowDemo lang="en" settings={{}} />);
    const slider = screen.getByRole('slider', { name: 'Window length' });
    expect(slider).toHaveAttribute('aria-valuetext', '512 samples (32 ms)');
    const first = images.at(-1);
    expect(first).toMatch(/^\d+x257:/); // 512-sample frames: 257 one-sided bins

    fireEvent.change(slider, { target: { value: '10' } });
    expect(slider).toHaveAttribute('aria-valuetext', '1024 samples (64 ms)');
    expect(images.at(-1)).toMatch(/^\d+x513:/);
    expect(images.at(-1)).not.toBe(first);
    expect(screen.getByRole('img', { name: /N = 1024 samples/ })).toBeInTheDocument();
  });

  it('redraws when the window type changes, and says which window it shows', () => {
    const images = recordImages();
    renderInView(<StftWindowDemo lang="en" settings={{}} />);
    const before = images.at(-1);
    fireEvent.click(screen.getByRole('radio', { name: 'Rectangular' }));
    expect(images.at(-1)).not.toBe(before);
    expect(screen.getByRole('img', { name: /Rectangular window/ })).toBeInTheDocument();
  });

  it('starts from the note’s settings, clamped to the slider’s range', () => {
    recordImages();
    renderInView(<StftWindowDemo lang="ko" settings={{ n: '100000', window: 'hann' }} />);
    expect(screen.getByRole('slider', { name: '창 길이 (Window length)' })).toHaveAttribute('aria-valuetext', '4096 샘플 (256 ms)');
    expect(screen.getByRole('radio', { name: 'Hann' })).toBeChecked();
  });
});
