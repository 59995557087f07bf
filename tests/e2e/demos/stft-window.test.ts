/**
 * The STFT window explorer on its built pages (from disk, file://): controls and drags redraw the
 * canvases, settings links reopen it, files and the microphone work or say why not.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasImage, isInViewport, launchBrowser, openDemoLink, setUpBrowser, waitForUrlContaining, type Locale } from '../support';

const DEMO = '#demo-stft-window';

const site = setUpBrowser('file');

const openDemo = (locale: Locale, query = '', file = 'stft.html', on: Browser = site.browser) =>
  openDemoLink(on, site.setting, { demo: DEMO, file, locale, query, ready: (page) => page.locator(`${DEMO} canvas.stft-spectrogram`) });

/** The picture a canvas shows, as a data URL. */
const image = (page: Page, selector: string) => canvasImage(page.locator(`${DEMO} canvas.${selector}`));
const label = (page: Page, selector: string) => page.locator(`${DEMO} canvas.${selector}`).getAttribute('aria-label');

/** A 16-bit PCM WAV file of a sine. */
function wav(seconds: number, frequencyHz: number, sampleRate = 22050, channels = 2): Buffer {
  const frames = Math.round(seconds * sampleRate);
  const data = frames * channels * 2;
  const out = Buffer.alloc(44 + data);
  out.write('RIFF', 0);
  out.writeUInt32LE(36 + data, 4);
  out.write('WAVEfmt ', 8);
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(channels, 22);
  out.writeUInt32LE(sampleRate, 24);
  out.writeUInt32LE(sampleRate * channels * 2, 28);
  out.writeUInt16LE(channels * 2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36);
  out.writeUInt32LE(data, 40);
  for (let n = 0; n < frames; n++) {
    const value = Math.round(12000 * Math.sin((2 * Math.PI * frequencyHz * n) / sampleRate));
    for (let c = 0; c < channels; c++) out.writeInt16LE(value, 44 + (n * channels + c) * 2);
  }
  return out;
}

describe('STFT window explorer', () => {
  it('redraws the spectrogram when the window-length slider moves by keyboard, and keeps the URL in step (Korean page)', async () => {
    const { page, errors, context } = await openDemo('ko-KR');
    const before = await image(page, 'stft-spectrogram');
    const waveform = await image(page, 'stft-waveform');
    const slider = page.getByRole('slider', { name: '창 길이 (Window length)' });
    await slider.focus();
    await slider.press('ArrowRight');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('1024 샘플 (64 ms)');
    expect(await image(page, 'stft-spectrogram')).not.toBe(before);
    expect(await image(page, 'stft-waveform')).not.toBe(waveform); // the drawn window is twice as long
    expect(await label(page, 'stft-spectrogram')).toContain('N = 1024 샘플 (64 ms), hop 256 샘플');
    // the address follows once the control rests (one update per drag, not one per step)
    await page.waitForFunction(() => location.search.includes('stft-window.n=1024'));
    // every other control is keyboard operable too
    await page.getByRole('radio', { name: 'Blackman' }).check();
    await page.getByRole('combobox', { name: '신호 (Signal)' }).selectOption('clicks');
    expect(await label(page, 'stft-spectrogram')).toMatch(/20 ms 간격의 click 쌍, Blackman 창/);
    await page.waitForFunction(() => location.search.includes('stft-window.window=blackman') && location.search.includes('stft-window.signal=clicks'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reopens from a settings link exactly as it was (Hamming, N = 1024, hop ¼, two tones, ×4, 100 dB, frame at 1.2 s)', async () => {
    const query =
      '?stft-window.signal=two-tones&stft-window.n=1024&stft-window.hop=0.25&stft-window.window=hamming&stft-window.pad=4&stft-window.range=100&stft-window.view=full&stft-window.t=1.2';
    const { page, errors, context } = await openDemo('en-US', query);
    await expect(page.getByRole('combobox', { name: 'Signal' }).inputValue()).resolves.toBe('two-tones');
    await expect(page.getByRole('slider', { name: 'Window length' }).getAttribute('aria-valuetext')).resolves.toBe('1024 samples (64 ms)');
    await expect(page.getByRole('radio', { name: '1/4' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'Hamming' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: '×4' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('slider', { name: 'dB range' }).getAttribute('aria-valuetext')).resolves.toBe('0 to −100 dB');
    await expect(page.getByRole('combobox', { name: 'Frequency axis' }).inputValue()).resolves.toBe('full');
    // the frame whose centre is nearest 1.2 s: m = round((1.2 · 16000 − 512) / 256) = 73
    await expect(page.getByRole('slider', { name: 'Frame' }).getAttribute('aria-valuetext')).resolves.toBe('m = 73 (0–121 of 122 frames) · 1.168–1.232 s');
    expect(await label(page, 'stft-spectrogram')).toBe(
      'Spectrogram of the two tones at 1000 and 1060 Hz, Hamming window, N = 1024 samples (64 ms), hop 256 samples, 122 frames, 0 Hz–8 kHz, colour from −100 dB (dark) to 0 dB (yellow). Frame 73 (1.168–1.232 s) is marked.',
    );
    expect(await label(page, 'stft-spectrum')).toContain('4096-point FFT');
    expect(await isInViewport(page, DEMO)).toBe(true);
    expect(await page.locator(`${DEMO} [role="note"]`).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts on the two tones with N = 1024 on the spectrogram page, as its note asks', async () => {
    const { page, errors, context } = await openDemo('ko-KR', '', 'spectrogram.html');
    await expect(page.locator(DEMO).getByRole('combobox', { name: '신호 (Signal)' }).inputValue()).resolves.toBe('two-tones');
    await expect(page.locator(DEMO).getByRole('slider', { name: '창 길이 (Window length)' }).getAttribute('aria-valuetext')).resolves.toBe('1024 샘플 (64 ms)');
    expect(await label(page, 'stft-spectrogram')).toContain('1000 Hz와 1060 Hz의 두 음');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a link made with a file opens on the default signal and says why', async () => {
    const { page, errors, context } = await openDemo('en-US', '?stft-window.signal=file&stft-window.n=256');
    await expect(page.locator(`${DEMO} [role="note"]`).textContent()).resolves.toContain('A link cannot carry sound, so the default signal is shown.');
    await expect(page.getByRole('combobox', { name: 'Signal' }).inputValue()).resolves.toBe('tone-chirp');
    await expect(page.getByRole('slider', { name: 'Window length' }).getAttribute('aria-valuetext')).resolves.toBe('256 samples (16 ms)');
    await page.waitForFunction(() => !location.search.includes('signal=file'));
    await waitForUrlContaining(page, 'stft-window.n=256');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the window dragged along the waveform moves the frame, redraws its spectrum, and lands in the URL', async () => {
    const { page, errors, context } = await openDemo('en-US');
    const spectrum = await image(page, 'stft-spectrum');
    const spectrogram = await image(page, 'stft-spectrogram');
    const waveform = page.locator(`${DEMO} canvas.stft-waveform`);
    await waveform.scrollIntoViewIfNeeded();
    const box = (await waveform.boundingBox())!;
    // the plot spans x = 40 … width − 10 over 0 … 2 s: drag from 0.5 s to 1.5 s
    const x = (sec: number) => box.x + 40 + (sec / 2) * (box.width - 50);
    await page.mouse.move(x(0.5), box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x(0.5 + i / 10), box.y + box.height / 2);
    await page.mouse.up();
    const frame = page.getByRole('slider', { name: 'Frame' });
    const m = Number(/m = (\d+)/.exec((await frame.getAttribute('aria-valuetext')) ?? '')![1]);
    expect(Math.abs(m - 185)).toBeLessThanOrEqual(2); // round((1.5 · 16000 − 256) / 128) = 185.5
    expect(await image(page, 'stft-spectrum')).not.toBe(spectrum);
    expect(await image(page, 'stft-spectrogram')).not.toBe(spectrogram); // the frame marker moved
    expect(await label(page, 'stft-spectrum')).toContain(`of frame ${m} `);
    await page.waitForFunction(() => location.search.includes('stft-window.t='));
    expect(Number(new URL(page.url()).searchParams.get('stft-window.t'))).toBeCloseTo((m * 128 + 256) / 16000, 3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('decodes a picked WAV file (stereo, 22.05 kHz) to mono at 16 kHz, cuts one longer than 30 s, and rejects a non-audio file', async () => {
    const { page, errors, context } = await openDemo('en-US');
    const input = page.getByLabel('Open an audio file (WAV, MP3, OGG)');
    await input.setInputFiles({ name: 'a440.wav', mimeType: 'audio/wav', buffer: wav(1.5, 440) });
    await page.getByRole('option', { name: 'File: a440.wav' }).waitFor({ state: 'attached' });
    expect(await label(page, 'stft-waveform')).toMatch(/^Waveform of the file “a440.wav”, 1.5 s at 16 kHz/);
    // 440 Hz with N = 512 at 16 kHz: bin 14.08, read at bin 14 = 437.5 Hz
    expect(await label(page, 'stft-spectrum')).toContain('Highest peak 437.5 Hz');
    await expect(page.getByRole('button', { name: '▶ Play' }).isEnabled()).resolves.toBe(true);

    await input.setInputFiles({ name: 'long.wav', mimeType: 'audio/wav', buffer: wav(40, 1000, 8000, 1) });
    await page.getByText('Showing only the first 30 s of “long.wav” (at most 30 s).').waitFor();
    expect(await label(page, 'stft-waveform')).toMatch(/^Waveform of the file “long.wav”, 30 s at 16 kHz/);

    await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('these are lecture notes, not sound') });
    await expect(page.locator(DEMO).getByRole('alert').textContent()).resolves.toContain('“notes.txt” could not be decoded as audio');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a link copied after opening one’s own file says the file stays on this device and the link opens the default signal', async () => {
    const { page, errors, context } = await openDemo('en-US');
    const status = page.locator(`${DEMO} .demo-copy-status`);
    await page.getByRole('button', { name: 'Copy link to this setting' }).click();
    await expect(status.textContent()).resolves.not.toContain('device');
    await page.getByLabel('Open an audio file (WAV, MP3, OGG)').setInputFiles({ name: 'mine.wav', mimeType: 'audio/wav', buffer: wav(1, 440) });
    await page.getByRole('option', { name: 'File: mine.wav' }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Copy link to this setting' }).click();
    await page.waitForFunction((selector) => document.querySelector(selector)?.textContent?.includes('device'), `${DEMO} .demo-copy-status`);
    expect(await status.textContent()).toMatch(
      /^(Link copied|Could not copy; use the address bar)\. The file stays on this device and is not in the link: the link opens with the default signal\.$/,
    );
    // and in Korean
    const korean = await openDemo('ko-KR');
    await korean.page.getByLabel('오디오 파일 열기 (WAV, MP3, OGG)').setInputFiles({ name: 'mine.wav', mimeType: 'audio/wav', buffer: wav(1, 440) });
    await korean.page.getByRole('option', { name: /mine\.wav/ }).waitFor({ state: 'attached' });
    await korean.page.getByRole('button', { name: '이 설정의 링크 복사' }).click();
    await korean.page.waitForFunction((selector) => document.querySelector(selector)?.textContent?.includes('기기'), `${DEMO} .demo-copy-status`);
    expect(await korean.page.locator(`${DEMO} .demo-copy-status`).textContent()).toContain(
      '파일은 이 기기에만 있고 링크에 담기지 않습니다. 링크는 기본 신호로 열립니다.',
    );
    expect([...errors, ...korean.errors]).toEqual([]);
    await korean.context.close();
    await context.close();
  });

  it('zooms on the current window: drawn close up, grabbed and dragged to move the frame, with a playhead while playing', async () => {
    const { page, errors, context } = await openDemo('en-US');
    const zoom = page.locator(`${DEMO} canvas.stft-zoom`);
    await zoom.scrollIntoViewIfNeeded();
    expect(await zoom.evaluate((canvas) => getComputedStyle(canvas).cursor)).toBe('grab');
    expect(await label(page, 'stft-zoom')).toMatch(
      /^Zoom on 0.456–0.552 s \(three window lengths\): the signal close up, with the Hamming window ±w\[n\] over frame 61 \(0.488–0.52 s\)/,
    );
    const frame = page.getByRole('slider', { name: 'Frame' });
    const box = (await zoom.boundingBox())!;
    // the view spans 3 × 512 samples over the plot's width (x = 40 … width − 10): grab the window's
    // centre and move it by 256 samples = 2 hops to the right
    const pxPerSample = (box.width - 50) / 1536;
    const centre = box.x + 40 + 768 * pxPerSample;
    await page.mouse.move(centre, box.y + 30);
    await page.mouse.down();
    expect(await zoom.evaluate((canvas) => getComputedStyle(canvas).cursor)).toBe('grabbing');
    for (let i = 1; i <= 8; i++) await page.mouse.move(centre + (i / 8) * 256 * pxPerSample, box.y + 30);
    await page.mouse.up();
    await expect(frame.getAttribute('aria-valuetext')).resolves.toBe('m = 63 (0–246 of 247 frames) · 0.504–0.536 s');
    expect(await zoom.evaluate((canvas) => getComputedStyle(canvas).cursor)).toBe('grab');

    // while the sound plays a playhead moves over the waveform and the spectrogram, and goes when it stops
    const before = await Promise.all([image(page, 'stft-waveform'), image(page, 'stft-spectrogram')]);
    await page.getByRole('button', { name: '▶ Play' }).click();
    await page.waitForTimeout(400);
    const playing = await Promise.all([image(page, 'stft-waveform'), image(page, 'stft-spectrogram')]);
    await page.getByRole('button', { name: '■ Stop' }).click();
    await page.waitForTimeout(100);
    expect(playing[0]).not.toBe(before[0]);
    expect(playing[1]).not.toBe(before[1]);
    expect(await Promise.all([image(page, 'stft-waveform'), image(page, 'stft-spectrogram')])).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays the signal and stops it again', async () => {
    const { page, errors, context } = await openDemo('en-US');
    await page.getByRole('button', { name: '▶ Play' }).click();
    await page.getByRole('button', { name: '■ Stop' }).click();
    await page.getByRole('button', { name: '▶ Play' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('listens to a (fake) microphone live, then keeps the recording; a denied microphone gets a message', async () => {
    const fake = await launchBrowser(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--autoplay-policy=no-user-gesture-required']);
    try {
      const { page, errors, context } = await openDemo('en-US', '', 'stft.html', fake);
      await page.getByRole('button', { name: 'Use the microphone' }).click();
      await page.getByText('Listening: the last 4 s are shown.').waitFor();
      expect(await label(page, 'stft-spectrogram')).toContain('microphone recording');
      const first = await image(page, 'stft-spectrogram');
      await page.waitForTimeout(700);
      expect(await image(page, 'stft-spectrogram')).not.toBe(first);
      await page.getByRole('button', { name: 'Stop the microphone' }).click();
      await expect(page.getByRole('combobox', { name: 'Signal' }).inputValue()).resolves.toBe('mic');
      await page.getByRole('option', { name: 'Microphone recording' }).waitFor({ state: 'attached' });
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await fake.close();
    }
    const denying = await launchBrowser(['--deny-permission-prompts']);
    try {
      const { page, errors, context } = await openDemo('en-US', '', 'stft.html', denying);
      await page.getByRole('button', { name: 'Use the microphone' }).click();
      const alert = page.locator(DEMO).getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/Microphone access was denied|No microphone was found/);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await denying.close();
    }
  });
});
