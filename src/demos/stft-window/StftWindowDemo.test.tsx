import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInView } from '../../../tests/components/render';
import { defaultParams, type ParamValues } from '../params';
import { stftParams, type StftParams } from './settings';
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

function Harness({ lang = 'en', initial = {} }: { lang?: 'en' | 'ko'; initial?: Partial<ParamValues<StftParams>> }) {
  const [params, setParams] = useState({ ...defaultParams(stftParams), ...initial });
  return <StftWindowDemo lang={lang} params={params} setParams={(changes) => setParams((p) => ({ ...p, ...changes }))} />;
}

afterEach(() => vi.restoreAllMocks());

describe('STFT window demo', () => {
  it('redraws the spectrogram when the labelled window-length slider moves', () => {
    const images = recordImages();
    renderInView(<Harness />);
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
    renderInView(<Harness />);
    const before = images.at(-1);
    fireEvent.click(screen.getByRole('radio', { name: 'Rectangular' }));
    expect(images.at(-1)).not.toBe(before);
    expect(screen.getByRole('img', { name: /Rectangular window/ })).toBeInTheDocument();
  });

  it('shows the settings it is given', () => {
    recordImages();
    renderInView(<Harness lang="ko" initial={{ n: 4096, window: 'hann' }} />, { lang: 'ko', file: 'stft.html' });
    expect(screen.getByRole('slider', { name: '창 길이 (Window length)' })).toHaveAttribute('aria-valuetext', '4096 샘플 (256 ms)');
    expect(screen.getByRole('radio', { name: 'Hann' })).toBeChecked();
  });
});
