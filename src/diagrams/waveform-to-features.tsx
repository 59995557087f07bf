import { Arrow, ArrowDefs, Label } from './parts';
import { defineDiagram } from './types';

// A synthetic utterance (two vowels, /a/ then /i/, with a fricative between) at 8 kHz, analysed the usual way:
// Hann-windowed STFT → power → 16 HTK mel bands → log → DCT-II, 13 coefficients.
const FS = 8000;
const N = 256;
const HOP = 128;
const FRAMES = 36;
const LENGTH = N + (FRAMES - 1) * HOP;

/** Deterministic pseudo-random phase in [0, 2π). */
const phase = (k: number) => ((Math.sin(k * 12.9898) * 43758.5453) % 1) * 2 * Math.PI;

function vowel(t: number, start: number, end: number, f0a: number, f0b: number, formants: readonly number[]) {
  if (t < start || t > end) return 0;
  const u = (t - start) / (end - start);
  const env = Math.sin(Math.PI * u) ** 2;
  // f0 glides linearly, so the harmonic phase is the integral of f0
  const cycles = (f0a * u + ((f0b - f0a) * u * u) / 2) * (end - start);
  const f0 = f0a + (f0b - f0a) * u;
  let x = 0;
  for (let h = 1; h * f0 < 3800; h++) {
    const gain = formants.reduce((s, F) => s + Math.exp(-((h * f0 - F) ** 2) / (2 * 150 ** 2)), 0) + 0.05 / h;
    x += gain * Math.sin(2 * Math.PI * h * cycles);
  }
  return env * x;
}

function signal(n: number) {
  const t = n / FS;
  let x = vowel(t, 0.03, 0.25, 150, 120, [700, 1200]) + vowel(t, 0.37, 0.57, 175, 140, [300, 2300]);
  if (t > 0.26 && t < 0.35) {
    const env = Math.sin((Math.PI * (t - 0.26)) / 0.09) ** 2;
    for (let k = 0; k < 24; k++) x += 0.12 * env * Math.sin(2 * Math.PI * (2600 + k * 50) * t + phase(k));
  }
  return x;
}

const SAMPLES = Array.from({ length: LENGTH }, (_, n) => signal(n));

const POWER: number[][] = [];
for (let m = 0; m < FRAMES; m++) {
  const row: number[] = [];
  for (let k = 0; k <= N / 2; k++) {
    let re = 0;
    let im = 0;
    for (let n = 0; n < N; n++) {
      const w = 0.5 - 0.5 * Math.cos((2 * Math.PI * n) / N);
      const x = (SAMPLES[m * HOP + n] ?? 0) * w;
      re += x * Math.cos((2 * Math.PI * k * n) / N);
      im -= x * Math.sin((2 * Math.PI * k * n) / N);
    }
    row.push(re * re + im * im);
  }
  POWER.push(row);
}

const mel = (f: number) => 2595 * Math.log10(1 + f / 700);
const hz = (m: number) => 700 * (10 ** (m / 2595) - 1);
const MELS = 16;
const EDGES = Array.from({ length: MELS + 2 }, (_, i) => hz((mel(FS / 2) * i) / (MELS + 1)));
const LOGMEL = POWER.map((row) =>
  Array.from({ length: MELS }, (_, b) => {
    const [lo, mid, hi] = [EDGES[b] ?? 0, EDGES[b + 1] ?? 0, EDGES[b + 2] ?? 0];
    let e = 0;
    row.forEach((p, k) => {
      const f = (k * FS) / N;
      const tri = f < lo || f > hi ? 0 : f <= mid ? (f - lo) / (mid - lo) : (hi - f) / (hi - mid);
      e += tri * p;
    });
    return Math.log(e + 1e-6);
  }),
);
const MFCC = LOGMEL.map((row) => Array.from({ length: 13 }, (_, c) => row.reduce((s, v, b) => s + v * Math.cos((Math.PI * c * (b + 0.5)) / MELS), 0)));

/** Linear-frequency rows: 128 bins pooled in pairs (62.5 Hz), in dB. */
const SPEC_DB = POWER.map((row) => Array.from({ length: 64 }, (_, r) => 10 * Math.log10(row.slice(r * 2, r * 2 + 2).reduce((s, v) => s + v, 0) + 1e-9)));

/** grid[m][r] → 0..1 over the top `range` (dB or log units). */
function scale(grid: number[][], range: number) {
  const max = Math.max(...grid.flat());
  return grid.map((row) => row.map((v) => Math.max(0, (v - (max - range)) / range)));
}

/**
 * A heat map, time left→right and row 0 at the bottom. Levels are quantised to tenths and drawn as one path
 * per level (runs of equal cells merged), which keeps the static SVG small.
 */
function Heat({ x, y, w, h, grid, signed = false }: { x: number; y: number; w: number; h: number; grid: number[][]; signed?: boolean }) {
  const cols = grid.length;
  const rows = grid[0]?.length ?? 0;
  const cw = w / cols;
  const ch = h / rows;
  const paths = new Map<number, string>();
  for (let r = 0; r < rows; r++) {
    let m = 0;
    while (m < cols) {
      const level = Math.round((grid[m]?.[r] ?? 0) * 10);
      let end = m + 1;
      while (end < cols && Math.round((grid[end]?.[r] ?? 0) * 10) === level) end++;
      if (level !== 0) {
        const run = `M${(x + m * cw).toFixed(1)},${(y + h - (r + 1) * ch).toFixed(1)}h${((end - m) * cw).toFixed(1)}v${ch.toFixed(1)}h${(-(end - m) * cw).toFixed(1)}z`;
        paths.set(level, (paths.get(level) ?? '') + run);
      }
      m = end;
    }
  }
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} fill="var(--d-surface)" />
      {[...paths].map(([level, d]) => (
        <path
          key={level}
          d={d}
          shapeRendering="crispEdges"
          fill={signed && level < 0 ? 'var(--d-stroke-1)' : signed ? 'var(--d-stroke-2)' : 'var(--d-stroke-4)'}
          fillOpacity={Math.abs(level) / 10}
        />
      ))}
      <rect x={x} y={y} width={w} height={h} fill="none" stroke="var(--d-line)" strokeWidth={1} />
    </g>
  );
}

function Waveform({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  const max = Math.max(...SAMPLES.map(Math.abs));
  const per = LENGTH / w;
  let d = '';
  for (let px = 0; px < w; px++) {
    const chunk = SAMPLES.slice(Math.floor(px * per), Math.floor((px + 1) * per));
    const lo = Math.min(...chunk) / max;
    const hi = Math.max(...chunk) / max;
    const cy = y + h / 2;
    d += `M${x + px + 0.5},${(cy - (hi * h) / 2 - 0.5).toFixed(1)}V${(cy - (lo * h) / 2 + 0.5).toFixed(1)}`;
  }
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1} />
      <path d={d} stroke="var(--d-stroke-3)" strokeWidth={1} fill="none" />
    </g>
  );
}

export default defineDiagram({
  id: 'waveform-to-features',
  width: 460,
  height: 500,
  title: {
    ko: '파형에서 acoustic feature로: spectrogram, mel, MFCC',
    en: 'From waveform to acoustic features: spectrogram, mel, MFCC',
  },
  description: {
    ko: '모음 두 개(/a/, /i/)와 마찰음으로 된 8 kHz 파형을 STFT해 spectrogram(0–4 kHz, dB)을 만들고, mel filterbank 16개와 log로 log-mel spectrogram을, 다시 DCT로 13개 MFCC 계수를 얻는다. 위 세 그림은 계산된 실제 값이며 가로축은 모두 같은 시간이다.',
    en: 'An 8 kHz waveform of two vowels (/a/, /i/) with a fricative between them is turned by the STFT into a spectrogram (0–4 kHz, dB), by 16 mel filters and a log into a log-mel spectrogram, and by a DCT into 13 MFCC coefficients. All three are computed from the signal and share the same time axis.',
  },
  seedImages: ['Untitled 14.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const mfcc = MFCC.map((row) => row.map((v, c) => v / Math.max(...MFCC.map((r) => Math.abs(r[c] ?? 0)))));
    const step = (y: number, text: string) => (
      <g>
        <Arrow points={[120, y, 120, y + 24]} />
        <Label x={134} y={y + 12} anchor="start" size={14} accent={4}>
          {text}
        </Label>
      </g>
    );
    return (
      <g>
        <ArrowDefs />
        <Label x={20} y={14} anchor="start" size={14} weight="bold">
          {ko ? '파형 (waveform)' : 'waveform'}
        </Label>
        <Waveform x={20} y={24} w={420} h={66} />
        {step(96, 'STFT → |X|² (dB)')}
        <Label x={20} y={138} anchor="start" size={14} weight="bold">
          spectrogram
        </Label>
        <Label x={440} y={138} anchor="end" size={13} muted>
          {ko ? '0–4 kHz, 선형 주파수' : '0–4 kHz, linear'}
        </Label>
        <Heat x={20} y={148} w={420} h={96} grid={scale(SPEC_DB, 50)} />
        {step(250, 'mel filterbank + log')}
        <Label x={20} y={292} anchor="start" size={14} weight="bold">
          log-mel spectrogram
        </Label>
        <Label x={440} y={292} anchor="end" size={13} muted>
          {ko ? 'mel band 16개' : '16 mel bands'}
        </Label>
        <Heat x={20} y={302} w={420} h={64} grid={scale(LOGMEL, (50 * Math.log(10)) / 10)} />
        {step(372, ko ? 'DCT → 계수 13개' : 'DCT → 13 coefficients')}
        <Label x={20} y={414} anchor="start" size={14} weight="bold">
          MFCC
        </Label>
        <Label x={440} y={414} anchor="end" size={13} muted>
          c0 – c12
        </Label>
        <Heat x={20} y={424} w={420} h={52} grid={mfcc} signed />
        <Label x={440} y={490} anchor="end" size={13} muted>
          {ko ? '시간 →' : 'time →'}
        </Label>
      </g>
    );
  },
});
