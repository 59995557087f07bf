import { Arrow, ArrowDefs, Label } from './parts';
import { defineDiagram } from './types';

// A steady tone (bin 8) plus a rising chirp (bin 14 → 28), analysed with a 64-point Hamming STFT, hop 16, 32 frames.
const N = 64;
const HOP = 16;
const FRAMES = 32;
const BINS = N / 2 + 1;
const LENGTH = N + (FRAMES - 1) * HOP;

function sample(n: number) {
  const u = n / LENGTH;
  // chirp phase in cycles: its frequency goes from 14/N to 28/N cycles per sample
  const chirpCycles = (LENGTH * (14 * u + 7 * u * u)) / N;
  return Math.sin((2 * Math.PI * 8 * n) / N) + 0.8 * Math.sin(2 * Math.PI * chirpCycles);
}

/** |X[m, k]| in dB, scaled to 0..1 over the top 40 dB; row k = 0 is the lowest frequency. */
const GRID: number[][] = (() => {
  const db: number[][] = [];
  for (let m = 0; m < FRAMES; m++) {
    const col: number[] = [];
    for (let k = 0; k < BINS; k++) {
      let re = 0;
      let im = 0;
      for (let n = 0; n < N; n++) {
        const x = sample(m * HOP + n) * (0.54 - 0.46 * Math.cos((2 * Math.PI * n) / (N - 1)));
        re += x * Math.cos((2 * Math.PI * k * n) / N);
        im -= x * Math.sin((2 * Math.PI * k * n) / N);
      }
      col.push(20 * Math.log10(Math.hypot(re, im) + 1e-9));
    }
    db.push(col);
  }
  const max = Math.max(...db.flat());
  return db.map((col) => col.map((v) => Math.max(0, (v - (max - 40)) / 40)));
})();

const SHOWN = [3, 11, 19, 27];

export default defineDiagram({
  id: 'spectrogram-stacking',
  width: 460,
  height: 470,
  title: {
    ko: 'Spectrogram: frame마다의 spectrum을 시간 축으로 쌓기',
    en: 'Spectrogram: the spectra of successive frames stacked over time',
  },
  description: {
    ko: '각 frame의 FFT 크기 |X[m, k]|를 dB로 바꿔 세로 한 줄로 세우고, 이 줄들을 시간 순서대로 옆에 쌓으면 가로가 시간, 세로가 주파수인 이미지가 된다. 여기서는 일정한 음(수평선)과 올라가는 chirp(사선)이 보이며, 위상(phase)은 버리므로 spectrogram만으로는 원래 신호로 바로 되돌릴 수 없다.',
    en: 'Each frame’s FFT magnitude |X[m, k]| in dB becomes one column, and the columns placed side by side in time order form an image with time across and frequency up. Here a steady tone (horizontal line) and a rising chirp (diagonal) appear; the phase is discarded, so the spectrogram alone cannot be inverted directly.',
  },
  seedImages: ['Untitled 16.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const sx = 70;
    const sw = 360;
    const sy = 176;
    const sh = 170;
    const cw = sw / FRAMES;
    const ch = sh / BINS;
    const colX = (m: number) => sx + (m + 0.5) * cw;
    // one path per opacity level (tenths), equal neighbours along a row merged: keeps the static SVG small
    const levels = new Map<number, string>();
    for (let k = 0; k < BINS; k++) {
      let m = 0;
      while (m < FRAMES) {
        const level = Math.round((GRID[m]?.[k] ?? 0) * 10);
        let end = m + 1;
        while (end < FRAMES && Math.round((GRID[end]?.[k] ?? 0) * 10) === level) end++;
        if (level > 0)
          levels.set(
            level,
            (levels.get(level) ?? '') +
              `M${(sx + m * cw).toFixed(1)},${(sy + sh - (k + 1) * ch).toFixed(1)}h${((end - m) * cw).toFixed(1)}v${ch.toFixed(1)}h${(-(end - m) * cw).toFixed(1)}z`,
          );
        m = end;
      }
    }
    return (
      <g>
        <ArrowDefs />
        {/* single-frame spectra: magnitude to the right, frequency up */}
        {SHOWN.map((m) => {
          const cx = colX(m);
          const bh = 87 / BINS;
          return (
            <g key={m}>
              <Label x={cx} y={16} size={14}>{`frame ${m}`}</Label>
              <rect x={cx - 30} y={30} width={60} height={88} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1} />
              {(GRID[m] ?? []).map((v, k) => (
                <rect
                  key={k}
                  x={cx - 29}
                  y={(30 + 87 - (k + 1) * bh).toFixed(2)}
                  width={(v * 58).toFixed(1)}
                  height={bh.toFixed(2)}
                  fill="var(--d-stroke-4)"
                  shapeRendering="crispEdges"
                />
              ))}
              <Arrow points={[cx, 120, cx, sy - 4]} />
            </g>
          );
        })}
        {/* the stacked image */}
        <rect x={sx} y={sy} width={sw} height={sh} fill="var(--d-surface)" />
        {[...levels].map(([level, d]) => (
          <path key={level} d={d} fill="var(--d-stroke-4)" fillOpacity={level / 10} shapeRendering="crispEdges" />
        ))}
        {SHOWN.map((m) => (
          <rect key={m} x={sx + m * cw} y={sy} width={cw} height={sh} fill="none" stroke="var(--d-stroke-2)" strokeWidth={1.5} />
        ))}
        <rect x={sx} y={sy} width={sw} height={sh} fill="none" stroke="var(--d-line)" strokeWidth={1} />
        <Arrow points={[56, sy + sh, 56, sy + 4]} />
        <Label x={46} y={sy + 14} anchor="end" size={14} italic>
          f
        </Label>
        <Arrow points={[sx, sy + sh + 14, sx + sw, sy + sh + 14]} />
        <Label x={sx + sw} y={sy + sh + 30} anchor="end" size={13} muted>
          {ko ? '시간 (frame m) →' : 'time (frame m) →'}
        </Label>
        <Label x={sx + 6} y={sy + sh + 30} anchor="start" size={13} muted>
          {ko ? '색이 진할수록 큰 |X|' : 'stronger colour = larger |X|'}
        </Label>
        {/* what is kept and what is thrown away */}
        <rect x={12} y={402} width={436} height={58} rx={6} fill="var(--d-fill-5)" stroke="var(--d-stroke-5)" strokeWidth={1.5} />
        <Label x={230} y={420} size={14}>
          {ko ? '크기 |X[m, k]| → dB 로 저장' : 'kept: magnitude |X[m, k]| in dB'}
        </Label>
        <Label x={230} y={442} size={14}>
          {ko ? '위상 ∠X는 버림 → 바로 역변환 불가' : 'phase ∠X discarded → not directly invertible'}
        </Label>
      </g>
    );
  },
});
