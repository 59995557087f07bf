import { Arrow, ArrowDefs, Box, Label } from './parts';
import { defineDiagram } from './types';

const COLS = 12;
const ROWS = 8;
const CELL = 9;

/** Toy spectrogram energies (0–1) of the two speakers: different harmonic rows, different syllable timing. */
const speaker1 = (c: number, r: number) => (r % 3 === 1 ? 1 : 0.08) * (c < 5 || (c > 6 && c < 11) ? 1 : 0.1);
const speaker2 = (c: number, r: number) => (r % 3 === 2 || r === 6 ? 0.9 : 0.06) * (c > 2 && c < 9 ? 1 : 0.15);

/**
 * A spectrogram-like grid; `energy` gives each cell's opacity, high frequencies on top. Cells are grouped
 * into a few opacity levels, one path per level, to keep the markup small.
 */
function Grid({ x, y, energy, color }: { x: number; y: number; energy: (c: number, r: number) => number; color: string }) {
  const LEVELS = 8;
  const paths = Array.from({ length: LEVELS }, () => '');
  for (let c = 0; c < COLS; c++) {
    for (let r = 0; r < ROWS; r++) {
      const level = Math.min(LEVELS - 1, Math.round(Math.min(1, energy(c, r)) * (LEVELS - 1)));
      paths[level] += `M${x + c * CELL},${y + (ROWS - 1 - r) * CELL}h${CELL}v${CELL}h-${CELL}z`;
    }
  }
  return (
    <g>
      {paths.map((d, i) => d && <path key={i} d={d} fill={color} fillOpacity={(0.05 + (0.85 * i) / (LEVELS - 1)).toFixed(2)} />)}
      <rect x={x} y={y} width={COLS * CELL} height={ROWS * CELL} fill="none" stroke="var(--d-line)" strokeWidth={1} />
    </g>
  );
}

function Face({ cx, cy, r, accent }: { cx: number; cy: number; r: number; accent: 1 | 3 }) {
  return (
    <g>
      <rect
        x={cx - r - 8}
        y={cy - r - 8}
        width={2 * r + 16}
        height={2 * r + 16}
        rx={4}
        fill="var(--d-surface)"
        stroke={`var(--d-stroke-${accent})`}
        strokeWidth={2}
      />
      <ellipse cx={cx} cy={cy} rx={r * 0.8} ry={r} fill={`var(--d-fill-${accent})`} stroke={`var(--d-stroke-${accent})`} strokeWidth={1.3} />
      <circle cx={cx - r * 0.3} cy={cy - r * 0.2} r={1.6} fill="var(--d-text)" />
      <circle cx={cx + r * 0.3} cy={cy - r * 0.2} r={1.6} fill="var(--d-text)" />
      <ellipse cx={cx} cy={cy + r * 0.45} rx={r * 0.22} ry={r * 0.14} fill="var(--d-text)" />
    </g>
  );
}

function Waveform({ x, y, w, h, color, seed }: { x: number; y: number; w: number; h: number; color: string; seed: number }) {
  const n = 100;
  const pts: string[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const envelope = Math.max(0, Math.sin(t * Math.PI * (2.5 + seed))) ** 0.8;
    pts.push(`${(x + t * w).toFixed(1)},${(y + h / 2 - envelope * Math.sin(i * (1.7 + seed * 0.6)) * (h / 2 - 2)).toFixed(1)}`);
  }
  return <polyline points={pts.join(' ')} fill="none" stroke={color} strokeWidth={1.3} />;
}

export default defineDiagram({
  id: 'speech-separation',
  width: 500,
  height: 600,
  title: {
    ko: 'Looking to Listen: 얼굴로 목소리를 골라 분리하기',
    en: 'Looking to Listen: using faces to pick out each voice',
  },
  description: {
    ko: '화자마다 얼굴에서 뽑은 face embedding과, 섞인 음성을 STFT한 spectrogram을 함께 넣으면 네트워크가 화자마다 하나의 complex mask를 낸다. mask를 섞인 spectrogram에 곱하고 inverse STFT를 하면 화자별 음성이 된다. 학습용 mixture는 깨끗한 음성 둘(과 noise)을 직접 더해 만들므로 정답을 알고, 깨끗한 spectrogram과 분리된 spectrogram(power-law로 압축한 것) 사이의 L2 loss로 학습한다.',
    en: 'A face embedding for each speaker and the STFT spectrogram of the mixed audio go into the network, which outputs one complex mask per speaker. Each mask multiplies the mixture spectrogram, and an inverse STFT gives that speaker’s voice. Training mixtures are made by adding two clean speech tracks (plus noise), so the clean answer is known, and an L2 loss between the clean and enhanced spectrograms (power-law compressed) trains the model.',
  },
  seedImages: ['Untitled 24.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const mix = (c: number, r: number) => speaker1(c, r) + speaker2(c, r);
    const masks = [(c: number, r: number) => speaker1(c, r) / mix(c, r), (c: number, r: number) => speaker2(c, r) / mix(c, r)];
    const sources = [speaker1, speaker2];
    const gw = COLS * CELL;
    const gh = ROWS * CELL;
    return (
      <g>
        <ArrowDefs />
        {/* inputs */}
        <Face cx={62} cy={52} r={24} accent={1} />
        <Face cx={146} cy={52} r={24} accent={3} />
        <Label x={104} y={106}>
          {ko ? '화자별 얼굴 (영상)' : 'each speaker’s face'}
        </Label>
        <rect x={290} y={22} width={180} height={60} rx={4} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
        <Waveform x={296} y={26} w={168} h={52} color="var(--d-text)" seed={1.3} />
        <Label x={380} y={106}>
          {ko ? '섞인 음성 y = s₁ + s₂ + noise' : 'mixture y = s₁ + s₂ + noise'}
        </Label>

        {/* encoders */}
        <Arrow points={[104, 116, 104, 134]} />
        <Box x={24} y={136} w={160} h={52} accent={2} label={ko ? ['face embedding', '(FaceNet) ×2'] : ['face embeddings', '(FaceNet) ×2']} />
        <Arrow points={[380, 116, 380, 138]} />
        <Label x={390} y={124} size={13} muted anchor="start">
          STFT
        </Label>
        <Grid x={380 - gw / 2} y={140} energy={mix} color="var(--d-text)" />
        <Label x={318} y={176} anchor="end">
          Y
        </Label>

        {/* fusion */}
        <Arrow points={[104, 188, 104, 228]} />
        <Arrow points={[380, 140 + gh, 380, 228]} />
        <Box x={60} y={230} w={380} h={42} accent={4} label={ko ? ['audio·visual fusion → BLSTM → FC'] : ['audio-visual fusion → BLSTM → FC']} />
        <Label x={250} y={288} size={13} muted>
          {ko ? '화자마다 complex mask 하나' : 'one complex mask per speaker'}
        </Label>

        {/* per-speaker mask, masked spectrogram, waveform */}
        {[0, 1].map((k) => {
          const y = 304 + k * 112;
          const accent = k === 0 ? 1 : 3;
          const color = `var(--d-stroke-${accent})`;
          const mask = masks[k] ?? speaker1;
          const source = sources[k] ?? speaker1;
          return (
            <g key={k}>
              <Grid x={20} y={y} energy={mask} color={color} />
              <Label x={20 + gw / 2} y={y + gh + 14} size={13}>{`M${k === 0 ? '₁' : '₂'}`}</Label>
              <Label x={20 + gw + 26} y={y + gh / 2} size={15}>
                ⊙ Y
              </Label>
              <Arrow points={[20 + gw + 46, y + gh / 2, 20 + gw + 62, y + gh / 2]} />
              <Grid x={20 + gw + 64} y={y} energy={source} color={color} />
              <Label x={20 + gw + 64 + gw / 2} y={y + gh + 14} size={13}>{`Ŝ${k === 0 ? '₁' : '₂'}`}</Label>
              <Arrow points={[2 * gw + 88, y + gh / 2, 2 * gw + 140, y + gh / 2]} />
              <Label x={2 * gw + 113} y={y + gh / 2 - 12} size={13} muted>
                iSTFT
              </Label>
              <rect x={2 * gw + 142} y={y + 8} width={120} height={gh - 16} rx={4} fill="var(--d-surface)" stroke={color} strokeWidth={1.5} />
              <Waveform x={2 * gw + 146} y={y + 10} w={112} h={gh - 20} color={color} seed={k * 0.7} />
              <Label x={2 * gw + 202} y={y + gh + 14} size={13}>
                {ko ? `화자 ${k + 1}의 음성` : `speaker ${k + 1}`}
              </Label>
            </g>
          );
        })}

        {/* training signal */}
        <Box x={20} y={528} w={460} h={34} accent={5} label={ko ? 'L2 loss: 깨끗한 S₁, S₂ vs 분리한 Ŝ₁, Ŝ₂' : 'L2 loss: clean S₁, S₂ vs enhanced Ŝ₁, Ŝ₂'} />
        <Label x={250} y={582} size={13} muted>
          {ko ? '깨끗한 음성을 직접 섞어 만들었으니 정답 S₁, S₂를 안다' : 'clean speech was mixed on purpose, so S₁, S₂ are known'}
        </Label>
      </g>
    );
  },
});
