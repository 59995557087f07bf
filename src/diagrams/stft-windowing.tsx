import { Arrow, ArrowDefs, Label } from './parts';
import { defineDiagram } from './types';

// A chirp over u ∈ [0, 1] (15 → 45 cycles), cut into 5 frames of length 1/3 with hop 1/6; frame m = 1 is followed down.
const chirp = (u: number) => Math.sin(2 * Math.PI * (15 * u + 15 * u * u));
const FRAME = 1 / 3;
const HOP = 1 / 6;
const M = 1;
const N = 64;

const hamming = (n: number) => 0.54 - 0.46 * Math.cos((2 * Math.PI * n) / (N - 1));
const hann = (n: number) => 0.5 - 0.5 * Math.cos((2 * Math.PI * n) / (N - 1));
const frame = Array.from({ length: N }, (_, n) => chirp(M * HOP + (n / (N - 1)) * FRAME));

/** |X(k)| in dB relative to its own peak, k from 0 to N/2 in steps of 1/8 bin (zero-padded DFT), floored at −70. */
function spectrumDb(window: (n: number) => number) {
  const mags: number[] = [];
  for (let i = 0; i <= (N / 2) * 8; i++) {
    const k = i / 8;
    let re = 0;
    let im = 0;
    for (let n = 0; n < N; n++) {
      const x = (frame[n] ?? 0) * window(n);
      re += x * Math.cos((2 * Math.PI * k * n) / N);
      im -= x * Math.sin((2 * Math.PI * k * n) / N);
    }
    mags.push(Math.hypot(re, im));
  }
  const peak = Math.max(...mags);
  return mags.map((m) => Math.max(-70, 20 * Math.log10(m / peak + 1e-12)));
}

const pts = (xs: readonly number[], ys: readonly number[]) => xs.map((x, i) => `${x.toFixed(1)},${(ys[i] ?? 0).toFixed(1)}`).join(' ');

export default defineDiagram({
  id: 'stft-windowing',
  width: 460,
  height: 518,
  title: {
    ko: 'STFT: 겹치는 frame마다 Hamming window를 곱하고 FFT',
    en: 'STFT: a Hamming window on each overlapping frame, then an FFT',
  },
  description: {
    ko: '신호를 길이 N의 frame으로 hop H만큼 옮겨 가며 겹치게 자르고, 각 frame에 Hamming window를 곱한 뒤 FFT한다. Hamming은 가장자리에서 0이 아니라 0.08이며(Hann은 0), frame 양 끝의 불연속을 줄여 rectangular보다 side-lobe(spectral leakage)가 훨씬 낮지만 main lobe는 넓어진다.',
    en: 'The signal is cut into overlapping frames of length N, each shifted by a hop H; each frame is multiplied by a Hamming window and transformed by an FFT. The Hamming window is 0.08 at its edges, not zero (Hann reaches zero); tapering the frame edges gives far lower side-lobes (spectral leakage) than a rectangular cut, at the cost of a wider main lobe.',
  },
  seedImages: ['Untitled 15.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const x0 = 20;
    const span = 420;
    const sig: string[] = [];
    for (let i = 0; i <= span; i++) sig.push(`${x0 + i},${(98 - 24 * chirp(i / span)).toFixed(1)}`);
    const plotX = (n: number) => 40 + (n / (N - 1)) * 380;
    const ns = Array.from({ length: N }, (_, n) => n);
    const xs = ns.map(plotX);
    const windowY = (v: number) => 240 - 60 * v;
    // the frame is drawn from the continuous chirp; the spectrum uses its N samples
    const fine = Array.from({ length: 241 }, (_, i) => chirp(M * HOP + (i / 240) * FRAME));
    const fineX = fine.map((_, i) => 40 + (i / 240) * 380);
    const frameY = (v: number) => 322 - 28 * v;
    const ham = spectrumDb(hamming);
    const rect = spectrumDb(() => 1);
    const kx = ham.map((_, i) => 40 + (i / 8 / (N / 2)) * 380);
    const dbY = (db: number) => 410 + (-db / 70) * 84;
    return (
      <g>
        <ArrowDefs />
        {/* the signal and its frames */}
        <Label x={x0} y={14} anchor="start" size={14} weight="bold">
          {ko ? '신호 x[n]과 frame들' : 'signal x[n] and its frames'}
        </Label>
        {[0, 1, 2, 3, 4].map((m) => {
          const a = x0 + m * 70;
          const y = m % 2 ? 58 : 44;
          const color = m === M ? 'var(--d-stroke-2)' : 'var(--d-muted)';
          return <path key={m} d={`M${a + 1},${y + 6} v-6 h138 v6`} fill="none" stroke={color} strokeWidth={m === M ? 2.5 : 1.5} />;
        })}
        <Label x={90} y={32} size={15} italic>
          N
        </Label>
        <Arrow points={[46, 58, x0 + 1, 58]} />
        <Arrow points={[64, 58, 89, 58]} />
        <Label x={55} y={58} size={15} italic>
          H
        </Label>
        <polyline points={sig.join(' ')} fill="none" stroke="var(--d-stroke-1)" strokeWidth={1.5} />
        <rect x={90} y={70} width={140} height={56} fill="var(--d-stroke-2)" fillOpacity={0.12} />
        {/* the window */}
        <Label x={x0} y={166} anchor="start" size={14} weight="bold">
          {ko ? '× Hamming window w[n]' : '× Hamming window w[n]'}
        </Label>
        <line x1={40} y1={240} x2={420} y2={240} stroke="var(--d-line)" strokeWidth={1} />
        <polyline
          points={pts(
            xs,
            ns.map((n) => windowY(hann(n))),
          )}
          fill="none"
          stroke="var(--d-muted)"
          strokeWidth={1.5}
          strokeDasharray="4 3"
        />
        <polyline
          points={pts(
            xs,
            ns.map((n) => windowY(hamming(n))),
          )}
          fill="none"
          stroke="var(--d-stroke-2)"
          strokeWidth={2.5}
        />
        <circle cx={40} cy={windowY(0.08)} r={3.5} fill="var(--d-stroke-2)" />
        <circle cx={420} cy={windowY(0.08)} r={3.5} fill="var(--d-stroke-2)" />
        <Label x={36} y={256} anchor="start" size={14} accent={2}>
          w[0] = 0.08
        </Label>
        <Label x={424} y={256} anchor="end" size={13} muted>
          {ko ? 'Hann (점선): 0' : 'Hann (dashed): 0'}
        </Label>
        {/* the windowed frame */}
        <Label x={x0} y={282} anchor="start" size={14} weight="bold" accent={2}>{`frame m = ${M} · w[n]`}</Label>
        <polyline points={pts(fineX, fine.map(frameY))} fill="none" stroke="var(--d-muted)" strokeWidth={1} strokeOpacity={0.6} />
        <polyline
          points={pts(
            fineX,
            fine.map((v, i) => frameY(v * hamming((i / 240) * (N - 1)))),
          )}
          fill="none"
          stroke="var(--d-stroke-1)"
          strokeWidth={1.8}
        />
        {/* its spectrum */}
        <Label x={x0} y={374} anchor="start" size={14} weight="bold">
          {'FFT → |X[m, k]| (dB)'}
        </Label>
        <line x1={40} y1={410} x2={40} y2={494} stroke="var(--d-line)" strokeWidth={1} />
        <line x1={40} y1={494} x2={420} y2={494} stroke="var(--d-line)" strokeWidth={1} />
        <Label x={36} y={412} anchor="end" size={13} muted>
          0
        </Label>
        <Label x={36} y={492} anchor="end" size={13} muted>
          −70
        </Label>
        <polyline points={pts(kx, rect.map(dbY))} fill="none" stroke="var(--d-muted)" strokeWidth={1.2} strokeDasharray="4 3" />
        <polyline points={pts(kx, ham.map(dbY))} fill="none" stroke="var(--d-stroke-2)" strokeWidth={2} />
        <Label x={440} y={374} anchor="end" size={14} accent={2}>
          {ko ? 'Hamming: leakage 작음' : 'Hamming: low leakage'}
        </Label>
        <Label x={440} y={392} anchor="end" size={13} muted>
          {ko ? 'rectangular (점선)' : 'rectangular (dashed)'}
        </Label>
        <Label x={420} y={508} anchor="end" size={13} muted>
          {ko ? '주파수 bin k →' : 'frequency bin k →'}
        </Label>
      </g>
    );
  },
});
