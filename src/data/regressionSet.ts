/** A data set for regression: real-valued targets, any number of features, in original units. */
import seedrandom from "seedrandom";

export interface RegressionSet {
  /** Short name shown in the widget. */
  readonly name: string;
  /** Features, row-major [n, d], original units. */
  readonly x: Float64Array;
  /** Targets, [n], original units. */
  readonly y: Float64Array;
  readonly n: number;
  readonly d: number;
  /** Axis titles with units, e.g. "weight (lbs)". */
  readonly featureNames: readonly string[];
  readonly targetName: string;
}

/** Which rows train the model and which are held out to measure it. */
export interface Split {
  readonly train: Int32Array;
  readonly test: Int32Array;
}

/**
 * A seeded random split: `testFraction` of the rows (rounded) are held out.
 * The same (n, fraction, seed) always gives the same split; rows keep file
 * order within each part.
 */
export function heldOutSplit(n: number, testFraction: number, seed: number): Split {
  return sampleSplit(n, n - Math.round(n * testFraction), seed);
}

/** `trainCount` rows drawn at random (seeded) for training; every other row is the test set. */
export function sampleSplit(n: number, trainCount: number, seed: number): Split {
  const random = seedrandom.alea(`split-${seed}`);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]; order[i] = order[j]; order[j] = t;
  }
  const k = Math.max(0, Math.min(n, trainCount));
  return { train: order.slice(0, k).sort(), test: order.slice(k).sort() };
}
