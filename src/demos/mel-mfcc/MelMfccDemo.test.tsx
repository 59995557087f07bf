import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordImages } from '../../../tests/components/canvasSpy';
import { demoRenderer } from '../../../tests/components/demoHarness';
import MelMfccDemo from './MelMfccDemo';
import { melMfccParams } from './settings';

const renderDemo = demoRenderer(MelMfccDemo, melMfccParams);

afterEach(() => vi.restoreAllMocks());

describe('mel/MFCC demo', () => {
  it('rebuilds the log-mel image with M rows when the labelled Mel bands slider moves', () => {
    const images = recordImages();
    renderDemo();
    const slider = screen.getByRole('slider', { name: 'Mel bands' });
    expect(slider).toHaveAttribute('aria-valuetext', 'M = 40');
    expect(images.some((image) => image.startsWith('148x40:'))).toBe(true);
    expect(screen.getByRole('img', { name: /with 40 triangular HTK mel filters/ })).toBeInTheDocument();

    fireEvent.change(slider, { target: { value: '64' } });
    expect(slider).toHaveAttribute('aria-valuetext', 'M = 64');
    expect(images.at(-2)).toMatch(/^148x64:/); // the log-mel image, then the MFCC image
    expect(screen.getByRole('img', { name: /with 64 triangular HTK mel filters/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /time × 64 HTK mel bands/ })).toBeInTheDocument();
  });

  it('switches the mel formula: the filter readout gives Slaney units (1 kHz = 15)', () => {
    const images = recordImages();
    renderDemo();
    const before = images.filter((image) => image.startsWith('148x40:')).at(-1);
    expect(screen.getByText(/= 2595·log10\(1 \+ f\/700\) =/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Slaney' }));
    expect(screen.getByRole('img', { name: /40 triangular Slaney mel filters/ })).toBeInTheDocument();
    expect(screen.getByText(/Highlighted filter i = \d+: centre mel\(\d+ Hz\) = (3f\/200|15 \+ 27·ln)/)).toBeInTheDocument();
    expect(images.filter((image) => image.startsWith('148x40:')).at(-1)).not.toBe(before);
  });

  it('keeps K coefficients: the MFCC image and the envelope follow the Coefficients slider', () => {
    const images = recordImages();
    renderDemo();
    const slider = screen.getByRole('slider', { name: 'Coefficients' });
    expect(images.at(-1)).toMatch(/^148x13:/);
    const envelope = screen.getByText(/rebuilt from the first 13 of 40 coefficients/).textContent;
    fireEvent.change(slider, { target: { value: '30' } });
    expect(images.at(-1)).toMatch(/^148x30:/);
    expect(screen.getByRole('img', { name: /MFCCs c0…c29 of frame 20/ })).toBeInTheDocument();
    expect(screen.getByText(/rebuilt from the first 30 of 40 coefficients/).textContent).not.toBe(envelope);
  });

  it('moves the highlighted filter from the keyboard: the spectrum plot takes focus and the arrow keys step the filter', () => {
    renderDemo();
    const spectrum = screen.getByRole('img', { name: /^Power spectrum \(dB, 0–8 kHz\)/ });
    expect(spectrum).toHaveAttribute('tabindex', '0');
    spectrum.focus();
    expect(spectrum).toHaveFocus();
    const filter = () => Number(/Highlighted filter i = (\d+)/.exec(screen.getByText(/Highlighted filter i = /).textContent ?? '')![1]);
    const start = filter();
    fireEvent.keyDown(spectrum, { key: 'ArrowRight' });
    expect(filter()).toBe(start + 1);
    expect(spectrum).toHaveAccessibleName(expect.stringContaining(`filter ${start + 1}, centred at`));
    fireEvent.keyDown(spectrum, { key: 'ArrowLeft' });
    fireEvent.keyDown(spectrum, { key: 'ArrowLeft' });
    expect(filter()).toBe(start - 1);
    fireEvent.keyDown(spectrum, { key: 'Home' });
    expect(filter()).toBe(1);
    fireEvent.keyDown(spectrum, { key: 'ArrowLeft' });
    expect(filter()).toBe(1);
    fireEvent.keyDown(spectrum, { key: 'End' });
    expect(filter()).toBe(40);
    // the readout is spoken while the highlight is moved by key
    expect(screen.getByText(/Highlighted filter i = 40/)).toHaveAttribute('aria-live', 'polite');
    // the log-mel bars answer the same keys
    const bars = screen.getByRole('img', { name: /^Bars of the 40 log-mel energies/ });
    expect(bars).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(bars, { key: 'PageDown' });
    expect(filter()).toBe(36);
  });

  it('redraws the one-frame plots when the Frame slider moves', () => {
    recordImages();
    const fillRects = vi.spyOn(CanvasRenderingContext2D.prototype, 'fillRect');
    renderDemo();
    expect(screen.getByRole('img', { name: /frame 20 \(0\.2125 s\)/ })).toBeInTheDocument();
    fillRects.mockClear();
    fireEvent.change(screen.getByRole('slider', { name: 'Frame' }), { target: { value: '120' } });
    expect(screen.getByRole('img', { name: /frame 120 \(1\.2125 s\)/ })).toBeInTheDocument();
    expect(fillRects).toHaveBeenCalled();
  });

  it('shows the settings it is given, and says when K is limited by M', () => {
    recordImages();
    renderDemo({ lang: 'ko', initial: { signal: 'i', mels: 10, coefficients: 20, scale: 'slaney' }, file: 'spectrogram.html' });
    expect(screen.getByRole('radio', { name: '/i/' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Slaney' })).toBeChecked();
    expect(screen.getByRole('slider', { name: '계수 (Coefficients)' })).toHaveAttribute('aria-valuetext', '20 → 10 (K ≤ M)');
  });

  it('warns about empty filters at 128 HTK bands', () => {
    recordImages();
    renderDemo({ initial: { mels: 128 } });
    expect(screen.getByText(/1 empty filter: narrower than the FFT bin spacing/)).toBeInTheDocument();
  });
});
