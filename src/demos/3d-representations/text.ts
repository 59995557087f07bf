import type { Lang } from '../../content/types';
import { formatNumber } from '../shared/numberFormat';
import type { TextShape } from '../shared/textShape';
import type { Panel, ShapeId, Show } from './settings';

const n = (value: number) => formatNumber(value);
const deg = (value: number) => `${Math.round(value)}°`;
const fixed = (value: number, digits: number) => value.toFixed(digits).replace(/^-(0\.0*)$/, '$1');

/** 1,536 → "1.5 KiB"; below 1 KiB nothing (the exact count is shown anyway). */
function binary(bytes: number): string {
  if (bytes < 1024) return '';
  const [value, unit] = bytes < 1024 ** 2 ? [bytes / 1024, 'KiB'] : [bytes / 1024 ** 2, 'MiB'];
  return ` (${Number(value.toFixed(1))} ${unit})`;
}

export interface MeshStats {
  vertices: number;
  edges: number;
  faces: number;
  euler: number;
}

const eulerKo: Record<ShapeId, string> = { sphere: '구멍 없음', torus: '구멍 1개', chair: '닫힌 상자 6개, 하나에 2씩' };
const eulerEn: Record<ShapeId, string> = { sphere: 'no hole', torus: 'one hole', chair: '6 separate closed boxes, 2 each' };

/**
 * Every visible string, in Korean and English. Both tables have the one shape `RepresentationText`: a
 * string missing from either language, or left in one only, fails the type check.
 */
const ko = {
  title: '하나의 모양, 여러 3D 표현',
  shape: '모양 (Shape)',
  shapeName: { chair: '의자 (chair)', torus: '토러스 (torus)', sphere: '구 (sphere)' } satisfies Record<ShapeId, string>,
  shapeNoun: { chair: '의자', torus: '토러스', sphere: '구' } satisfies Record<ShapeId, string>,
  show: '보기 (Show)',
  showName: {
    all: '모두 나란히',
    mesh: 'Mesh',
    points: 'Point cloud',
    voxels: 'Voxel',
    depth: 'Depth map (2.5D)',
    views: 'Multi-view images',
    slice: 'Implicit function (SDF 단면)',
  } satisfies Record<Show, string>,
  pointCount: '점 개수 (Point count)',
  pointFormat: (count: number) => `${n(count)}개`,
  resolution: 'Voxel 해상도 (R)',
  resolutionFormat: (r: number) => `${r}³ = ${n(r ** 3)}칸`,
  yaw: '좌우 회전 (Yaw)',
  pitch: '위아래 기울기 (Pitch)',
  angleFormat: deg,
  sliceControl: '단면 위치 (Slice plane x)',
  sliceFormat: (x: number) => `x = ${fixed(x, 2)}`,
  panelTitle: {
    mesh: 'Mesh (vertex + 삼각형 face)',
    points: 'Point cloud (표면에서 뽑은 점)',
    voxels: 'Voxel grid (점유 격자)',
    depth: 'Depth map (2.5D, 현재 카메라)',
    views: 'Multi-view images (6개 시점)',
    slice: 'Implicit function: SDF 단면과 f = 0 등고선',
  } satisfies Record<Panel, string>,
  memoryMesh: (s: MeshStats, bytes: number, shape: ShapeId) =>
    `메모리: V × 12 + F × 12 = ${n(s.vertices)} × 12 + ${n(s.faces)} × 12 = ${n(bytes)} 바이트${binary(bytes)}. V − E + F = ${n(s.vertices)} − ${n(s.edges)} + ${n(s.faces)} = ${s.euler} (${eulerKo[shape]})`,
  memoryPoints: (count: number, bytes: number) => `메모리: N × 3 × 4 = ${n(count)} × 12 = ${n(bytes)} 바이트${binary(bytes)}`,
  memoryVoxels: (r: number, bytes: number, occupied: number) =>
    `메모리: R³ 비트 = ${r}³ = ${n(r ** 3)}칸 × 1비트 = ${n(bytes)} 바이트${binary(bytes)}; 칸당 1바이트면 ${n(r ** 3)} 바이트. 찬 칸 ${n(occupied)}개 (${fixed((100 * occupied) / r ** 3, 1)}%)`,
  memoryDepth: (w: number, h: number, bytes: number, hits: number) =>
    `메모리: W × H × 4 = ${w} × ${h} × 4 = ${n(bytes)} 바이트${binary(bytes)}, 모양과 무관. 표면에 닿은 픽셀 ${n(hits)}개`,
  memoryViews: (views: number, size: number, bytes: number) =>
    `메모리: 시점 수 × W × H = ${views} × ${size} × ${size} = ${n(bytes)} 바이트${binary(bytes)} (8비트 회색)`,
  memorySlice: (parameters: number, bytes: number, samples: number) =>
    `메모리: 식의 숫자 ${parameters}개 × 4 = ${n(bytes)} 바이트 (학습한 f_θ라면 네트워크 가중치). 이 그림은 f를 ${samples} × ${samples}점에서 물어본 것`,
  tradeOff: {
    mesh: '장점: 간결하고 바로 렌더링되며 topology가 드러납니다. 단점: 불규칙해서 격자 convolution을 못 쓰고, 생성하기 어렵습니다.',
    points: '장점: LiDAR와 depth 센서가 주는 형식이고 O(N)으로 가볍습니다. 단점: 순서도 연결도 없습니다.',
    voxels: '장점: 규칙적인 격자라 3D CNN을 쓸 수 있습니다. 단점: 메모리가 R³으로 늘고, R이 작으면 계단처럼 각집니다.',
    depth: '장점: RGB-D 센서가 바로 주고 2D 격자라 2D CNN에 맞습니다. 단점: 2.5D라 뒷면과 가려진 부분이 없습니다.',
    views: '장점: 사전학습한 2D CNN을 그대로 쓰고 세밀합니다. 단점: 명시적인 3D가 없고 시점을 골라야 합니다.',
    slice: '장점: 연속이라 해상도와 topology에 묶이지 않습니다. 단점: 그리거나 mesh로 바꾸려면 많은 점에서 물어봐야 합니다(marching cubes).',
  } satisfies Record<Panel, string>,
  rotation: (yaw: number, pitch: number) => `yaw ${deg(yaw)}, pitch ${deg(pitch)}`,
  describeMesh: (shape: ShapeId, s: MeshStats, rotation: string) =>
    `${shapeKo(shape)}의 mesh: vertex ${n(s.vertices)}개, 삼각형 ${n(s.faces)}개, 회전 ${rotation}.`,
  describePoints: (shape: ShapeId, count: number, rotation: string) => `${shapeKo(shape)}의 point cloud: 표면에서 뽑은 점 ${n(count)}개, 회전 ${rotation}.`,
  describeVoxels: (shape: ShapeId, r: number, occupied: number, rotation: string) =>
    `${shapeKo(shape)}의 voxel grid: ${r}³ 격자, 찬 칸 ${n(occupied)}개, 회전 ${rotation}.`,
  describeDepth: (shape: ShapeId, size: number, hits: number, rotation: string) =>
    `${shapeKo(shape)}의 depth map: ${size} × ${size} 픽셀, 회전 ${rotation}. 표면에 닿은 픽셀 ${n(hits)}개(가까울수록 밝은 노랑, 멀수록 어두운 보라), 나머지는 "닿지 않음".`,
  describeViews: (shape: ShapeId, azimuths: readonly number[], elevation: number, size: number) =>
    `${shapeKo(shape)}를 ${azimuths.map(deg).join(', ')} 방향, 높이 ${deg(elevation)}에서 본 회색 이미지 ${azimuths.length}장, 각 ${size} × ${size} 픽셀.`,
  describeSlice: (shape: ShapeId, x: number) =>
    `${shapeKo(shape)}의 signed distance function을 평면 x = ${fixed(x, 2)}에서 자른 단면: 색은 f 값(안쪽 음수, 바깥 양수), 선은 f = 0인 표면.`,
  depthLegend: (near: number, far: number) => [`가까움 Z = ${fixed(near, 2)}`, `멂 Z = ${fixed(far, 2)}`] as const,
  sliceLegend: ['f < 0 (안쪽)', 'f = 0 (표면)', 'f > 0 (바깥)'] as const,
  depthProbe: (col: number, row: number, z: number | null) => `픽셀 (${col}, ${row}): ${z === null ? '닿지 않음 (no hit)' : `Z = ${fixed(z, 3)}`}`,
  depthProbeIdle: 'depth map 위에 포인터를 올리면 그 픽셀의 깊이를 읽습니다.',
  azimuth: deg,
  noWebgl: '이 브라우저에서 WebGL을 쓸 수 없어 3D 보기를 그리지 못합니다. 아래 메모리 계산과 2D 보기(depth map, multi-view, 단면)는 그대로 동작합니다.',
  hint: '3D 보기를 드래그하거나, 클릭해 포커스를 준 뒤 화살표 키로 돌려 보세요(모든 보기와 depth map이 함께 돕니다). Voxel 해상도를 8에서 64로 올리면 두 배마다 메모리가 8배가 되고(R = 8에서는 얇은 좌판이 칸 중심 사이에 끼어 사라집니다), depth map을 돌려 보면 보이는 면만 담긴다는 것을 알 수 있습니다. 의자의 단면을 x = 0.45로 옮기면 다리가 잘립니다.',
};

export type RepresentationText = TextShape<typeof ko>;

export const representationText = {
  ko,
  en: {
    title: 'One shape, many 3D representations',
    shape: 'Shape',
    shapeName: { chair: 'Chair', torus: 'Torus', sphere: 'Sphere' } satisfies Record<ShapeId, string>,
    shapeNoun: { chair: 'chair', torus: 'torus', sphere: 'sphere' } satisfies Record<ShapeId, string>,
    show: 'Show',
    showName: {
      all: 'All side by side',
      mesh: 'Mesh',
      points: 'Point cloud',
      voxels: 'Voxels',
      depth: 'Depth map (2.5D)',
      views: 'Multi-view images',
      slice: 'Implicit function (SDF slice)',
    } satisfies Record<Show, string>,
    pointCount: 'Point count',
    pointFormat: (count: number) => `${n(count)} points`,
    resolution: 'Voxel resolution R',
    resolutionFormat: (r: number) => `${r}³ = ${n(r ** 3)} cells`,
    yaw: 'Turn (yaw)',
    pitch: 'Tilt (pitch)',
    angleFormat: deg,
    sliceControl: 'Slice plane x',
    sliceFormat: (x: number) => `x = ${fixed(x, 2)}`,
    panelTitle: {
      mesh: 'Mesh (vertices + triangle faces)',
      points: 'Point cloud (sampled on the surface)',
      voxels: 'Voxel grid (occupancy)',
      depth: 'Depth map (2.5D, current camera)',
      views: 'Multi-view images (6 views)',
      slice: 'Implicit function: SDF slice and its f = 0 contour',
    } satisfies Record<Panel, string>,
    memoryMesh: (s: MeshStats, bytes: number, shape: ShapeId) =>
      `Memory: V × 12 + F × 12 = ${n(s.vertices)} × 12 + ${n(s.faces)} × 12 = ${n(bytes)} bytes${binary(bytes)}. V − E + F = ${n(s.vertices)} − ${n(s.edges)} + ${n(s.faces)} = ${s.euler} (${eulerEn[shape]})`,
    memoryPoints: (count: number, bytes: number) => `Memory: N × 3 × 4 = ${n(count)} × 12 = ${n(bytes)} bytes${binary(bytes)}`,
    memoryVoxels: (r: number, bytes: number, occupied: number) =>
      `Memory: R³ bits = ${r}³ = ${n(r ** 3)} cells × 1 bit = ${n(bytes)} bytes${binary(bytes)}; ${n(r ** 3)} bytes at one byte a cell. ${n(occupied)} cells occupied (${fixed((100 * occupied) / r ** 3, 1)} %)`,
    memoryDepth: (w: number, h: number, bytes: number, hits: number) =>
      `Memory: W × H × 4 = ${w} × ${h} × 4 = ${n(bytes)} bytes${binary(bytes)}, whatever the shape. ${n(hits)} pixels hit the surface`,
    memoryViews: (views: number, size: number, bytes: number) =>
      `Memory: views × W × H = ${views} × ${size} × ${size} = ${n(bytes)} bytes${binary(bytes)} (8-bit grey)`,
    memorySlice: (parameters: number, bytes: number, samples: number) =>
      `Memory: the formula's ${parameters} number${parameters === 1 ? '' : 's'} × 4 = ${n(bytes)} bytes (a learned f_θ stores network weights instead). This picture queries f at ${samples} × ${samples} points`,
    tradeOff: {
      mesh: 'Good: compact, renders directly, topology explicit. Bad: irregular, so no grid convolution; hard to generate.',
      points: 'Good: what LiDAR and depth sensors give, light at O(N). Bad: no order and no connectivity.',
      voxels: 'Good: a regular grid, so 3D CNNs apply. Bad: memory grows as R³; blocky at low R.',
      depth: 'Good: straight from RGB-D sensors, a 2D grid for 2D CNNs. Bad: 2.5D, so the back and hidden parts are missing.',
      views: 'Good: reuses pre-trained 2D CNNs, fine detail. Bad: no explicit 3D; the views must be chosen.',
      slice: 'Good: continuous, free of resolution and topology limits. Bad: drawing or meshing it takes many queries (marching cubes).',
    } satisfies Record<Panel, string>,
    rotation: (yaw: number, pitch: number) => `yaw ${deg(yaw)}, pitch ${deg(pitch)}`,
    describeMesh: (shape: ShapeId, s: MeshStats, rotation: string) =>
      `Mesh of a ${shape}: ${n(s.vertices)} vertices, ${n(s.faces)} triangles, seen at ${rotation}.`,
    describePoints: (shape: ShapeId, count: number, rotation: string) =>
      `Point cloud of a ${shape}: ${n(count)} points sampled on the surface, seen at ${rotation}.`,
    describeVoxels: (shape: ShapeId, r: number, occupied: number, rotation: string) =>
      `Voxel grid of a ${shape}: ${r}³ cells, ${n(occupied)} occupied, seen at ${rotation}.`,
    describeDepth: (shape: ShapeId, size: number, hits: number, rotation: string) =>
      `Depth map of a ${shape}, ${size} × ${size} pixels, seen at ${rotation}: ${n(hits)} pixels hit the surface (near = bright yellow, far = dark purple); the rest read no hit.`,
    describeViews: (shape: ShapeId, azimuths: readonly number[], elevation: number, size: number) =>
      `${azimuths.length} grey images of a ${shape} from azimuths ${azimuths.map(deg).join(', ')} at ${deg(elevation)} elevation, ${size} × ${size} pixels each.`,
    describeSlice: (shape: ShapeId, x: number) =>
      `Slice of the ${shape}'s signed distance function on the plane x = ${fixed(x, 2)}: colour is the value f (negative inside, positive outside); the line is f = 0, the surface.`,
    depthLegend: (near: number, far: number) => [`near Z = ${fixed(near, 2)}`, `far Z = ${fixed(far, 2)}`] as const,
    sliceLegend: ['f < 0 (inside)', 'f = 0 (surface)', 'f > 0 (outside)'] as const,
    depthProbe: (col: number, row: number, z: number | null) => `Pixel (${col}, ${row}): ${z === null ? 'no hit' : `Z = ${fixed(z, 3)}`}`,
    depthProbeIdle: 'Point at the depth map to read a pixel’s depth.',
    azimuth: deg,
    noWebgl:
      'WebGL is not available in this browser, so the 3D views cannot be drawn. The memory figures and the 2D views (depth map, multi-view, slice) still work.',
    hint: 'Drag a 3D view, or click it and use the arrow keys, to turn the object: every view and the depth map follow. Raise the voxel resolution from 8 to 64 and the memory grows 8× per doubling (at R = 8 the thin seat falls between cell centres and vanishes); turn the depth map’s camera and see that only the visible side is stored. Move the chair’s slice to x = 0.45 to cut through its legs.',
  } satisfies RepresentationText,
} satisfies Record<Lang, RepresentationText>;

function shapeKo(shape: ShapeId): string {
  return representationText.ko.shapeNoun[shape];
}
