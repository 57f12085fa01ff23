/**
 * The order in which a model visits training points, reproducible from a seed:
 * a fresh seeded permutation every epoch (seedrandom's alea generator).
 */
import seedrandom from "seedrandom";

export interface VisitOrder {
  /** Index of the next point to visit. */
  next(): number;
  /** Completed passes over the data. */
  readonly epoch: number;
  /** Position within the current epoch, 0 at its start. */
  readonly position: number;
}

/** Shuffles 0…n−1 in place with Fisher–Yates. */
function shuffle(indices: Int32Array, random: () => number): void {
  for (let i = indices.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = indices[i]; indices[i] = indices[j]; indices[j] = t;
  }
}

/** Seeded epoch-by-epoch permutation of n points. */
export function createVisitOrder(n: number, seed: number): VisitOrder {
  const random = seedrandom.alea(`order-${seed}`);
  const indices = Int32Array.from({ length: n }, (_, i) => i);
  let epoch = 0;
  let position = 0;
  shuffle(indices, random);
  return {
    next() {
      if (position === n) { epoch++; position = 0; shuffle(indices, random); }
      return indices[position++];
    },
    get epoch() { return epoch; },
    get position() { return position; },
  };
}
