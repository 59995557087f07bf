/** Triangle meshes of the demo primitives, and their counts (V, E, F, V − E + F). */
import type { Box } from './sdf';
import type { TriangleMesh } from './types';

const ICOSAHEDRON_FACES = [
  [0, 11, 5],
  [0, 5, 1],
  [0, 1, 7],
  [0, 7, 10],
  [0, 10, 11],
  [1, 5, 9],
  [5, 11, 4],
  [11, 10, 2],
  [10, 7, 6],
  [7, 1, 8],
  [3, 9, 4],
  [3, 4, 2],
  [3, 2, 6],
  [3, 6, 8],
  [3, 8, 9],
  [4, 9, 5],
  [2, 4, 11],
  [6, 2, 10],
  [8, 6, 7],
  [9, 8, 1],
] as const;

/**
 * An icosahedron subdivided `level` times (each triangle into four, new vertices pushed onto the
 * sphere): V = 10·4^k + 2, E = 30·4^k, F = 20·4^k.
 */
export function icosphere(radius: number, level: number): TriangleMesh {
  const t = (1 + Math.sqrt(5)) / 2;
  const points: number[][] = [
    [-1, t, 0],
    [1, t, 0],
    [-1, -t, 0],
    [1, -t, 0],
    [0, -1, t],
    [0, 1, t],
    [0, -1, -t],
    [0, 1, -t],
    [t, 0, -1],
    [t, 0, 1],
    [-t, 0, -1],
    [-t, 0, 1],
  ].map(unit);
  let faces: number[][] = ICOSAHEDRON_FACES.map((f) => [...f]);
  for (let k = 0; k < level; k++) {
    const midpoints = new Map<number, number>();
    const midpoint = (a: number, b: number) => {
      const key = a < b ? a * 1_000_003 + b : b * 1_000_003 + a;
      let index = midpoints.get(key);
      if (index === undefined) {
        const pa = points[a]!;
        const pb = points[b]!;
        index = points.push(unit([pa[0]! + pb[0]!, pa[1]! + pb[1]!, pa[2]! + pb[2]!])) - 1;
        midpoints.set(key, index);
      }
      return index;
    };
    faces = faces.flatMap(([a, b, c]) => {
      const ab = midpoint(a!, b!);
      const bc = midpoint(b!, c!);
      const ca = midpoint(c!, a!);
      return [
        [a!, ab, ca],
        [b!, bc, ab],
        [c!, ca, bc],
        [ab, bc, ca],
      ];
    });
  }
  return {
    positions: Float32Array.from(points.flatMap((p) => p.map((v) => v * radius))),
    indices: Uint32Array.from(faces.flat()),
  };
}

function unit(p: number[]): number[] {
  const length = Math.hypot(p[0]!, p[1]!, p[2]!);
  return p.map((v) => v / length);
}

/** A torus about the y axis as a closed grid of `around` × `tube` quads, each split in two. */
export function torusMesh(major: number, minor: number, around: number, tube: number): TriangleMesh {
  const positions = new Float32Array(around * tube * 3);
  const indices = new Uint32Array(around * tube * 6);
  for (let i = 0; i < around; i++) {
    const u = (2 * Math.PI * i) / around;
    for (let j = 0; j < tube; j++) {
      const v = (2 * Math.PI * j) / tube;
      const ring = major + minor * Math.cos(v);
      positions.set([ring * Math.cos(u), minor * Math.sin(v), ring * Math.sin(u)], (i * tube + j) * 3);
    }
  }
  let f = 0;
  for (let i = 0; i < around; i++) {
    for (let j = 0; j < tube; j++) {
      const a = i * tube + j;
      const b = ((i + 1) % around) * tube + j;
      const c = ((i + 1) % around) * tube + ((j + 1) % tube);
      const d = i * tube + ((j + 1) % tube);
      // (a, d, c) turns counter-clockwise seen from outside: ∂/∂v × ∂/∂u points away from the tube's core
      indices.set([a, d, c, a, c, b], f);
      f += 6;
    }
  }
  return { positions, indices };
}

/** Axis-aligned boxes, each a closed mesh of 8 vertices and 12 triangles (not merged where they overlap). */
export function boxesMesh(boxes: readonly Box[]): TriangleMesh {
  const positions = new Float32Array(boxes.length * 8 * 3);
  const indices = new Uint32Array(boxes.length * 12 * 3);
  // corner index = xBit + 2·yBit + 4·zBit; each face as a quad, counter-clockwise seen from outside
  const quads = [
    [0, 4, 6, 2], // −x
    [1, 3, 7, 5], // +x
    [0, 1, 5, 4], // −y
    [2, 6, 7, 3], // +y
    [0, 2, 3, 1], // −z
    [4, 5, 7, 6], // +z
  ] as const;
  boxes.forEach(({ center, half }, b) => {
    for (let corner = 0; corner < 8; corner++) {
      const sign = (bit: number) => (corner & bit ? 1 : -1);
      positions.set([center[0] + sign(1) * half[0], center[1] + sign(2) * half[1], center[2] + sign(4) * half[2]], (b * 8 + corner) * 3);
    }
    quads.forEach(([p, q, r, s], face) => {
      const o = b * 8;
      indices.set([o + p, o + q, o + r, o + p, o + r, o + s], (b * 12 + face * 2) * 3);
    });
  });
  return { positions, indices };
}

export const vertexCount = (mesh: TriangleMesh): number => mesh.positions.length / 3;
export const faceCount = (mesh: TriangleMesh): number => mesh.indices.length / 3;

/** Distinct undirected edges of the triangles. */
export function edgeCount(mesh: TriangleMesh): number {
  const edges = new Set<number>();
  const v = vertexCount(mesh);
  const { indices } = mesh;
  for (let i = 0; i < indices.length; i += 3) {
    for (let e = 0; e < 3; e++) {
      const a = indices[i + e]!;
      const b = indices[i + ((e + 1) % 3)]!;
      edges.add(a < b ? a * v + b : b * v + a);
    }
  }
  return edges.size;
}

/** V − E + F: 2 for a closed surface without holes (genus 0), 0 for a torus, 2 per separate closed part. */
export function eulerCharacteristic(mesh: TriangleMesh): number {
  return vertexCount(mesh) - edgeCount(mesh) + faceCount(mesh);
}

/** Volume enclosed by a closed mesh (divergence theorem); positive when the faces turn outward. */
export function signedVolume(mesh: TriangleMesh): number {
  const { positions: p, indices } = mesh;
  let sum = 0;
  for (let i = 0; i < indices.length; i += 3) {
    const a = indices[i]! * 3;
    const b = indices[i + 1]! * 3;
    const c = indices[i + 2]! * 3;
    // a · (b × c)
    sum +=
      p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) +
      p[a + 1]! * (p[b + 2]! * p[c]! - p[b]! * p[c + 2]!) +
      p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
  }
  return sum / 6;
}
