/** The lattice of points a 2-D classifier is evaluated on to draw its decision regions. */
import type { Extent } from "./trainable";

/**
 * Centres of a size × size lattice over `extent`, row 0 at the top (largest y),
 * matching how a canvas draws rows.
 * @returns row-major [size * size, 2]
 */
export function gridPoints(extent: Extent, size: number): Float32Array {
  const [x0, x1, y0, y1] = extent;
  const out = new Float32Array(size * size * 2);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const k = (r * size + c) * 2;
      out[k] = x0 + ((c + 0.5) / size) * (x1 - x0);
      out[k + 1] = y1 - ((r + 0.5) / size) * (y1 - y0);
    }
  }
  return out;
}
