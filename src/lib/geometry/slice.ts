/** A planar slice through an SDF, sampled on a grid, and its level-set contour (marching squares). */
import type { Sdf } from './types';

export interface SdfSlice {
  /** samples per side */
  readonly size: number;
  /** the slice spans [−extent, extent] along both in-plane axes */
  readonly extent: number;
  /**
   * f at row r, column c, at index r·size + c. For the plane x = offset the columns run along z
   * (from −extent to +extent) and the rows along y from +extent (top) down to −extent.
   */
  readonly values: Float32Array;
}

/** f sampled on the plane x = `offset`, `size` × `size` samples including the borders. */
export function sdfSliceX(sdf: Sdf, offset: number, extent: number, size: number): SdfSlice {
  const values = new Float32Array(size * size);
  const step = (2 * extent) / (size - 1);
  for (let row = 0; row < size; row++) {
    const y = extent - row * step;
    for (let col = 0; col < size; col++) values[row * size + col] = sdf(offset, y, -extent + col * step);
  }
  return { size, extent, values };
}

/** The in-plane position (horizontal, vertical; vertical up) of a fractional sample index. */
export function slicePoint(slice: SdfSlice, col: number, row: number): [number, number] {
  const step = (2 * slice.extent) / (slice.size - 1);
  return [-slice.extent + col * step, slice.extent - row * step];
}

/**
 * Line segments where the sampled field crosses `level`, in sample-index coordinates
 * (x = column, y = row, fractional), as x1, y1, x2, y2 quadruples. Crossings are placed on the
 * grid edges by linear interpolation; a saddle cell is resolved by the mean of its corners.
 */
export function marchingSquares(values: ArrayLike<number>, cols: number, rows: number, level = 0): Float32Array {
  const out: number[] = [];
  const add = (x1: number, y1: number, x2: number, y2: number) => out.push(x1, y1, x2, y2);
  for (let r = 0; r + 1 < rows; r++) {
    for (let c = 0; c + 1 < cols; c++) {
      const i = r * cols + c;
      const tl = values[i]!;
      const tr = values[i + 1]!;
      const br = values[i + cols + 1]!;
      const bl = values[i + cols]!;
      const code = (tl < level ? 8 : 0) | (tr < level ? 4 : 0) | (br < level ? 2 : 0) | (bl < level ? 1 : 0);
      if (code === 0 || code === 15) continue;
      // where the field crosses `level` on the top, right, bottom and left edges
      const tx = c + (level - tl) / (tr - tl);
      const ry = r + (level - tr) / (br - tr);
      const bx = c + (level - bl) / (br - bl);
      const ly = r + (level - tl) / (bl - tl);
      switch (code) {
        case 1:
        case 14:
          add(c, ly, bx, r + 1);
          break;
        case 2:
        case 13:
          add(bx, r + 1, c + 1, ry);
          break;
        case 3:
        case 12:
          add(c, ly, c + 1, ry);
          break;
        case 4:
        case 11:
          add(tx, r, c + 1, ry);
          break;
        case 6:
        case 9:
          add(tx, r, bx, r + 1);
          break;
        case 7:
        case 8:
          add(tx, r, c, ly);
          break;
        case 5: // tr and bl inside
        case 10: {
          // tl and br inside
          const centreInside = (tl + tr + br + bl) / 4 < level;
          if ((code === 5) === centreInside) {
            add(tx, r, c, ly);
            add(bx, r + 1, c + 1, ry);
          } else {
            add(tx, r, c + 1, ry);
            add(c, ly, bx, r + 1);
          }
          break;
        }
      }
    }
  }
  return Float32Array.from(out);
}
