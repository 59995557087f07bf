import type { Lang } from '../../content/types';
import { formatNumber } from '../shared/numberFormat';
import type { TextShape } from '../shared/textShape';
import type { MaskKind, SourceSet } from './settings';

const fmt = (value: number, digits: number) => formatNumber(value, digits, digits);
const signed = (value: number, digits: number) => (value > 0 ? '+' : value < 0 ? '−' : '') + fmt(Math.abs(value), digits);
/** An SNR: exact separations give ∞ or values in the hundreds of dB, shown as "> 100 dB". */
const snr = (value: number) => (value > 100 ? '> 100 dB' : `${signed(value, 1)} dB`);

/**
 * Every visible string, in Korean and English. Both tables have the one shape `SeparationText`: a
 * string missing from either language, or left in one only, fails the type check.
 */
const ko = {
  title: 'Mask로 두 목소리 분리하기',
  sources: '신호 (Sources)',
  sourceSet: { voices: '목소리 둘', vowels: '모음 둘', 'voice-noise': '목소리 + 잡음' } satisfies Record<SourceSet, string>,
  sourceNames: {
    voices: ['목소리 1 (110 Hz)', '목소리 2 (210 Hz)'],
    vowels: ['/a/ (120 Hz)', '/i/ (200 Hz)'],
    'voice-noise': ['목소리 (110 Hz)', '백색 잡음'],
  } satisfies Record<SourceSet, [string, string]>,
  mask: 'Mask 종류 (Mask)',
  maskName: { irm: 'IRM (비율)', ibm: 'IBM (이진)', crm: 'cRM (복소)' } satisfies Record<MaskKind, string>,
  ratio: '음량비 (Ratio)',
  ratioValue: (db: number) => `${signed(db, 0)} dB (신호 1 : 신호 2)`,
  quality: 'Mask 품질 (Mask quality)',
  qualityValue: (q: number) => `${q} % (a = ${fmt(1 - q / 100, 2)})`,
  compression: '압축 지수 (Compression p)',
  compressionValue: (p: number) => `p = ${fmt(p, 2)}`,
  equationNote: '— M′은 이상적 mask M에 무작위 mask U를 a만큼 섞은 것(학습이 덜 된 네트워크의 출력처럼)',
  mixture: '혼합음 Y',
  maskPanel: (kind: MaskKind) => (kind === 'crm' ? '신호 1의 mask |M′| (1에서 자름)' : '신호 1의 mask M′'),
  estimate: (c: number) => `추정 ${c}: ${c === 1 ? 'M′ ⊙ Y' : '(1 − M′) ⊙ Y'}`,
  clean: (name: string) => `정답: ${name}`,
  listen: '듣기 (Web Audio)',
  playNames: { mixture: '혼합음', s1: '신호 1', s2: '신호 2', e1: '추정 1', e2: '추정 2' },
  noAudio: '이 브라우저에서는 소리를 재생할 수 없습니다 (Web Audio 없음).',
  loss: (l1: number, l2: number, p: number) =>
    `Loss L = L₁ + L₂ = ${fmt(l1, 4)} + ${fmt(l2, 4)} = ${fmt(l1 + l2, 4)} (p = ${fmt(p, 2)}, 칸 평균, 진폭 1인 사인파 = 1)`,
  snr: (e1: number, e2: number, y1: number, y2: number) => `SNR: 추정 1 ${snr(e1)} (혼합음에서 ${snr(y1)}), 추정 2 ${snr(e2)} (혼합음에서 ${snr(y2)})`,
  time: '시간 (s)',
  frequency: '주파수 (kHz)',
  colourLegend: '색 (spectrogram, 0–4 kHz):',
  maskLegend: '(mask: 0 … 1)',
  hint: 'Mask 품질을 낮추면 loss가 커지고 SNR이 떨어집니다. IRM과 IBM은 혼합음의 위상을 그대로 쓰므로 두 목소리의 harmonics가 겹치는 칸에서 완벽할 수 없지만, cRM은 품질 100 %에서 loss가 0입니다. 재생 버튼으로 추정을 정답과 비교해 보세요. 정답을 아는 것은 혼합음을 직접 만들었기 때문입니다.',
  describeSpectrogram: (what: string, detail: string, low: number, high: number) =>
    `Spectrogram: ${what}${detail}, 0–1.5 s × 0–4 kHz, 색 = ${low}…${high} dB (Hann N = 512, hop 128).`,
  describeMask: (kind: string, quality: number) => `${kind} mask(신호 1용), 품질 ${quality} %, 0–1.5 s × 0–4 kHz, 색 = 0(어두움)…1(노랑).`,
};

export type SeparationText = TextShape<typeof ko>;

export const separationText = {
  ko,
  en: {
    title: 'Separating two voices with a mask',
    sources: 'Sources',
    sourceSet: { voices: 'Two voices', vowels: 'Two vowels', 'voice-noise': 'Voice + noise' } satisfies Record<SourceSet, string>,
    sourceNames: {
      voices: ['voice 1 (110 Hz)', 'voice 2 (210 Hz)'],
      vowels: ['/a/ (120 Hz)', '/i/ (200 Hz)'],
      'voice-noise': ['voice (110 Hz)', 'white noise'],
    } satisfies Record<SourceSet, [string, string]>,
    mask: 'Mask',
    maskName: { irm: 'IRM (ratio)', ibm: 'IBM (binary)', crm: 'cRM (complex)' } satisfies Record<MaskKind, string>,
    ratio: 'Ratio',
    ratioValue: (db: number) => `${signed(db, 0)} dB (source 1 : source 2)`,
    quality: 'Mask quality',
    qualityValue: (q: number) => `${q} % (a = ${fmt(1 - q / 100, 2)})`,
    compression: 'Compression p',
    compressionValue: (p: number) => `p = ${fmt(p, 2)}`,
    equationNote: '— M′ mixes a random mask U into the ideal mask M by a, like the output of a network still learning',
    mixture: 'Mixture Y',
    maskPanel: (kind: MaskKind) => (kind === 'crm' ? 'Mask |M′| for source 1 (cut at 1)' : 'Mask M′ for source 1'),
    estimate: (c: number) => `Estimate ${c}: ${c === 1 ? 'M′ ⊙ Y' : '(1 − M′) ⊙ Y'}`,
    clean: (name: string) => `Clean: ${name}`,
    listen: 'Listen (Web Audio)',
    playNames: { mixture: 'Mixture', s1: 'Source 1', s2: 'Source 2', e1: 'Estimate 1', e2: 'Estimate 2' },
    noAudio: 'This browser cannot play sound (no Web Audio).',
    loss: (l1: number, l2: number, p: number) =>
      `Loss L = L₁ + L₂ = ${fmt(l1, 4)} + ${fmt(l2, 4)} = ${fmt(l1 + l2, 4)} (p = ${fmt(p, 2)}, mean over cells, unit sine = 1)`,
    snr: (e1: number, e2: number, y1: number, y2: number) =>
      `SNR: estimate 1 ${snr(e1)} (in the mixture ${snr(y1)}), estimate 2 ${snr(e2)} (in the mixture ${snr(y2)})`,
    time: 'Time (s)',
    frequency: 'Frequency (kHz)',
    colourLegend: 'Colour (spectrograms, 0–4 kHz):',
    maskLegend: '(mask: 0 … 1)',
    hint: 'Lower the mask quality: the loss grows and the SNRs fall. The IRM and IBM reuse the mixture’s phase, so they cannot be perfect where the two voices’ harmonics share a cell; the cRM reaches a loss of 0 at 100 %. Use the play buttons to compare each estimate with its clean source. The clean sources are known only because the mixture was built from them.',
    describeSpectrogram: (what: string, detail: string, low: number, high: number) =>
      `Spectrogram of ${what}${detail}, 0–1.5 s × 0–4 kHz, colour = ${low} to ${high} dB (Hann N = 512, hop 128).`,
    describeMask: (kind: string, quality: number) => `${kind} mask for source 1 at ${quality} % quality, 0–1.5 s × 0–4 kHz, colour = 0 (dark) to 1 (yellow).`,
  } satisfies SeparationText,
} satisfies Record<Lang, SeparationText>;
