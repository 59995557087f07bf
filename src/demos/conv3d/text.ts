import type { Lang } from '../../content/types';
import { formatNumber } from '../shared/numberFormat';
import type { TextShape } from '../shared/textShape';
import type { KernelId, ShapeId } from './conv3d';

const number = (value: number) => formatNumber(value);
const signed = (value: number) => (Math.abs(value) < 5e-13 ? '0' : value.toFixed(3).replace('-', '−'));

/**
 * Every visible string, in Korean and English. Both tables have the one shape `Conv3dText`: a
 * string missing from either language, or left in one only, fails the type check.
 */
const ko = {
  title: '3D convolution: voxel 격자를 지나가는 커널',
  shape: '입력 모양 (shape)',
  shapeName: { chair: '의자', sphere: '구', cube: '정육면체', dot: '점 하나' } satisfies Record<ShapeId, string>,
  kernel: '커널 (kernel) 3×3×3',
  kernelName: { average: '평균', 'grad-x': '∂/∂x', 'grad-y': '∂/∂y (위아래)', 'grad-z': '∂/∂z', laplacian: 'Laplacian' } satisfies Record<KernelId, string>,
  padding: '패딩 (padding) P',
  stride: '보폭 (stride) S',
  position: '출력 위치 (position)',
  positionValue: (x: number, y: number, z: number, position: number, count: number) => `(${x}, ${y}, ${z}) · ${position + 1}/${count}`,
  previous: '이전 위치',
  next: '다음 위치',
  play: '재생',
  pause: '멈춤',
  inputTitle: (d: number, p: number) => `입력 ${d}³${p > 0 ? ` (패딩 포함 ${d + 2 * p}³)` : ''}`,
  receptiveField: '■ receptive field',
  outputTitle: (o: number) => `출력 ${o}³ (값 = 색)`,
  inputDescription: (shape: string, d: number, p: number, x: number, y: number, z: number, occupied: number) =>
    `${d}×${d}×${d} voxel 격자의 ${shape}, 등각 투상. 패딩 ${p}. 3×3×3 receptive field는 입력 좌표 x ${x}–${x + 2}, y ${y}–${y + 2}, z ${z}–${z + 2}에 있고 그 안에 채워진 voxel ${occupied}개.`,
  outputDescription: (o: number, computed: number, x: number, y: number, z: number, value: number) =>
    `출력 ${o}×${o}×${o}, 등각 투상, 값을 viridis 색으로. 앞의 ${computed}개 위치까지 계산됨. 현재 위치 (${x}, ${y}, ${z})의 값 ${signed(value)}.`,
  kernelTable: (scale: string) => `커널 W (× ${scale})`,
  patchTable: '입력 조각 X (· = 패딩의 0)',
  layer: (j: number) => `j = ${j}${j === 0 ? ' (아래)' : j === 2 ? ' (위)' : ''}`,
  tableCaption: '행 = z (위가 뒤쪽), 열 = x',
  dot: (integerSum: number, scale: string, value: number) => `Y = Σ W·X = ${scale} × ${String(integerSum).replace('-', '−')} = ${signed(value)}`,
  size: (d: number, p: number, k: number, s: number, o: number) => `O = ⌊(D + 2P − K)/S⌋ + 1 = ⌊(${d} + 2·${p} − ${k})/${s}⌋ + 1 = ${o} → 출력 ${o}×${o}×${o}`,
  cost: (o: number, k: number, per3: number, per2: number, total3: number, total2: number) =>
    `곱셈-덧셈 (C_in = 1): 출력 하나에 3D는 K³·C_in = ${per3}, 2D는 K²·C_in = ${per2}. 전체는 3D ${o}³ × ${per3} = ${number(total3)}, 같은 크기의 2D ${o}² × ${per2} = ${number(total2)} (${o}·${k} = ${number(total3 / Math.max(1, total2))}배).`,
  hint: '위치를 움직이거나 재생해 커널이 격자를 훑는 모습을 보세요. 패딩을 0으로 하면 출력이 줄고, 보폭 2는 한 축마다 절반만 계산합니다. 점 하나에 커널을 걸면 출력에 커널 자체(impulse response)가 나타나고, 기울기 커널과 Laplacian은 표면에서만 0이 아닙니다.',
};

export type Conv3dText = TextShape<typeof ko>;

export const conv3dText = {
  ko,
  en: {
    title: '3D convolution: a kernel sliding through a voxel grid',
    shape: 'Input shape',
    shapeName: { chair: 'Chair', sphere: 'Sphere', cube: 'Cube', dot: 'Single voxel' } satisfies Record<ShapeId, string>,
    kernel: 'Kernel 3×3×3',
    kernelName: { average: 'Average', 'grad-x': '∂/∂x', 'grad-y': '∂/∂y (vertical)', 'grad-z': '∂/∂z', laplacian: 'Laplacian' } satisfies Record<
      KernelId,
      string
    >,
    padding: 'Padding P',
    stride: 'Stride S',
    position: 'Output position',
    positionValue: (x: number, y: number, z: number, position: number, count: number) => `(${x}, ${y}, ${z}) · ${position + 1}/${count}`,
    previous: 'Previous position',
    next: 'Next position',
    play: 'Play',
    pause: 'Pause',
    inputTitle: (d: number, p: number) => `Input ${d}³${p > 0 ? ` (${d + 2 * p}³ with padding)` : ''}`,
    receptiveField: '■ receptive field',
    outputTitle: (o: number) => `Output ${o}³ (colour = value)`,
    inputDescription: (shape: string, d: number, p: number, x: number, y: number, z: number, occupied: number) =>
      `${shape} on a ${d} × ${d} × ${d} voxel grid, isometric view, padding ${p}. The 3 × 3 × 3 receptive field covers input x ${x}–${x + 2}, y ${y}–${y + 2}, z ${z}–${z + 2} and holds ${occupied} filled voxels.`,
    outputDescription: (o: number, computed: number, x: number, y: number, z: number, value: number) =>
      `Output ${o} × ${o} × ${o}, isometric view, values in viridis colours, computed for the first ${computed} positions. Current position (${x}, ${y}, ${z}) has value ${signed(value)}.`,
    kernelTable: (scale: string) => `Kernel W (× ${scale})`,
    patchTable: 'Input patch X (· = zero padding)',
    layer: (j: number) => `j = ${j}${j === 0 ? ' (bottom)' : j === 2 ? ' (top)' : ''}`,
    tableCaption: 'rows = z (top row at the back), columns = x',
    dot: (integerSum: number, scale: string, value: number) => `Y = Σ W·X = ${scale} × ${String(integerSum).replace('-', '−')} = ${signed(value)}`,
    size: (d: number, p: number, k: number, s: number, o: number) =>
      `O = ⌊(D + 2P − K)/S⌋ + 1 = ⌊(${d} + 2·${p} − ${k})/${s}⌋ + 1 = ${o} → output ${o}×${o}×${o}`,
    cost: (o: number, k: number, per3: number, per2: number, total3: number, total2: number) =>
      `Multiply-adds (C_in = 1): per output, 3D needs K³·C_in = ${per3} and 2D K²·C_in = ${per2}. In total 3D needs ${o}³ × ${per3} = ${number(total3)}, a 2D layer of the same size ${o}² × ${per2} = ${number(total2)} (${o}·${k} = ${number(total3 / Math.max(1, total2))} times more).`,
    hint: 'Move the position or press Play to watch the kernel scan the grid. Padding 0 shrinks the output; stride 2 computes every other position along each axis. A single voxel returns the kernel itself (its impulse response); the gradient and Laplacian kernels are non-zero only at surfaces.',
  } satisfies Conv3dText,
} satisfies Record<Lang, Conv3dText>;
