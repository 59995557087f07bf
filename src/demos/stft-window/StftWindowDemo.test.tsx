import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordImages } from '../../../tests/components/canvasSpy';
import { demoRenderer } from '../../../tests/components/demoHarness';
import { stftParams } from './settings';
import StftWindowDemo from './StftWindowDemo';

const renderDemo = demoRenderer(StftWindowDemo, stftParams);

const spectrogram = () => screen.getByRole('img', { name: /^Spectrogram of/ });
const frameSpectrum = () => screen.getByRole('img', { name: /^Magnitude spectrum/ });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('STFT explorer: controls redraw the views', () => {
  it('the labelled window-length slider recomputes the spectrogram and says N in its text alternative', () => {
    const images = recordImages();
    renderDemo();
    const slider = screen.getByRole('slider', { name: 'Window length' });
    expect(slider).toHaveAttribute('aria-valuetext', '512 samples (32 ms)');
    expect(spectrogram()).toHaveAccessibleName(expect.stringMatching(/Hamming window, N = 512 samples \(32 ms\), hop 128 samples, 247 frames/));
    const first = images.at(-1);
    fireEvent.change(slider, { target: { value: '10' } });
    expect(slider).toHaveAttribute('aria-valuetext', '1024 samples (64 ms)');
    expect(images.at(-1)).not.toBe(first);
    expect(spectrogram()).toHaveAccessibleName(expect.stringMatching(/N = 1024 samples \(64 ms\), hop 256 samples, 122 frames/));
    expect(screen.getByText(/Δt = N\/fs = 1024\/16000 = 64 ms, frequency resolution Δf = fs\/N = 15.63 Hz/)).toBeInTheDocument();
    // the slider reaches 32 … 4096
    fireEvent.change(slider, { target: { value: '5' } });
    expect(slider).toHaveAttribute('aria-valuetext', '32 samples (2 ms)');
  });

  it('the window type redraws the spectrogram and the frame, and names the window everywhere', () => {
    const images = recordImages();
    renderDemo();
    const before = images.at(-1);
    fireEvent.click(screen.getByRole('radio', { name: 'Rectangular' }));
    expect(images.at(-1)).not.toBe(before);
    expect(spectrogram()).toHaveAccessibleName(expect.stringContaining('Rectangular window'));
    expect(screen.getByRole('img', { name: /^Frame 61 .* times the Rectangular window/ })).toBeInTheDocument();
    expect(screen.getByText(/Rectangular window: main lobe ±1 bin \(±31.3 Hz\), highest side lobe −13.3 dB/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Blackman' }));
    expect(screen.getByText(/Blackman window: main lobe ±3 bins .* highest side lobe −58.1 dB/)).toBeInTheDocument();
  });

  it('hop and zero-padding change what is computed and say so', () => {
    renderDemo();
    fireEvent.click(screen.getByRole('radio', { name: '1/8' }));
    expect(spectrogram()).toHaveAccessibleName(expect.stringContaining('hop 64 samples, 493 frames'));
    expect(screen.getByText(/Hop H = 64 samples \(4 ms, overlap 87.5 %\)/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: '×4' }));
    expect(frameSpectrum()).toHaveAccessibleName(expect.stringContaining('2048-point FFT'));
    expect(screen.getByText(/points every fs\/F = 7.81 Hz/)).toBeInTheDocument();
    expect(screen.getByText(/Zero-padding only draws the frame spectrum’s points more densely/)).toBeInTheDocument();
  });

  it('the frame slider moves the analysed frame without rebuilding the heat map', () => {
    const images = recordImages();
    const { changes } = renderDemo();
    const count = images.length;
    const frame = screen.getByRole('slider', { name: 'Frame' });
    // m counts from 0, and the readout names the same number of frames as the grid readout
    expect(frame).toHaveAttribute('aria-valuetext', 'm = 61 (0–246 of 247 frames) · 0.488–0.52 s');
    expect(frame).toHaveAttribute('max', '246');
    expect(screen.getByText(/· 247 frames × 257 bins ·/)).toBeInTheDocument();
    fireEvent.change(frame, { target: { value: '246' } });
    expect(frame).toHaveAttribute('aria-valuetext', 'm = 246 (0–246 of 247 frames) · 1.968–2 s');
    fireEvent.change(frame, { target: { value: '100' } });
    expect(frame).toHaveAttribute('aria-valuetext', 'm = 100 (0–246 of 247 frames) · 0.8–0.832 s');
    expect(screen.getByRole('img', { name: /drawn over frame 100 \(0.8–0.832 s\)/ })).toBeInTheDocument();
    expect(frameSpectrum()).toHaveAccessibleName(expect.stringMatching(/^Magnitude spectrum \(dB, 0 Hz–8 kHz\) of frame 100 /));
    expect(images.length).toBe(count);
    // the position is a setting (a link reopens it), kept as the frame's centre time
    expect(changes).toEqual([{ t: 1.984 }, { t: 0.816 }]);
  });

  it('the signal menu switches signals, with a hint for each, and a frequency axis to suit it', () => {
    renderDemo();
    fireEvent.change(screen.getByRole('combobox', { name: 'Signal' }), { target: { value: 'two-tones' } });
    expect(spectrogram()).toHaveAccessibleName(expect.stringMatching(/^Spectrogram of the two tones at 1000 and 1060 Hz, .* 500 Hz–1.5 kHz/));
    expect(screen.getByText(/Two tones 60 Hz apart split into two lines only when/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: 'Frequency axis' }), { target: { value: 'full' } });
    expect(spectrogram()).toHaveAccessibleName(expect.stringContaining('0 Hz–8 kHz'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Signal' }), { target: { value: 'clicks' } });
    expect(screen.getByText(/Pairs of clicks 20 ms apart/)).toBeInTheDocument();
  });

  it('Korean labels, and the settings it is given', () => {
    recordImages();
    renderDemo({ lang: 'ko', initial: { n: 4096, window: 'hann', hop: '0.5', signal: 'vowel' }, file: 'stft.html' });
    expect(screen.getByRole('slider', { name: '창 길이 (Window length)' })).toHaveAttribute('aria-valuetext', '4096 샘플 (256 ms)');
    expect(screen.getByRole('radio', { name: 'Hann' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '1/2' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: '신호 (Signal)' })).toHaveValue('vowel');
    expect(screen.getByRole('slider', { name: '프레임 (Frame)' })).toBeInTheDocument();
  });
});

describe('STFT explorer: sounds that cannot go in a link, and bad input', () => {
  it('a link naming a file or the microphone opens on the default signal and says why', () => {
    const { changes } = renderDemo({ initial: { signal: 'file' } });
    expect(screen.getByRole('note')).toHaveTextContent('A link cannot carry sound, so the default signal is shown.');
    expect(changes).toContainEqual({ signal: 'tone-chirp' });
    expect(spectrogram()).toHaveAccessibleName(expect.stringContaining('1 kHz tone plus a 200 Hz→6 kHz chirp'));
  });

  /** An OfflineAudioContext whose decodeAudioData resolves (or rejects) when the test says. */
  function stubDecoder() {
    let settle: { resolve: (buffer: unknown) => void; reject: (error: unknown) => void } | null = null;
    const created: number[] = [];
    class FakeOfflineContext {
      constructor(_channels: number, _length: number, sampleRate: number) {
        created.push(sampleRate);
      }
      decodeAudioData() {
        return new Promise((resolve, reject) => (settle = { resolve, reject }));
      }
    }
    vi.stubGlobal('OfflineAudioContext', FakeOfflineContext);
    const buffer = (channels: Float32Array[], sampleRate = 16000) => ({
      numberOfChannels: channels.length,
      sampleRate,
      getChannelData: (c: number) => channels[c]!,
    });
    return { created, resolve: (b: unknown) => settle!.resolve(b), reject: (e: unknown) => settle!.reject(e), buffer };
  }

  const wavFile = (name: string) => new File([new Uint8Array(64)], name, { type: 'audio/wav' });

  it('a picked file shows “Decoding…”, then the file, mixed to mono at 16 kHz; silence is said, not drawn as noise', async () => {
    const decoder = stubDecoder();
    const user = userEvent.setup();
    const { changes } = renderDemo();
    await user.upload(screen.getByLabelText('Open an audio file (WAV, MP3, OGG)'), wavFile('quiet.wav'));
    expect(await screen.findByText(/Decoding “quiet.wav” \(0 MB\)…/)).toBeInTheDocument();
    await vi.waitFor(() => expect(decoder.created).toEqual([16000]));
    await act(async () => decoder.resolve(decoder.buffer([new Float32Array(32000), new Float32Array(32000)])));
    expect(screen.queryByText(/Decoding/)).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Signal' })).toHaveValue('file');
    expect(screen.getByRole('option', { name: 'File: quiet.wav' })).toBeInTheDocument();
    expect(spectrogram()).toHaveAccessibleName(expect.stringContaining('file “quiet.wav”'));
    expect(screen.getByText(/The signal is silent \(its peak is below −120 dBFS\)/)).toBeInTheDocument();
    expect(screen.getByText(/keeps the settings but not the file or recording/)).toBeInTheDocument();
    expect(changes).toContainEqual({ signal: 'file' });
  });

  it('a recording longer than 30 s is cut to its first 30 s, and the demo says so', async () => {
    const decoder = stubDecoder();
    const user = userEvent.setup();
    renderDemo();
    await user.upload(screen.getByLabelText('Open an audio file (WAV, MP3, OGG)'), wavFile('long.wav'));
    const long = Float32Array.from({ length: 16000 * 45 }, (_, n) => Math.sin(n / 5));
    await act(async () => decoder.resolve(decoder.buffer([long])));
    expect(screen.getByText('Showing only the first 30 s of “long.wav” (at most 30 s).')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Waveform of the file “long.wav”, 30 s at 16 kHz/ })).toBeInTheDocument();
  });

  it('a file that is not audio gives a clear message and keeps the current signal', async () => {
    const decoder = stubDecoder();
    const user = userEvent.setup();
    renderDemo();
    await user.upload(screen.getByLabelText('Open an audio file (WAV, MP3, OGG)'), wavFile('notes.txt'));
    await act(async () => decoder.reject(new DOMException('Unable to decode audio data', 'EncodingError')));
    expect(screen.getByRole('alert')).toHaveTextContent(
      '“notes.txt” could not be decoded as audio (it is damaged or not an audio file). Try a WAV, MP3 or OGG file.',
    );
    expect(screen.getByRole('combobox', { name: 'Signal' })).toHaveValue('tone-chirp');
  });

  it('a denied or missing microphone gets a message, not a failure', async () => {
    vi.stubGlobal('AudioContext', function AudioContext() {});
    const getUserMedia = vi
      .fn()
      .mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'))
      .mockRejectedValueOnce(new DOMException('none', 'NotFoundError'));
    vi.stubGlobal('navigator', { ...navigator, mediaDevices: { getUserMedia } });
    renderDemo();
    const button = screen.getByRole('button', { name: 'Use the microphone' });
    await act(async () => fireEvent.click(button));
    expect(screen.getByRole('alert')).toHaveTextContent('Microphone access was denied. Allow it in the browser’s site settings, or open a file instead.');
    await act(async () => fireEvent.click(button));
    expect(screen.getByRole('alert')).toHaveTextContent('No microphone was found.');
    expect(screen.getByRole('combobox', { name: 'Signal' })).toHaveValue('tone-chirp');
  });
});
