import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordImages } from '../../../tests/components/canvasSpy';
import { demoRenderer } from '../../../tests/components/demoHarness';
import { separationParams } from './settings';
import SpeechSeparationDemo from './SpeechSeparationDemo';

const renderDemo = demoRenderer(SpeechSeparationDemo, separationParams);

const loss = () => screen.getByText(/^Loss L = /).textContent;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('speech separation demo', () => {
  it('redraws the mask and both estimates, and raises the loss, when the labelled Mask quality slider drops', async () => {
    const images = recordImages();
    renderDemo();
    const slider = screen.getByRole('slider', { name: 'Mask quality' });
    expect(slider).toHaveAttribute('aria-valuetext', '100 % (a = 0.00)');
    const before = images.length;
    const lossBefore = loss();
    fireEvent.change(slider, { target: { value: '40' } });
    expect(slider).toHaveAttribute('aria-valuetext', '40 % (a = 0.60)');
    // the mask and the estimates are redrawn in the next frame; the mixture and the sources stay
    await waitFor(() => expect(images.slice(before)).toHaveLength(3));
    const rebuilt = images.slice(before);
    expect(rebuilt.every((image) => image.startsWith('184x129:'))).toBe(true);
    expect(screen.getByRole('img', { name: /IRM \(ratio\) mask for source 1 at 40 % quality/ })).toBeInTheDocument();
    const value = (text: string | null) => Number(/= ([\d.]+) \(p/.exec(text ?? '')![1]);
    // the numbers follow once the slider rests
    expect(loss()).toBe(lossBefore);
    await waitFor(() => expect(value(loss())).toBeGreaterThan(value(lossBefore)));
  });

  it('the complex mask is exact: loss 0 and SNR above 100 dB at 100 % quality', async () => {
    recordImages();
    renderDemo();
    expect(loss()).not.toMatch(/= 0\.0000 \(p/);
    fireEvent.click(screen.getByRole('radio', { name: 'cRM (complex)' }));
    await waitFor(() => expect(loss()).toMatch(/= 0\.0000 \+ 0\.0000 = 0\.0000 \(p/));
    expect(screen.getByText(/^SNR: estimate 1 > 100 dB/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /cRM \(complex\) mask/ })).toBeInTheDocument();
  });

  it('remixes when the Ratio slider moves: the mixture and source 2 images change', async () => {
    const images = recordImages();
    renderDemo();
    const mixtureBefore = images[0]; // the mixture's image is built first
    const before = images.length;
    fireEvent.change(screen.getByRole('slider', { name: 'Ratio' }), { target: { value: '9' } });
    expect(screen.getByRole('img', { name: /^Spectrogram of voice 1 \(110 Hz\) \+ voice 2 \(210 Hz\), \+9 dB/ })).toBeInTheDocument();
    // the input's own update draws the mixture and source 2 (scaled); the mask and both estimates follow
    expect(images.length - before).toBeGreaterThanOrEqual(2);
    expect(images[before]).not.toBe(mixtureBefore);
    await waitFor(() => expect(images.length - before).toBeGreaterThanOrEqual(5));
    expect(await screen.findByText(/in the mixture \+9\.\d dB/)).toBeInTheDocument();
  });

  it('plays each signal through Web Audio, and stops it when pressed again', () => {
    recordImages();
    const started: number[] = [];
    class FakeContext {
      destination = {};
      resume = () => Promise.resolve();
      close = () => Promise.resolve();
      createBuffer = (_channels: number, length: number, sampleRate: number) => {
        const data = new Float32Array(length);
        return { length, sampleRate, getChannelData: () => data };
      };
      createBufferSource = () => ({
        buffer: null as null | { length: number },
        connect: () => undefined,
        addEventListener: () => undefined,
        start() {
          started.push(this.buffer!.length);
        },
        stop: () => undefined,
      });
    }
    vi.stubGlobal('AudioContext', FakeContext);
    renderDemo();
    const group = screen.getByRole('group', { name: 'Listen (Web Audio)' });
    expect(group).toBeInTheDocument();
    const mixture = screen.getByRole('button', { name: 'Mixture' });
    fireEvent.click(mixture);
    expect(started).toEqual([24000]);
    expect(mixture).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Estimate 1' }));
    expect(mixture).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Estimate 1' })).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Estimate 1' }));
    expect(screen.getByRole('button', { name: 'Estimate 1' })).toHaveAttribute('aria-pressed', 'false');
    expect(started).toHaveLength(2);
  });

  it('without Web Audio the play buttons are disabled and say why', () => {
    recordImages();
    vi.stubGlobal('AudioContext', undefined);
    renderDemo();
    expect(screen.getByRole('button', { name: 'Mixture' })).toBeDisabled();
    expect(screen.getByText('This browser cannot play sound (no Web Audio).')).toBeInTheDocument();
  });

  it('shows the settings it is given', () => {
    recordImages();
    renderDemo({ lang: 'ko', initial: { sources: 'voice-noise', ratio: -6, mask: 'ibm', quality: 55, compression: 0.5 }, file: 'speech-separation.html' });
    expect(screen.getByRole('radio', { name: '목소리 + 잡음' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'IBM (이진)' })).toBeChecked();
    expect(screen.getByRole('slider', { name: '음량비 (Ratio)' })).toHaveAttribute('aria-valuetext', '−6 dB (신호 1 : 신호 2)');
    expect(screen.getByRole('slider', { name: 'Mask 품질 (Mask quality)' })).toHaveAttribute('aria-valuetext', '55 % (a = 0.45)');
    expect(screen.getByRole('slider', { name: '압축 지수 (Compression p)' })).toHaveAttribute('aria-valuetext', 'p = 0.50');
  });
});
