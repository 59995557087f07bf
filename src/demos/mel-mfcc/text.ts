import type { Lang } from '../../content/types';
import { formatNumber } from '../shared/numberFormat';
import type { TextShape } from '../shared/textShape';
import type { SignalKind } from './settings';

const fmt = (value: number, digits: number) => formatNumber(value, digits);

type Scale = 'htk' | 'slaney';

const signalName: Record<SignalKind, string> = { a: '/a/', i: '/i/', u: '/u/', aiu: '/a/ → /i/ → /u/' };
const scaleName: Record<Scale, string> = { htk: 'HTK', slaney: 'Slaney' };

/** mel(f) with its formula, in the scale's own units. */
const melValue = (hz: number, mel: number, scale: Scale) =>
  scale === 'htk'
    ? `mel(${fmt(hz, 0)} Hz) = 2595·log10(1 + f/700) = ${fmt(mel, 1)}`
    : `mel(${fmt(hz, 0)} Hz) = ${hz < 1000 ? '3f/200' : '15 + 27·ln(f/1000)/ln 6.4'} = ${fmt(mel, 2)}`;

/**
 * Every visible string, in Korean and English. Both tables have the one shape `MelMfccText`: a
 * string missing from either language, or left in one only, fails the type check.
 */
const ko = {
  title: 'Mel spectrogram과 MFCC, 단계별로',
  signal: '신호 (Signal)',
  signalName,
  scale: 'Mel 식 (Mel formula)',
  scaleName,
  mels: 'Mel band 수 (Mel bands)',
  coefficients: '계수 (Coefficients)',
  coefficientsValue: (requested: number, kept: number) => (kept < requested ? `${requested} → ${kept} (K ≤ M)` : `K = ${kept}`),
  frame: '프레임 (Frame)',
  frameValue: (m: number, sec: number) => `m = ${m} (${fmt(sec, 4)} s)`,
  equationNote: '— L은 dB 단위의 log-mel(10·log₁₀ E), s는 직교(orthonormal) DCT-II의 크기 조정 계수',
  stageSpectrum: '① 파워 스펙트럼 |X|²과 mel filter',
  stageMel: '② Hz → mel',
  stageLogMel: '③ log-mel과, 계수 K개로 되살린 포락선',
  stageMfcc: '④ DCT → MFCC',
  overTime: '시간에 따라 (그림을 클릭하면 그 프레임을 고릅니다)',
  powerSpectrogram: '파워 spectrogram',
  logMelSpectrogram: 'Log-mel spectrogram',
  mfccMatrix: 'MFCC',
  frequencyKhz: '주파수 (kHz)',
  powerDb: '파워 (dB)',
  melAxis: (scale: Scale) => (scale === 'htk' ? 'mel (HTK)' : 'mel (Slaney 단위)'),
  band: 'Mel band i',
  coefficient: '계수 n',
  time: '시간 (s)',
  logMelLegend: 'log-mel',
  envelopeLegend: (k: number) => `포락선 (K = ${k})`,
  c0Clipped: (value: number) => `c0 = ${fmt(value, 0)}`,
  filterReadout: (i: number, hz: number, mel: number, scale: Scale, lower: number, upper: number) =>
    `강조한 filter i = ${i}: 중심 ${melValue(hz, mel, scale)}, 범위 ${fmt(lower, 0)}–${fmt(upper, 0)} Hz`,
  envelopeReadout: (k: number, m: number, error: number) => `계수 ${m}개 중 앞의 ${k}개로 되살린 포락선은 log-mel과 RMS ${fmt(error, 2)} dB 다릅니다.`,
  emptyFilters: (count: number) => `빈 filter ${count}개: FFT bin 간격(31.25 Hz)보다 좁아 bin이 하나도 들어가지 않고, 바닥값 −100 dB를 읽습니다 (빨간 점선).`,
  hint: '모음을 바꾸면 formant 봉우리가 움직이고 앞쪽 MFCC가 크게 바뀝니다. 계수를 줄이면 포락선이 매끄러워지며(harmonics의 잔물결이 빠짐), 늘리면 log-mel에 다가갑니다. Mel band 수를 128로, 식을 HTK로 두면 빈 filter가 생깁니다. 스펙트럼 위를 가리키면 그 주파수의 filter가 강조됩니다. 키보드로는 ① 또는 ③ 그림에 Tab으로 가서 ←/→ (Home/End)로 강조할 filter를 옮기세요.',
  describeSpectrum: (signal: string, m: number, sec: number, bands: number, scale: string, i: number, hz: number) =>
    `${signal}의 프레임 ${m}(${fmt(sec, 4)} s) 파워 스펙트럼(dB, 0–8 kHz) 위에 ${scale} mel 삼각 filter ${bands}개. 강조한 filter ${i}의 중심 ${fmt(hz, 0)} Hz.`,
  describeMel: (scale: string, bands: number, hz: number, mel: number) =>
    `${scale} mel 곡선 0–8 kHz와 filter 중심 ${bands}개(mel 축에서 같은 간격). 강조한 중심 ${fmt(hz, 0)} Hz = ${fmt(mel, 2)} mel.`,
  describeLogMel: (m: number, bands: number, k: number, error: number) =>
    `프레임 ${m}의 log-mel 에너지 ${bands}개(dB) 막대와, 앞 ${k}개 계수의 역 DCT로 되살린 포락선(RMS 차 ${fmt(error, 2)} dB).`,
  describeMfcc: (m: number, k: number, c0: number) => `프레임 ${m}의 MFCC c0…c${k - 1} 막대. c0 = ${fmt(c0, 1)}.`,
  describePower: (signal: string, frames: number) => `${signal}의 파워 spectrogram: 프레임 ${frames}개 × 0–8 kHz, dB 색. 세로선이 선택한 프레임.`,
  describeLogMelImage: (bands: number, scale: string) => `Log-mel spectrogram: 시간 × ${scale} mel band ${bands}개, dB 색. 세로선이 선택한 프레임.`,
  describeMfccImage: (k: number) => `MFCC 행렬: 시간 × 계수 c0…c${k - 1}, 색 범위는 c1 이상으로 정함(c0은 넘침). 세로선이 선택한 프레임.`,
};

export type MelMfccText = TextShape<typeof ko>;

export const melMfccText = {
  ko,
  en: {
    title: 'Mel spectrogram and MFCC, step by step',
    signal: 'Signal',
    signalName,
    scale: 'Mel formula',
    scaleName,
    mels: 'Mel bands',
    coefficients: 'Coefficients',
    coefficientsValue: (requested: number, kept: number) => (kept < requested ? `${requested} → ${kept} (K ≤ M)` : `K = ${kept}`),
    frame: 'Frame',
    frameValue: (m: number, sec: number) => `m = ${m} (${fmt(sec, 4)} s)`,
    equationNote: '— L is the log-mel in dB (10·log₁₀ E), s the scale factor of the orthonormal DCT-II',
    stageSpectrum: '① Power spectrum |X|² and mel filters',
    stageMel: '② Hz → mel',
    stageLogMel: '③ Log-mel and the envelope rebuilt from K coefficients',
    stageMfcc: '④ DCT → MFCC',
    overTime: 'Over time (click an image to pick that frame)',
    powerSpectrogram: 'Power spectrogram',
    logMelSpectrogram: 'Log-mel spectrogram',
    mfccMatrix: 'MFCC',
    frequencyKhz: 'Frequency (kHz)',
    powerDb: 'Power (dB)',
    melAxis: (scale: Scale) => (scale === 'htk' ? 'mel (HTK)' : 'mel (Slaney units)'),
    band: 'Mel band i',
    coefficient: 'Coefficient n',
    time: 'Time (s)',
    logMelLegend: 'log-mel',
    envelopeLegend: (k: number) => `envelope (K = ${k})`,
    c0Clipped: (value: number) => `c0 = ${fmt(value, 0)}`,
    filterReadout: (i: number, hz: number, mel: number, scale: Scale, lower: number, upper: number) =>
      `Highlighted filter i = ${i}: centre ${melValue(hz, mel, scale)}, spanning ${fmt(lower, 0)}–${fmt(upper, 0)} Hz`,
    envelopeReadout: (k: number, m: number, error: number) =>
      `The envelope rebuilt from the first ${k} of ${m} coefficients differs from the log-mel by ${fmt(error, 2)} dB RMS.`,
    emptyFilters: (count: number) =>
      `${count} empty filter${count === 1 ? '' : 's'}: narrower than the FFT bin spacing (31.25 Hz), it contains no bin and reads the −100 dB floor (red dashes).`,
    hint: 'Change the vowel: the formant peaks move and the first MFCCs change a lot. Fewer coefficients give a smoother envelope (the ripple of the harmonics goes); more bring it back towards the log-mel. 128 bands with the HTK formula leave an empty filter. Point at the spectrum to highlight the filter at that frequency; by keyboard, Tab to plot ① or ③ and move the highlighted filter with ← and → (Home, End).',
    describeSpectrum: (signal: string, m: number, sec: number, bands: number, scale: string, i: number, hz: number) =>
      `Power spectrum (dB, 0–8 kHz) of frame ${m} (${fmt(sec, 4)} s) of ${signal}, with ${bands} triangular ${scale} mel filters over it; filter ${i}, centred at ${fmt(hz, 0)} Hz, highlighted.`,
    describeMel: (scale: string, bands: number, hz: number, mel: number) =>
      `The ${scale} mel curve over 0–8 kHz with the ${bands} filter centres, equally spaced in mel; the highlighted centre ${fmt(hz, 0)} Hz = ${fmt(mel, 2)} mel.`,
    describeLogMel: (m: number, bands: number, k: number, error: number) =>
      `Bars of the ${bands} log-mel energies (dB) of frame ${m}, and the envelope rebuilt by inverse DCT from the first ${k} coefficients (RMS difference ${fmt(error, 2)} dB).`,
    describeMfcc: (m: number, k: number, c0: number) => `Bars of the MFCCs c0…c${k - 1} of frame ${m}; c0 = ${fmt(c0, 1)}.`,
    describePower: (signal: string, frames: number) =>
      `Power spectrogram of ${signal}: ${frames} frames × 0–8 kHz, colour = dB; the vertical line marks the chosen frame.`,
    describeLogMelImage: (bands: number, scale: string) =>
      `Log-mel spectrogram: time × ${bands} ${scale} mel bands, colour = dB; the vertical line marks the chosen frame.`,
    describeMfccImage: (k: number) =>
      `MFCC matrix: time × coefficients c0…c${k - 1}; the colour range is set by c1 and above (c0 saturates); the vertical line marks the chosen frame.`,
  } satisfies MelMfccText,
} satisfies Record<Lang, MelMfccText>;
