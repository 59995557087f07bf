/** A point or direction in 3D; y is up. */
export type Vec3 = readonly [number, number, number];

/**
 * A signed distance function: negative inside the solid, zero on its surface, positive outside.
 * Exact SDFs return the true Euclidean distance; unions of exact SDFs (min) are exact outside and
 * a bound inside, which is all that sphere tracing and the inside test need.
 */
export type Sdf = (x: number, y: number, z: number) => number;

/** A source of uniform random numbers in [0, 1), e.g. mulberry32(seed) from ../dsp/rng. */
export type Rng = () => number;

/**
 * An indexed triangle mesh: xyz of vertex i at positions[3i..3i+2] (float32), the vertex indices
 * of triangle j at indices[3j..3j+2] (uint32), counter-clockwise seen from outside.
 */
export interface TriangleMesh {
  readonly positions: Float32Array;
  readonly indices: Uint32Array;
}
