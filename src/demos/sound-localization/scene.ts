/**
 * The drawn frame: a 320 × 240 outdoor scene made of simple shapes. The same shapes are used to
 * paint the picture and to decide which object each point belongs to, so the grid features (and
 * therefore the heat map) line up exactly with what the reader sees. Pure; no DOM.
 */

export const SCENE_WIDTH = 320;
export const SCENE_HEIGHT = 240;
export const GRID_COLUMNS = 16;
export const GRID_ROWS = 12;
export const CELL_COUNT = GRID_COLUMNS * GRID_ROWS;

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number; angle?: number }
  | { kind: 'polygon'; points: readonly (readonly [number, number])[] };

export type Part = Shape & { fill: string };

/** The sounding objects, then the silent scenery. */
export const SOURCES = ['dog', 'car', 'guitar', 'bird'] as const;
export type SourceId = (typeof SOURCES)[number];
export const LABELS = ['sky', 'grass', 'road', 'tree', ...SOURCES] as const;
export type Label = (typeof LABELS)[number];

export interface SceneObject {
  label: Label;
  parts: readonly Part[];
}

const FUR = '#b7793f';
const FUR_DARK = '#7a4b22';
const WOOD = '#c9873a';

/** Back to front: a later object covers an earlier one. */
export const SCENE: readonly SceneObject[] = [
  { label: 'sky', parts: [{ kind: 'rect', x: 0, y: 0, w: 320, h: 132, fill: '#9fd0f0' }] },
  { label: 'grass', parts: [{ kind: 'rect', x: 0, y: 130, w: 320, h: 110, fill: '#7fbf5a' }] },
  {
    label: 'road',
    parts: [
      {
        kind: 'polygon',
        points: [
          [170, 132],
          [200, 132],
          [320, 200],
          [320, 240],
          [250, 240],
        ],
        fill: '#8a8d91',
      },
    ],
  },
  {
    label: 'tree',
    parts: [
      { kind: 'rect', x: 30, y: 70, w: 16, h: 80, fill: '#7b5a3a' },
      { kind: 'ellipse', cx: 38, cy: 52, rx: 36, ry: 34, fill: '#3f8f3a' },
      { kind: 'ellipse', cx: 62, cy: 72, rx: 22, ry: 20, fill: '#4c9f45' },
    ],
  },
  {
    label: 'dog',
    parts: [
      { kind: 'rect', x: 62, y: 178, w: 7, h: 26, fill: FUR_DARK },
      { kind: 'rect', x: 76, y: 180, w: 7, h: 25, fill: FUR_DARK },
      { kind: 'rect', x: 104, y: 180, w: 7, h: 25, fill: FUR_DARK },
      { kind: 'rect', x: 116, y: 178, w: 7, h: 26, fill: FUR_DARK },
      { kind: 'ellipse', cx: 58, cy: 164, rx: 12, ry: 4, angle: -0.7, fill: FUR },
      { kind: 'ellipse', cx: 92, cy: 172, rx: 34, ry: 15, fill: FUR },
      { kind: 'ellipse', cx: 130, cy: 152, rx: 14, ry: 12, fill: FUR },
      { kind: 'ellipse', cx: 143, cy: 157, rx: 9, ry: 6, fill: FUR },
      { kind: 'ellipse', cx: 123, cy: 150, rx: 5, ry: 10, angle: 0.35, fill: FUR_DARK },
      { kind: 'ellipse', cx: 134, cy: 148, rx: 2.2, ry: 2.2, fill: '#1b1b1b' },
      { kind: 'ellipse', cx: 151, cy: 155, rx: 3, ry: 2.5, fill: '#1b1b1b' },
    ],
  },
  {
    label: 'guitar',
    parts: [
      {
        kind: 'polygon',
        points: [
          [176, 58],
          [183, 58],
          [184, 130],
          [175, 130],
        ],
        fill: '#5b3a1e',
      },
      { kind: 'rect', x: 172, y: 44, w: 15, h: 16, fill: '#3d2714' },
      { kind: 'ellipse', cx: 180, cy: 143, rx: 17, ry: 16, fill: WOOD },
      { kind: 'ellipse', cx: 180, cy: 178, rx: 23, ry: 24, fill: WOOD },
      { kind: 'ellipse', cx: 180, cy: 152, rx: 6, ry: 6, fill: '#3d2714' },
      { kind: 'rect', x: 171, y: 186, w: 18, h: 5, fill: '#3d2714' },
    ],
  },
  {
    label: 'car',
    parts: [
      {
        kind: 'polygon',
        points: [
          [236, 168],
          [248, 146],
          [286, 146],
          [300, 168],
        ],
        fill: '#a8d4ff',
      },
      { kind: 'rect', x: 218, y: 166, w: 96, h: 26, fill: '#d2362c' },
      { kind: 'ellipse', cx: 240, cy: 194, rx: 11, ry: 11, fill: '#222326' },
      { kind: 'ellipse', cx: 294, cy: 194, rx: 11, ry: 11, fill: '#222326' },
      { kind: 'ellipse', cx: 240, cy: 194, rx: 4.5, ry: 4.5, fill: '#c8c8c8' },
      { kind: 'ellipse', cx: 294, cy: 194, rx: 4.5, ry: 4.5, fill: '#c8c8c8' },
      { kind: 'rect', x: 309, y: 172, w: 5, h: 6, fill: '#ffe27a' },
    ],
  },
  {
    label: 'bird',
    parts: [
      { kind: 'ellipse', cx: 262, cy: 52, rx: 16, ry: 9, angle: -0.15, fill: '#f2c230' },
      {
        kind: 'polygon',
        points: [
          [248, 54],
          [234, 46],
          [236, 60],
        ],
        fill: '#d9a520',
      },
      { kind: 'ellipse', cx: 279, cy: 44, rx: 8, ry: 8, fill: '#f2c230' },
      {
        kind: 'polygon',
        points: [
          [286, 42],
          [295, 45],
          [286, 48],
        ],
        fill: '#e06a1b',
      },
      { kind: 'ellipse', cx: 258, cy: 44, rx: 11, ry: 5, angle: -0.8, fill: '#d9a520' },
      { kind: 'ellipse', cx: 281, cy: 42, rx: 1.6, ry: 1.6, fill: '#1b1b1b' },
    ],
  },
];

export function insideShape(shape: Shape, x: number, y: number): boolean {
  switch (shape.kind) {
    case 'rect':
      return x >= shape.x && x <= shape.x + shape.w && y >= shape.y && y <= shape.y + shape.h;
    case 'ellipse': {
      const angle = shape.angle ?? 0;
      const dx = x - shape.cx;
      const dy = y - shape.cy;
      const u = dx * Math.cos(angle) + dy * Math.sin(angle);
      const v = -dx * Math.sin(angle) + dy * Math.cos(angle);
      return (u / shape.rx) ** 2 + (v / shape.ry) ** 2 <= 1;
    }
    case 'polygon': {
      // even–odd ray casting
      let inside = false;
      const points = shape.points;
      for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
        const [xi, yi] = points[i]!;
        const [xj, yj] = points[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
    }
  }
}

/** The label of the frontmost object at a point of the scene. */
export function labelAt(x: number, y: number, scene: readonly SceneObject[] = SCENE): Label {
  for (let i = scene.length - 1; i >= 0; i--) {
    const object = scene[i]!;
    if (object.parts.some((part) => insideShape(part, x, y))) return object.label;
  }
  return 'sky';
}

/** Samples per cell side when measuring how much of a cell each label covers. */
const SAMPLES = 5;

/**
 * For every grid cell (row-major, GRID_COLUMNS × GRID_ROWS) the fraction of it covered by each
 * label, from SAMPLES² points per cell; fractions of one cell sum to 1.
 */
export function cellCoverage(scene: readonly SceneObject[] = SCENE): Record<Label, Float64Array> {
  const coverage = Object.fromEntries(LABELS.map((label) => [label, new Float64Array(CELL_COUNT)])) as Record<Label, Float64Array>;
  const cellWidth = SCENE_WIDTH / GRID_COLUMNS;
  const cellHeight = SCENE_HEIGHT / GRID_ROWS;
  for (let row = 0; row < GRID_ROWS; row++) {
    for (let column = 0; column < GRID_COLUMNS; column++) {
      const cell = row * GRID_COLUMNS + column;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (column + (sx + 0.5) / SAMPLES) * cellWidth;
          const y = (row + (sy + 0.5) / SAMPLES) * cellHeight;
          coverage[labelAt(x, y, scene)][cell]! += 1 / (SAMPLES * SAMPLES);
        }
      }
    }
  }
  return coverage;
}

/** The centre of a cell in scene coordinates. */
export function cellCentre(cell: number): [number, number] {
  const column = cell % GRID_COLUMNS;
  const row = Math.floor(cell / GRID_COLUMNS);
  return [((column + 0.5) * SCENE_WIDTH) / GRID_COLUMNS, ((row + 0.5) * SCENE_HEIGHT) / GRID_ROWS];
}
