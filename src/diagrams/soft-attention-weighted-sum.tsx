import { Arrow, ArrowDefs, Label, Tex } from './parts';
import { defineDiagram } from './types';

// Four of the L = 196 annotation vectors (5 channels shown) and their attention scores.
const FEATURES = [
  [0.3, 0.8, 0.2, 0.6, 0.4],
  [0.9, 0.3, 0.7, 0.2, 0.8],
  [0.5, 0.6, 0.9, 0.4, 0.2],
  [0.2, 0.4, 0.3, 0.9, 0.6],
];
const SCORES = [0.2, 2.0, 0.9, 0.5];
const EXP = SCORES.map((e) => Math.exp(e));
const ALPHA = EXP.map((e) => e / EXP.reduce((s, v) => s + v, 0));
const CONTEXT = [0, 1, 2, 3, 4].map((c) => FEATURES.reduce((s, f, i) => s + (ALPHA[i] ?? 0) * (f[c] ?? 0), 0));

const CELL = 12;

/** A feature vector as a column of cells whose shade is the value; `scale` dims it (α · a). */
function Vector({ cx, y, values, scale = 1, accent = 1 }: { cx: number; y: number; values: readonly number[]; scale?: number; accent?: 1 | 3 }) {
  return (
    <g>
      {values.map((v, c) => (
        <g key={c}>
          <rect x={cx - 9} y={y + c * CELL} width={18} height={CELL} fill="var(--d-surface)" />
          <rect
            x={cx - 9}
            y={y + c * CELL}
            width={18}
            height={CELL}
            fill={`var(--d-stroke-${accent})`}
            fillOpacity={(v * scale * 0.9).toFixed(2)}
            stroke={`var(--d-stroke-${accent})`}
            strokeWidth={1}
          />
        </g>
      ))}
    </g>
  );
}

export default defineDiagram({
  id: 'soft-attention-weighted-sum',
  width: 460,
  height: 450,
  title: {
    ko: 'Soft attention: softmax 가중치로 feature를 가중합',
    en: 'Soft attention: a softmax-weighted sum of features',
  },
  description: {
    ko: '각 위치의 feature 벡터 a_i와 이전 hidden state h_{t−1}로 점수 e_i를 계산하고, softmax로 합이 1인 가중치 α_i를 만든다. context 벡터 z_t는 α_i a_i를 모두 더한 가중합이며, 가중치가 큰 위치(여기서는 a_2, α = 0.58)가 z_t를 주도한다.',
    en: 'A score e_i is computed from each location’s feature vector a_i and the previous hidden state h_{t−1}; a softmax turns the scores into weights α_i that sum to 1. The context vector z_t is the weighted sum of α_i a_i, dominated by the location with the largest weight (here a_2, α = 0.58).',
  },
  seedImages: ['Untitled 9.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const cols = [170, 240, 310, 380];
    const barTop = 210;
    const barH = 60;
    return (
      <g>
        <ArrowDefs />
        {/* row labels */}
        <Label x={12} y={50} anchor="start" size={14} muted>
          {ko ? 'feature' : 'features'}
        </Label>
        <Tex x={12} y={72} anchor="start" size={15}>
          {'a_{i}'}
        </Tex>
        <Label x={12} y={146} anchor="start" size={14} muted>
          {ko ? '점수' : 'score'}
        </Label>
        <Tex x={12} y={168} anchor="start" size={15}>
          {'e_{i}'}
        </Tex>
        <Label x={12} y={236} anchor="start" size={14} muted>
          softmax
        </Label>
        <Tex x={12} y={258} anchor="start" size={15}>
          {'α_{i}'}
        </Tex>
        <Label x={12} y={312} anchor="start" size={14} muted>
          {ko ? '가중' : 'weighted'}
        </Label>
        <Tex x={12} y={334} anchor="start" size={15}>
          {'α_{i} a_{i}'}
        </Tex>
        {cols.map((cx, i) => {
          const alpha = ALPHA[i] ?? 0;
          const h = (alpha / Math.max(...ALPHA)) * barH;
          return (
            <g key={i}>
              <Vector cx={cx} y={30} values={FEATURES[i] ?? []} />
              <Tex x={cx} y={102} size={15}>{`a_{${i + 1}}`}</Tex>
              <Label x={cx} y={166} size={15}>
                {(SCORES[i] ?? 0).toFixed(1)}
              </Label>
              <rect x={cx - 14} y={barTop + barH - h} width={28} height={h} fill="var(--d-fill-2)" stroke="var(--d-stroke-2)" strokeWidth={1.5} />
              <Label x={cx} y={barTop + barH - h - 11} size={14}>
                {alpha.toFixed(2)}
              </Label>
              <Vector cx={cx} y={294} values={FEATURES[i] ?? []} scale={alpha / Math.max(...ALPHA)} />
              <Arrow points={[cx, 356, 260 + (cx - 275) * 0.25, 384]} />
            </g>
          );
        })}
        <Label x={430} y={60} size={15}>
          …
        </Label>
        <Label x={430} y={102} size={13} muted>
          L = 196
        </Label>
        <Tex x={275} y={128} muted size={14}>
          {'e_{i} = f_{att}(a_{i}, h_{t−1})'}
        </Tex>
        <line x1={150} y1={barTop + barH} x2={400} y2={barTop + barH} stroke="var(--d-line)" strokeWidth={1} />
        <Label x={430} y={barTop + 40} size={14} muted>
          Σ = 1
        </Label>
        <circle cx={260} cy={402} r={17} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
        <Label x={260} y={402} size={17}>
          Σ
        </Label>
        <Arrow points={[277, 402, 326, 402]} />
        <Vector cx={345} y={372} values={CONTEXT} accent={3} />
        <Tex x={364} y={402} anchor="start" size={15}>
          {'z_{t}'}
        </Tex>
        <Tex x={225} y={436} anchor="middle" size={15}>
          {'z_{t} = Σ_{i} α_{i} a_{i}'}
        </Tex>
      </g>
    );
  },
});
