/**
 * A shape defined once, in two forms that agree: an SDF (the implicit form, from which voxels,
 * depth maps, images and slices are computed) and a triangle mesh. Surface points are sampled
 * exactly on the SDF's zero set, uniformly by area, from a seeded RNG.
 */
import { boxesMesh, icosphere, torusMesh } from './mesh';
import { boxUnionSdf, sphereSdf, torusSdf, type Box } from './sdf';
import type { Rng, Sdf, TriangleMesh } from './types';

export interface Shape {
  readonly sdf: Sdf;
  readonly mesh: TriangleMesh;
  /** radius of a sphere about the origin that contains the whole shape */
  readonly boundingRadius: number;
  /** how many numbers define the SDF (the analytic implicit form's size) */
  readonly parameterCount: number;
  /** `count` points on the surface, xyz interleaved; the first n are the same for any count ≥ n */
  sampleSurface(count: number, rng: Rng): Float32Array;
}

export function sphereShape(radius: number, meshLevel: number): Shape {
  return {
    sdf: sphereSdf(radius),
    mesh: icosphere(radius, meshLevel),
    boundingRadius: radius,
    parameterCount: 1,
    sampleSurface(count, rng) {
      // Archimedes: height uniform in [−r, r] and angle uniform give a uniform density on the sphere
      const out = new Float32Array(count * 3);
      for (let i = 0; i < count; i++) {
        const y = 2 * rng() - 1;
        const angle = 2 * Math.PI * rng();
        const ring = Math.sqrt(Math.max(0, 1 - y * y));
        out[i * 3] = radius * ring * Math.cos(angle);
        out[i * 3 + 1] = radius * y;
        out[i * 3 + 2] = radius * ring * Math.sin(angle);
      }
      return out;
    },
  };
}

export function torusShape(major: number, minor: number, around: number, tube: number): Shape {
  return {
    sdf: torusSdf(major, minor),
    mesh: torusMesh(major, minor, around, tube),
    boundingRadius: major + minor,
    parameterCount: 2,
    sampleSurface(count, rng) {
      // the area element is ∝ (R + r cos v): keep a tube angle v with that probability
      const out = new Float32Array(count * 3);
      for (let i = 0; i < count;) {
        const u = 2 * Math.PI * rng();
        const v = 2 * Math.PI * rng();
        const ring = major + minor * Math.cos(v);
        if (rng() * (major + minor) > ring) continue;
        out[i * 3] = ring * Math.cos(u);
        out[i * 3 + 1] = minor * Math.sin(v);
        out[i * 3 + 2] = ring * Math.sin(u);
        i++;
      }
      return out;
    },
  };
}

/**
 * A union of axis-aligned boxes (a part assembly). Parts should overlap where they meet, so that
 * the faces hidden inside the solid lie strictly inside (f < 0) and are never taken for surface.
 */
export function boxUnionShape(boxes: readonly Box[]): Shape {
  const sdf = boxUnionSdf(boxes);
  const faces = boxes.flatMap(({ center, half }) =>
    [0, 1, 2].flatMap((axis) =>
      [-1, 1].map((side) => {
        const a = (axis + 1) % 3;
        const b = (axis + 2) % 3;
        return { center, half, axis, side, a, b, area: 4 * half[a]! * half[b]! };
      }),
    ),
  );
  const cumulative: number[] = [];
  let total = 0;
  for (const face of faces) cumulative.push((total += face.area));
  const boundingRadius = Math.max(
    ...boxes.map(({ center, half }) => Math.hypot(Math.abs(center[0]) + half[0], Math.abs(center[1]) + half[1], Math.abs(center[2]) + half[2])),
  );
  return {
    sdf,
    mesh: boxesMesh(boxes),
    boundingRadius,
    parameterCount: boxes.length * 6,
    sampleSurface(count, rng) {
      const out = new Float32Array(count * 3);
      const p = [0, 0, 0];
      for (let i = 0, attempts = 0; i < count && attempts < count * 1000; attempts++) {
        const pick = rng() * total;
        let lo = 0;
        let hi = faces.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (cumulative[mid]! > pick) hi = mid;
          else lo = mid + 1;
        }
        const face = faces[lo]!;
        p[face.axis] = face.center[face.axis]! + face.side * face.half[face.axis]!;
        p[face.a] = face.center[face.a]! + (2 * rng() - 1) * face.half[face.a]!;
        p[face.b] = face.center[face.b]! + (2 * rng() - 1) * face.half[face.b]!;
        // a face inside another part is not on the union's surface
        if (sdf(p[0]!, p[1]!, p[2]!) < -1e-9) continue;
        out.set(p, i * 3);
        i++;
      }
      return out;
    },
  };
}

/** `shape` turned by `angleDeg` about the x axis (y toward z): SDF, mesh and samples alike; one more parameter. */
export function rotateShapeX(shape: Shape, angleDeg: number): Shape {
  const c = Math.cos((angleDeg * Math.PI) / 180);
  const s = Math.sin((angleDeg * Math.PI) / 180);
  const rotate = (points: Float32Array) => {
    for (let i = 0; i < points.length; i += 3) {
      const y = points[i + 1]!;
      const z = points[i + 2]!;
      points[i + 1] = c * y - s * z;
      points[i + 2] = s * y + c * z;
    }
    return points;
  };
  return {
    // the inverse rotation takes a world point back into the shape's own frame
    sdf: (x, y, z) => shape.sdf(x, c * y + s * z, -s * y + c * z),
    mesh: { positions: rotate(shape.mesh.positions.slice()), indices: shape.mesh.indices },
    boundingRadius: shape.boundingRadius,
    parameterCount: shape.parameterCount + 1,
    sampleSurface: (count, rng) => rotate(shape.sampleSurface(count, rng)),
  };
}
