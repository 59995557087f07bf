import type { Lang } from '../../content/types';
import type { TextShape } from '../shared/textShape';
import type { WindowType } from '../../lib/dsp/windows';
import type { AudioErrorCode, MicErrorCode } from './audio';
import type { FrequencyView, HopFraction, SignalKind } from './settings';

/** A number with at most `digits` decimals, no trailing zeros and a true minus sign. */
export const fmt = (value: number, digits: number) => Number(value.toFixed(digits)).toString().replace('-', '−');
const khz = (hz: number) => (hz >= 1000 ? `${fmt(hz / 1000, 2)} kHz` : `${fmt(hz, 1)} Hz`);
const mb = (bytes: number) => `${fmt(bytes / (1024 * 1024), 1)} MB`;

const HOP_LABEL: Record<HopFraction, string> = { '0.125': '1/8', '0.25': '1/4', '0.5': '1/2', '1': '1' };

export interface FrameFacts {
  signal: string;
  window: string;
  n: number;
  fs: number;
  hop: number;
  frame: number;
  frames: number;
  startSec: number;
  endSec: number;
}

const windowMs = (f: FrameFacts) => fmt((f.n / f.fs) * 1000, 1);

/**
 * Every visible string, in Korean and English. Both tables have the one shape `StftText`: a
 * string missing from either language, or left in one only, fails the type check.
 */
const ko = {
  title: 'STFT 창 탐색기: 창 길이, hop, 창 함수, zero-padding',
  signal: '신호 (Signal)',
  signalName: {
    'tone-chirp': '1 kHz 음 + chirp',
    chirp: 'Linear chirp (100 Hz→7 kHz)',
    'two-tones': '가까운 두 음 (1000, 1060 Hz)',
    clicks: 'Click train (20 ms 간격 쌍)',
    vowel: '합성 모음 /a/ (f0 120 Hz)',
    noise: 'White noise',
    file: '파일',
    mic: '마이크 녹음',
  } satisfies Record<SignalKind, string>,
  signalPhrase: {
    'tone-chirp': '1 kHz 음과 200 Hz→6 kHz chirp',
    chirp: '100 Hz→7 kHz linear chirp',
    'two-tones': '1000 Hz와 1060 Hz의 두 음',
    clicks: '20 ms 간격의 click 쌍',
    vowel: '합성 모음 /a/ (f0 = 120 Hz)',
    noise: 'white noise',
    file: '파일',
    mic: '마이크 녹음',
  } satisfies Record<SignalKind, string>,
  filePhrase: (name: string) => `파일 "${name}"`,
  fileLabel: (name: string) => `파일: ${name}`,
  micLabel: (live: boolean) => (live ? '마이크 (실시간)' : '마이크 녹음'),
  openFile: '오디오 파일 열기 (WAV, MP3, OGG)',
  micStart: '마이크 켜기',
  micStop: '마이크 끄기',
  play: '▶ 재생 (Play)',
  stop: '■ 정지 (Stop)',
  windowLength: '창 길이 (Window length)',
  samples: (n: number, ms: number) => `${n} 샘플 (${fmt(ms, 1)} ms)`,
  hop: 'Hop H (N의 몇 배)',
  hopName: HOP_LABEL,
  windowType: '창 함수 (Window type)',
  windowName: { rectangular: '사각 (rectangular)', hann: 'Hann', hamming: 'Hamming', blackman: 'Blackman' } satisfies Record<WindowType, string>,
  padding: 'Zero-padding (frame spectrum)',
  paddingName: { '1': '×1', '2': '×2', '4': '×4', '8': '×8' } satisfies Record<'1' | '2' | '4' | '8', string>,
  range: 'dB 범위 (dB range)',
  rangeValue: (db: number) => `0 ~ −${db} dB`,
  view: '주파수 축 (Frequency axis)',
  viewName: {
    auto: '신호에 맞게 (auto)',
    full: '0 ~ fs/2',
    '8k': '0 ~ 8 kHz',
    '4k': '0 ~ 4 kHz',
    '2k': '0 ~ 2 kHz',
    '1k': '0.5 ~ 1.5 kHz',
  } satisfies Record<FrequencyView, string>,
  frame: '프레임 (Frame)',
  frameValue: (m: number, frames: number, start: number, end: number) =>
    `m = ${m} (${frames} frame 중 0–${Math.max(0, frames - 1)}) · ${fmt(start, 3)}–${fmt(end, 3)} s`,
  waveformTitle: '신호 전체 (네모: 아래에 확대한 부분, 클릭해서 frame 고르기)',
  zoomTitle: '현재 창 주변 확대 (창을 끌어서 옮기기)',
  zoomDescription: (f: FrameFacts, fromSec: number, toSec: number) =>
    `${fmt(fromSec, 3)}–${fmt(toSec, 3)} s 확대 (창 길이의 3배): 신호를 가까이서 본 모습과 frame ${f.frame} (${fmt(f.startSec, 3)}–${fmt(f.endSec, 3)} s) 위의 ${f.window} 창 ±w[n]입니다. 창을 끌면 frame이 옮겨집니다.`,
  copiedNote: (kind: 'file' | 'mic') => `${kind === 'file' ? '파일' : '녹음'}은 이 기기에만 있고 링크에 담기지 않습니다. 링크는 기본 신호로 열립니다.`,
  frameTitle: '창을 곱한 frame x[n]·w[n]',
  spectrumTitle: '이 frame의 크기 spectrum (dB)',
  spectrogramTitle: 'Spectrogram (클릭해서 frame 고르기)',
  timeAxis: '시간 (s)',
  sampleAxis: 'n (샘플)',
  frequencyAxis: (unit: string) => `주파수 (${unit})`,
  dbLegend: (range: number) => [`−${range} dB`, '0 dB (full scale)'] as const,
  rate: (fs: number) => `샘플링 주파수 fs = ${khz(fs)}`,
  resolution: (n: number, fs: number) =>
    `시간 해상도 Δt = N/fs = ${n}/${fmt(fs, 0)} = ${fmt((n / fs) * 1000, 1)} ms, 주파수 해상도 Δf = fs/N = ${fmt(fs / n, 2)} Hz`,
  grid: (hop: number, fs: number, overlapPercent: number, frames: number, bins: number, fftSize: number, pad: number) =>
    `Hop H = ${hop} 샘플 (${fmt((hop / fs) * 1000, 2)} ms, overlap ${fmt(overlapPercent, 1)} %) · ${frames} frame × ${bins} bin · frame spectrum FFT F = ${fftSize} (×${pad}, 점 간격 fs/F = ${fmt(fs / fftSize, 2)} Hz)`,
  stride: (stride: number, hop: number) => `긴 신호라서 spectrogram은 ${stride}번째 frame마다 그립니다 (hop ${hop} 샘플).`,
  lobes: (window: string, nullBins: number, nullHz: number, sideLobeDb: number) =>
    `${window} 창: main lobe ±${fmt(nullBins, 1)} bin (±${fmt(nullHz, 1)} Hz), 가장 높은 side lobe ${fmt(sideLobeDb, 1)} dB`,
  peak: (m: number, hz: number, db: number) => `Frame ${m}의 가장 높은 peak: ${khz(hz)}, ${fmt(db, 1)} dB`,
  quietFrame: (m: number, range: number) => `Frame ${m}에는 −${range} dB 위의 소리가 없습니다.`,
  hints: {
    'tone-chirp':
      '1 kHz 음은 가로선, chirp는 대각선입니다. N을 키우면 음의 선은 가늘어지고 chirp는 시간 방향으로 번집니다. 1 kHz는 bin 중심에 있어 어떤 창에서도 새지 않지만, chirp는 bin 사이에 있어 사각 창에서 side lobe가 넓게 퍼집니다.',
    chirp: '주파수가 계속 변하므로 긴 창 안에서는 여러 주파수가 섞여 선이 두꺼워집니다. 선이 가장 가늘어지는 N을 찾아보세요 (시간과 주파수 번짐의 균형).',
    'two-tones':
      '60 Hz 떨어진 두 음: Hamming이나 Hann 창에서는 Δf = fs/N이 60 Hz보다 충분히 작아야 (N ≥ 1024) 두 줄로 갈라집니다. Main lobe가 좁은 사각 창은 N = 512에서도 가릅니다. 1000 Hz는 bin 위에, 1060 Hz는 bin 사이에 있습니다: 사각 창과 Hamming 창에서 1060 Hz 주변의 side lobe를 비교해 보세요.',
    clicks:
      '20 ms 간격의 click 쌍: N이 작으면 (128 샘플 = 8 ms) 세로줄 두 개로 또렷하지만, N이 20 ms보다 길어지면 한 덩어리로 합쳐집니다. 짧은 소리에는 짧은 창이 필요합니다.',
    vowel:
      '긴 창 (N ≥ 1024)에서는 120 Hz 간격의 harmonics가 가로줄로 보이고 (narrowband), 짧은 창 (N ≤ 128)에서는 성대 진동마다 세로 줄무늬가 보입니다 (wideband). 두 경우 모두 formant 띠 (730, 1090, 2440 Hz)는 보입니다.',
    noise: 'White noise에는 구조가 없습니다: N을 바꿔도 고른 얼룩일 뿐이고, frame spectrum은 N과 상관없이 무작위로 출렁입니다.',
    file: '내 소리에서 창 길이를 바꿔 보세요: 말소리는 20–40 ms (N = 320–640) 근처에서 harmonics와 시간 변화가 함께 보입니다.',
    mic: '말하거나 휘파람을 불어 보세요. 휘파람은 가는 선, 박수는 세로줄, "스" 소리는 고주파 잡음으로 보입니다.',
  } satisfies Record<SignalKind, string>,
  paddingHint:
    'Zero-padding은 frame spectrum의 점을 bin 사이에 더 촘촘히 찍을 뿐, peak를 좁히지 않습니다 (해상도는 그대로 fs/N). Spectrogram은 F = N으로 계산합니다.',
  linkFallback: '이 링크는 파일이나 마이크 녹음으로 만든 것입니다. 링크에는 소리가 담기지 않으므로 기본 신호를 보여 줍니다.',
  linkKeepsSettings: '"이 설정의 링크 복사"로 만든 링크에는 설정만 담기고 파일·녹음은 담기지 않습니다: 그 링크는 기본 신호로 열립니다.',
  decoding: (name: string, bytes: number) => `"${name}" (${mb(bytes)}) 디코딩 중…`,
  decodeError: (name: string, code: AudioErrorCode) =>
    code === 'unsupported'
      ? '이 브라우저는 Web Audio로 파일을 디코딩할 수 없습니다.'
      : code === 'empty'
        ? `"${name}"은(는) 빈 파일입니다.`
        : `"${name}"을(를) 오디오로 디코딩할 수 없습니다 (손상되었거나 오디오 파일이 아닙니다). WAV, MP3, OGG 파일을 골라 보세요.`,
  cut: (name: string, seconds: number) => `"${name}"은(는) 처음 ${fmt(seconds, 1)}초만 보여 줍니다 (최대 30초).`,
  micError: (code: MicErrorCode) =>
    ({
      unsupported: '이 브라우저 또는 페이지에서는 마이크를 쓸 수 없습니다 (https 또는 로컬 파일에서 열어야 합니다).',
      denied: '마이크 사용이 거부되었습니다. 브라우저의 사이트 설정에서 마이크를 허용하거나, 대신 파일을 열어 보세요.',
      missing: '마이크를 찾을 수 없습니다. 마이크를 연결하거나, 대신 파일을 열어 보세요.',
      busy: '마이크를 다른 프로그램이 쓰고 있어 열 수 없습니다.',
      failed: '마이크를 열지 못했습니다.',
    })[code],
  micListening: (seconds: number) => `마이크를 듣는 중: 최근 ${seconds}초를 보여 줍니다.`,
  silent: '신호가 무음입니다 (peak가 −120 dBFS 아래): 분석할 소리가 없습니다.',
  tooShort: (seconds: number, n: number) => `신호 (${fmt(seconds, 3)} s)가 창 (N = ${n})보다 짧습니다: 더 짧은 창을 골라 보세요.`,
  waveformDescription: (f: FrameFacts, duration: number) =>
    `파형: ${f.signal}, ${fmt(duration, 2)} s, fs ${khz(f.fs)}. ${f.window} 창 (N = ${f.n} 샘플, ${windowMs(f)} ms)이 frame ${f.frame} (${fmt(f.startSec, 3)}–${fmt(f.endSec, 3)} s) 위에 그려져 있습니다. Hop ${f.hop} 샘플.`,
  frameDescription: (f: FrameFacts) =>
    `Frame ${f.frame} (${fmt(f.startSec, 3)}–${fmt(f.endSec, 3)} s)의 ${f.n}개 샘플에 ${f.window} 창을 곱한 값 (${f.signal}).`,
  spectrumDescription: (f: FrameFacts, fftSize: number, minHz: number, maxHz: number, peakHz: number, peakDb: number) =>
    `Frame ${f.frame}의 크기 spectrum (dB, ${khz(minHz)}–${khz(maxHz)}): ${f.signal}, ${f.window} 창, N = ${f.n}, FFT ${fftSize}점. 가장 높은 peak ${khz(peakHz)}, ${fmt(peakDb, 1)} dB.`,
  spectrogramDescription: (f: FrameFacts, minHz: number, maxHz: number, range: number) =>
    `Spectrogram: ${f.signal}, ${f.window} 창, N = ${f.n} 샘플 (${windowMs(f)} ms), hop ${f.hop} 샘플, ${f.frames} frame, ${khz(minHz)}–${khz(maxHz)}, 색은 −${range} dB (어두움)부터 0 dB (노랑)까지. Frame ${f.frame} (${fmt(f.startSec, 3)}–${fmt(f.endSec, 3)} s)가 표시되어 있습니다.`,
};

export type StftText = TextShape<typeof ko>;

export const stftDemoText = {
  ko,
  en: {
    title: 'STFT window explorer: window length, hop, window function, zero-padding',
    signal: 'Signal',
    signalName: {
      'tone-chirp': '1 kHz tone + chirp',
      chirp: 'Linear chirp (100 Hz→7 kHz)',
      'two-tones': 'Two close tones (1000, 1060 Hz)',
      clicks: 'Click train (pairs 20 ms apart)',
      vowel: 'Synthetic vowel /a/ (f0 120 Hz)',
      noise: 'White noise',
      file: 'File',
      mic: 'Microphone recording',
    } satisfies Record<SignalKind, string>,
    signalPhrase: {
      'tone-chirp': '1 kHz tone plus a 200 Hz→6 kHz chirp',
      chirp: 'linear chirp from 100 Hz to 7 kHz',
      'two-tones': 'two tones at 1000 and 1060 Hz',
      clicks: 'click pairs 20 ms apart',
      vowel: 'synthetic vowel /a/ (f0 = 120 Hz)',
      noise: 'white noise',
      file: 'file',
      mic: 'microphone recording',
    } satisfies Record<SignalKind, string>,
    filePhrase: (name: string) => `file “${name}”`,
    fileLabel: (name: string) => `File: ${name}`,
    micLabel: (live: boolean) => (live ? 'Microphone (live)' : 'Microphone recording'),
    openFile: 'Open an audio file (WAV, MP3, OGG)',
    micStart: 'Use the microphone',
    micStop: 'Stop the microphone',
    play: '▶ Play',
    stop: '■ Stop',
    windowLength: 'Window length',
    samples: (n: number, ms: number) => `${n} samples (${fmt(ms, 1)} ms)`,
    hop: 'Hop H (fraction of N)',
    hopName: HOP_LABEL,
    windowType: 'Window type',
    windowName: { rectangular: 'Rectangular', hann: 'Hann', hamming: 'Hamming', blackman: 'Blackman' } satisfies Record<WindowType, string>,
    padding: 'Zero-padding (frame spectrum)',
    paddingName: { '1': '×1', '2': '×2', '4': '×4', '8': '×8' } satisfies Record<'1' | '2' | '4' | '8', string>,
    range: 'dB range',
    rangeValue: (db: number) => `0 to −${db} dB`,
    view: 'Frequency axis',
    viewName: {
      auto: 'Suited to the signal',
      full: '0 to fs/2',
      '8k': '0 to 8 kHz',
      '4k': '0 to 4 kHz',
      '2k': '0 to 2 kHz',
      '1k': '0.5 to 1.5 kHz',
    } satisfies Record<FrequencyView, string>,
    frame: 'Frame',
    frameValue: (m: number, frames: number, start: number, end: number) =>
      `m = ${m} (0–${Math.max(0, frames - 1)} of ${frames} frames) · ${fmt(start, 3)}–${fmt(end, 3)} s`,
    waveformTitle: 'Whole signal (the box is the part zoomed below; click to pick a frame)',
    zoomTitle: 'Around the current window (drag the window)',
    zoomDescription: (f: FrameFacts, fromSec: number, toSec: number) =>
      `Zoom on ${fmt(fromSec, 3)}–${fmt(toSec, 3)} s (three window lengths): the signal close up, with the ${f.window} window ±w[n] over frame ${f.frame} (${fmt(f.startSec, 3)}–${fmt(f.endSec, 3)} s). Dragging the window moves the frame.`,
    copiedNote: (kind: 'file' | 'mic') =>
      `The ${kind === 'file' ? 'file' : 'recording'} stays on this device and is not in the link: the link opens with the default signal.`,
    frameTitle: 'Windowed frame x[n]·w[n]',
    spectrumTitle: 'This frame’s magnitude spectrum (dB)',
    spectrogramTitle: 'Spectrogram (click to pick a frame)',
    timeAxis: 'Time (s)',
    sampleAxis: 'n (samples)',
    frequencyAxis: (unit: string) => `Frequency (${unit})`,
    dbLegend: (range: number) => [`−${range} dB`, '0 dB (full scale)'] as const,
    rate: (fs: number) => `Sample rate fs = ${khz(fs)}`,
    resolution: (n: number, fs: number) =>
      `Time resolution Δt = N/fs = ${n}/${fmt(fs, 0)} = ${fmt((n / fs) * 1000, 1)} ms, frequency resolution Δf = fs/N = ${fmt(fs / n, 2)} Hz`,
    grid: (hop: number, fs: number, overlapPercent: number, frames: number, bins: number, fftSize: number, pad: number) =>
      `Hop H = ${hop} samples (${fmt((hop / fs) * 1000, 2)} ms, overlap ${fmt(overlapPercent, 1)} %) · ${frames} frames × ${bins} bins · frame spectrum FFT F = ${fftSize} (×${pad}, points every fs/F = ${fmt(fs / fftSize, 2)} Hz)`,
    stride: (stride: number, hop: number) => `This signal is long: the spectrogram shows every ${stride}th frame (hop ${hop} samples).`,
    lobes: (window: string, nullBins: number, nullHz: number, sideLobeDb: number) =>
      `${window} window: main lobe ±${fmt(nullBins, 1)} ${nullBins === 1 ? 'bin' : 'bins'} (±${fmt(nullHz, 1)} Hz), highest side lobe ${fmt(sideLobeDb, 1)} dB`,
    peak: (m: number, hz: number, db: number) => `Highest peak of frame ${m}: ${khz(hz)} at ${fmt(db, 1)} dB`,
    quietFrame: (m: number, range: number) => `Frame ${m} holds nothing above −${range} dB.`,
    hints: {
      'tone-chirp':
        'The 1 kHz tone is a horizontal line, the chirp a diagonal. A larger N thins the tone and smears the chirp along time. 1 kHz sits on a bin centre and leaks with no window; the chirp falls between bins, and with the rectangular window its side lobes spread wide.',
      chirp:
        'The frequency keeps changing, so a long window mixes many frequencies and the line thickens. Find the N where the line is thinnest: the balance between smearing in time and in frequency.',
      'two-tones':
        'Two tones 60 Hz apart split into two lines only when Δf = fs/N is well below 60 Hz (N ≥ 1024) with the Hamming or Hann window; the rectangular window, whose main lobe is narrower, already separates them at N = 512. 1000 Hz sits on a bin, 1060 Hz between bins: compare the side lobes around 1060 Hz with the rectangular and the Hamming window.',
      clicks:
        'Pairs of clicks 20 ms apart: a short window (128 samples = 8 ms) shows two sharp vertical lines; once N is longer than 20 ms they merge into one blob. Short sounds need short windows.',
      vowel:
        'A long window (N ≥ 1024) resolves the harmonics 120 Hz apart as horizontal lines (narrowband); a short one (N ≤ 128) shows a vertical stripe per glottal pulse (wideband). Both show the formant bands (730, 1090, 2440 Hz).',
      noise: 'White noise has no structure: at any N it is an even speckle, and the frame spectrum fluctuates randomly whatever N is.',
      file: 'Change the window length on your own sound: speech shows both its harmonics and its changes around 20–40 ms (N = 320–640).',
      mic: 'Speak or whistle: a whistle is a thin line, a clap a vertical line, an “sss” high-frequency noise.',
    } satisfies Record<SignalKind, string>,
    paddingHint:
      'Zero-padding only draws the frame spectrum’s points more densely between bins; it does not narrow the peaks (the resolution stays fs/N). The spectrogram is computed with F = N.',
    linkFallback: 'This link was made with a file or a microphone recording. A link cannot carry sound, so the default signal is shown.',
    linkKeepsSettings: 'A link from “Copy link to this setting” keeps the settings but not the file or recording: it opens with the default signal.',
    decoding: (name: string, bytes: number) => `Decoding “${name}” (${mb(bytes)})…`,
    decodeError: (name: string, code: AudioErrorCode) =>
      code === 'unsupported'
        ? 'This browser cannot decode files with Web Audio.'
        : code === 'empty'
          ? `“${name}” is empty.`
          : `“${name}” could not be decoded as audio (it is damaged or not an audio file). Try a WAV, MP3 or OGG file.`,
    cut: (name: string, seconds: number) => `Showing only the first ${fmt(seconds, 1)} s of “${name}” (at most 30 s).`,
    micError: (code: MicErrorCode) =>
      ({
        unsupported: 'The microphone is not available in this browser or on this page (it needs https or a local file).',
        denied: 'Microphone access was denied. Allow it in the browser’s site settings, or open a file instead.',
        missing: 'No microphone was found. Connect one, or open a file instead.',
        busy: 'The microphone is in use by another program.',
        failed: 'The microphone could not be opened.',
      })[code],
    micListening: (seconds: number) => `Listening: the last ${seconds} s are shown.`,
    silent: 'The signal is silent (its peak is below −120 dBFS): there is nothing to analyse.',
    tooShort: (seconds: number, n: number) => `The signal (${fmt(seconds, 3)} s) is shorter than the window (N = ${n}): choose a shorter window.`,
    waveformDescription: (f: FrameFacts, duration: number) =>
      `Waveform of the ${f.signal}, ${fmt(duration, 2)} s at ${khz(f.fs)}, with the ${f.window} window (N = ${f.n} samples, ${windowMs(f)} ms) drawn over frame ${f.frame} (${fmt(f.startSec, 3)}–${fmt(f.endSec, 3)} s). Hop ${f.hop} samples.`,
    frameDescription: (f: FrameFacts) =>
      `Frame ${f.frame} (${fmt(f.startSec, 3)}–${fmt(f.endSec, 3)} s) of the ${f.signal}: its ${f.n} samples times the ${f.window} window.`,
    spectrumDescription: (f: FrameFacts, fftSize: number, minHz: number, maxHz: number, peakHz: number, peakDb: number) =>
      `Magnitude spectrum (dB, ${khz(minHz)}–${khz(maxHz)}) of frame ${f.frame} of the ${f.signal}, ${f.window} window, N = ${f.n}, ${fftSize}-point FFT. Highest peak ${khz(peakHz)} at ${fmt(peakDb, 1)} dB.`,
    spectrogramDescription: (f: FrameFacts, minHz: number, maxHz: number, range: number) =>
      `Spectrogram of the ${f.signal}, ${f.window} window, N = ${f.n} samples (${windowMs(f)} ms), hop ${f.hop} samples, ${f.frames} frames, ${khz(minHz)}–${khz(maxHz)}, colour from −${range} dB (dark) to 0 dB (yellow). Frame ${f.frame} (${fmt(f.startSec, 3)}–${fmt(f.endSec, 3)} s) is marked.`,
  } satisfies StftText,
} satisfies Record<Lang, StftText>;
