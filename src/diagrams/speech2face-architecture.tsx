import { Arrow, ArrowDefs, Box, Label } from './parts';
import { defineDiagram, type Lang } from './types';

/** A small spectrogram: cell intensity follows a few drifting harmonic bands, so it reads as speech. */
function Spectrogram({ x, y, cols = 12, rows = 6, cell = 11 }: { x: number; y: number; cols?: number; rows?: number; cell?: number }) {
  const cells = [];
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      const band = Math.abs(Math.sin((r + 1) * 0.9 + c * 0.45));
      const envelope = 0.5 + 0.5 * Math.sin(c * 0.8);
      const opacity = 0.12 + 0.75 * band * envelope * (1 - r / (rows + 2));
      cells.push(
        <rect key={`${c}-${r}`} x={x + c * cell} y={y + r * cell} width={cell} height={cell} fill="var(--d-stroke-4)" fillOpacity={opacity.toFixed(2)} />,
      );
    }
  }
  return (
    <g>
      {cells}
      <rect x={x} y={y} width={cols * cell} height={rows * cell} fill="none" stroke="var(--d-line)" strokeWidth={1} />
    </g>
  );
}

/** A schematic face; `turn` shifts the features sideways (a face seen at an angle), `smile` curves the mouth. */
function Face({ cx, cy, r, turn = 0, smile = false }: { cx: number; cy: number; r: number; turn?: number; smile?: boolean }) {
  const fx = cx + turn * r;
  return (
    <g fill="none" stroke="var(--d-text)" strokeWidth={1.5}>
      <ellipse cx={cx} cy={cy} rx={r * 0.82} ry={r} fill="var(--d-fill-2)" stroke="var(--d-stroke-2)" />
      <circle cx={fx - r * 0.3} cy={cy - r * 0.2} r={r * 0.08} fill="var(--d-text)" />
      <circle cx={fx + r * 0.3} cy={cy - r * 0.2} r={r * 0.08} fill="var(--d-text)" />
      <path d={`M${fx},${cy - r * 0.05} L${fx - r * 0.06},${cy + r * 0.22}`} />
      {smile ? (
        <path d={`M${fx - r * 0.28},${cy + r * 0.42} Q${fx},${cy + r * 0.62} ${fx + r * 0.28},${cy + r * 0.42}`} />
      ) : (
        <path d={`M${fx - r * 0.25},${cy + r * 0.48} L${fx + r * 0.25},${cy + r * 0.48}`} />
      )}
    </g>
  );
}

/** A feature vector drawn as a strip of cells. */
function Vector({ x, y, n = 7, cell = 14, accent }: { x: number; y: number; n?: number; cell?: number; accent: 1 | 2 }) {
  return (
    <g>
      {Array.from({ length: n }, (_, i) => (
        <rect key={i} x={x + i * cell} y={y} width={cell} height={cell} fill={`var(--d-fill-${accent})`} stroke={`var(--d-stroke-${accent})`} strokeWidth={1} />
      ))}
    </g>
  );
}

const text = (lang: Lang) =>
  lang === 'ko'
    ? {
        voice: '음성 spectrogram',
        frame: '영상 속 얼굴',
        encoder: ['Voice encoder', '(학습)'],
        vgg: ['VGG-Face', '(사전학습·고정)'],
        decoder: ['Face decoder', '(사전학습·고정)'],
        vs: '음성 → 얼굴 feature',
        vf: '목표 feature',
        loss: 'loss',
        out: ['canonical face', '정면·무표정'],
        notes: [
          '학습되는 것은',
          'voice encoder뿐',
          '',
          'VGG-Face 경로는',
          '학습 때만 쓰인다',
          '',
          '나이·성별 같은 속성을',
          '담지만 신원(identity)은',
          '복원하지 않는다',
        ],
      }
    : {
        voice: 'voice spectrogram',
        frame: 'face in the video',
        encoder: ['Voice encoder', '(trained)'],
        vgg: ['VGG-Face', '(pre-trained, frozen)'],
        decoder: ['Face decoder', '(pre-trained, frozen)'],
        vs: 'predicted face feature',
        vf: 'target feature',
        loss: 'loss',
        out: ['canonical face', 'frontal, neutral'],
        notes: [
          'Only the voice encoder',
          'is trained',
          '',
          'The VGG-Face path is',
          'used only in training',
          '',
          'It captures attributes',
          'such as age and gender,',
          'not identity',
        ],
      };

export default defineDiagram({
  id: 'speech2face-architecture',
  width: 440,
  height: 470,
  title: {
    ko: 'Speech2Face: 음성으로 얼굴 feature를 예측',
    en: 'Speech2Face: predicting a face feature from a voice',
  },
  description: {
    ko: '학습되는 voice encoder가 음성 spectrogram에서 얼굴 feature를 예측하고, 같은 영상 속 얼굴을 고정된 VGG-Face에 넣어 얻은 feature가 목표가 되어 둘 사이의 loss로 학습한다. 고정된 face decoder는 예측한 feature를 정면·무표정의 canonical face로 그려 내며, 이는 나이·성별 같은 속성을 담을 뿐 그 사람의 신원을 복원하지 않는다.',
    en: 'The trained voice encoder predicts a face feature from a voice spectrogram; the target is the feature that a frozen VGG-Face gives for the face in the same video, and a loss between the two trains the encoder. A frozen face decoder renders the predicted feature as a canonical frontal, neutral face, which carries attributes such as age and gender but does not recover the speaker’s identity.',
  },
  seedImages: ['Untitled 19.png'],
  render: (lang) => {
    const t = text(lang);
    const L = 115; // centre of the voice column
    const R = 325; // centre of the face column
    return (
      <g>
        <ArrowDefs />
        {/* inputs */}
        <Spectrogram x={L - 66} y={20} />
        <Label x={L} y={100}>
          {t.voice}
        </Label>
        <rect x={R - 50} y={14} width={100} height={74} rx={4} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
        <Face cx={R} cy={52} r={28} turn={0.25} smile />
        <Label x={R} y={100}>
          {t.frame}
        </Label>

        {/* encoders */}
        <Arrow points={[L, 112, L, 128]} />
        <Arrow points={[R, 112, R, 128]} />
        <Box x={L - 85} y={130} w={170} h={52} accent={1} label={t.encoder} />
        <Box x={R - 95} y={130} w={190} h={52} accent={0} label={t.vgg} />

        {/* features and loss */}
        <Arrow points={[L, 182, L, 204]} />
        <Arrow points={[R, 182, R, 204]} />
        <Vector x={L - 49} y={206} accent={1} />
        <Vector x={R - 49} y={206} accent={2} />
        <Label x={L} y={236} size={13} muted>
          {t.vs}
        </Label>
        <Label x={R} y={236} size={13} muted>
          {t.vf}
        </Label>
        <Box x={190} y={200} w={60} h={26} accent={5} label={t.loss} />
        <Arrow points={[L + 51, 213, 188, 213]} />
        <Arrow points={[R - 51, 213, 252, 213]} />

        {/* decoding */}
        <Arrow points={[L, 248, L, 268]} />
        <Box x={L - 95} y={270} w={190} h={52} accent={0} label={t.decoder} />
        <Arrow points={[L, 322, L, 342]} />
        <Face cx={L} cy={380} r={32} />
        <Label x={L} y={432}>
          {t.out[0]}
        </Label>
        <Label x={L} y={452} size={13} muted>
          {t.out[1]}
        </Label>

        {/* notes */}
        {t.notes.map((line, i) => {
          // a blank entry separates paragraphs with half a line of space
          const gaps = t.notes.slice(0, i).filter((l) => l === '').length;
          return (
            <Label key={i} x={R - 90} y={272 + (i - gaps) * 19 + gaps * 10} anchor="start" accent={i < 2 ? 1 : 0} muted={i >= 2}>
              {line}
            </Label>
          );
        })}
      </g>
    );
  },
});
