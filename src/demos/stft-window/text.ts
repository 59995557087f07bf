import type { Lang } from '../../content/types';
import type { WindowType } from '../../lib/dsp/windows';

const format = (value: number, digits: number) => Number(value.toFixed(digits)).toString();

export const stftDemoText = {
  ko: {
    title: 'STFT 창 길이와 창 함수',
    windowLength: '창 길이 (Window length)',
    windowType: '창 함수 (Window type)',
    windowName: { rectangular: '사각 (rectangular)', hann: 'Hann', hamming: 'Hamming', blackman: 'Blackman' } as Record<WindowType, string>,
    samples: (n: number, ms: number) => `${n} 샘플 (${format(ms, 1)} ms)`,
    timeAxis: '시간 (s)',
    frequencyAxis: '주파수 (kHz)',
    resolution: (ms: number, binHz: number) => `시간 해상도 Δt = N/fs = ${format(ms, 1)} ms, 주파수 간격 Δf = fs/N = ${format(binHz, 1)} Hz`,
    hint: (tone: number, from: number, to: number) =>
      `${tone / 1000} kHz의 일정한 음과 ${from} Hz→${to / 1000} kHz로 올라가는 chirp. 창을 늘리면 음은 가늘어지고 chirp는 번지며, 줄이면 반대가 된다.`,
    description: (window: string, n: number, ms: number, hop: number) =>
      `스펙트로그램: 1 kHz 음과 200 Hz→6 kHz chirp, ${window} 창, N = ${n} 샘플(${format(ms, 1)} ms), hop ${hop} 샘플, 16 kHz 샘플링.`,
  },
  en: {
    title: 'STFT window length and window function',
    windowLength: 'Window length',
    windowType: 'Window type',
    windowName: { rectangular: 'Rectangular', hann: 'Hann', hamming: 'Hamming', blackman: 'Blackman' } as Record<WindowType, string>,
    samples: (n: number, ms: number) => `${n} samples (${format(ms, 1)} ms)`,
    timeAxis: 'Time (s)',
    frequencyAxis: 'Frequency (kHz)',
    resolution: (ms: number, binHz: number) => `Time resolution Δt = N/fs = ${format(ms, 1)} ms, bin spacing Δf = fs/N = ${format(binHz, 1)} Hz`,
    hint: (tone: number, from: number, to: number) =>
      `A steady ${tone / 1000} kHz tone plus a chirp rising from ${from} Hz to ${to / 1000} kHz. A longer window sharpens the tone and smears the chirp; a shorter one does the opposite.`,
    description: (window: string, n: number, ms: number, hop: number) =>
      `Spectrogram of a 1 kHz tone plus a 200 Hz to 6 kHz chirp, ${window} window, N = ${n} samples (${format(ms, 1)} ms), hop ${hop} samples, sampled at 16 kHz.`,
  },
} satisfies Record<Lang, unknown>;
