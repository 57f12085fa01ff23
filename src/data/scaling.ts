/**
 * Affine rescaling of features and target before gradient descent:
 * x'ⱼ = (xⱼ − shiftⱼ) / scaleⱼ and y' = (y − yShift) / yScale. Three recipes:
 * per-feature standardisation from the training rows (right), none, and
 * seed article 000's (one mean and one standard deviation for all columns,
 * and y ← (y − ȳ)/ȳ, both over every row before the split). Plain arrays, no TF.js.
 */
import type { RegressionSet, Split } from "./regressionSet";

export type Scaling = "feature" | "none" | "seed000";

export interface AffineScaling {
  readonly kind: Scaling;
  /** Subtracted from each feature column, [d]. */
  readonly xShift: readonly number[];
  /** Each centred feature column is divided by this, [d]. */
  readonly xScale: readonly number[];
  readonly yShift: number;
  readonly yScale: number;
}

function meanStd(values: (k: number) => number, count: number): { mean: number; std: number } {
  let mean = 0;
  for (let k = 0; k < count; k++) mean += values(k);
  mean /= count;
  let variance = 0;
  for (let k = 0; k < count; k++) variance += (values(k) - mean) ** 2;
  return { mean, std: Math.sqrt(variance / count) };
}

/** Each feature and the target to mean 0, standard deviation 1, with statistics from the training rows only. */
export function perFeatureScaling(set: RegressionSet, train: Int32Array): AffineScaling {
  const { d } = set;
  const xShift: number[] = [], xScale: number[] = [];
  for (let j = 0; j < d; j++) {
    const s = meanStd((k) => set.x[train[k] * d + j], train.length);
    xShift.push(s.mean);
    xScale.push(s.std || 1);
  }
  const t = meanStd((k) => set.y[train[k]], train.length);
  return { kind: "feature", xShift, xScale, yShift: t.mean, yScale: t.std || 1 };
}

/**
 * Seed 000's recipe, reproduced as a pitfall: `X_std = (X − X.mean()) / X.std()`
 * with NumPy's mean and std over every entry of X (one number for all columns),
 * and `y_std = (y − y.mean()) / y.mean()`, computed on all rows before the split.
 */
export function seed000Scaling(set: RegressionSet): AffineScaling {
  const all = meanStd((k) => set.x[k], set.n * set.d);
  const yMean = meanStd((k) => set.y[k], set.n).mean;
  return {
    kind: "seed000",
    xShift: Array(set.d).fill(all.mean),
    xScale: Array(set.d).fill(all.std || 1),
    yShift: yMean,
    yScale: yMean,
  };
}

/** The identity: raw units. */
export function noScaling(set: RegressionSet): AffineScaling {
  return { kind: "none", xShift: Array(set.d).fill(0), xScale: Array(set.d).fill(1), yShift: 0, yScale: 1 };
}

/** The scaling `kind` for this set and split. */
export function fitScaling(kind: Scaling, set: RegressionSet, split: Split): AffineScaling {
  switch (kind) {
    case "feature": return perFeatureScaling(set, split.train);
    case "none": return noScaling(set);
    case "seed000": return seed000Scaling(set);
  }
}

/** The rows `rows` of `set`, rescaled: x [rows, d] and y [rows], as float32 for tensors. */
export function scaledRows(set: RegressionSet, s: AffineScaling, rows: Int32Array): { x: Float32Array; y: Float32Array } {
  const { d } = set;
  const x = new Float32Array(rows.length * d);
  const y = new Float32Array(rows.length);
  rows.forEach((i, k) => {
    for (let j = 0; j < d; j++) x[k * d + j] = (set.x[i * d + j] - s.xShift[j]) / s.xScale[j];
    y[k] = (set.y[i] - s.yShift) / s.yScale;
  });
  return { x, y };
}

/**
 * A prediction in original units from parameters learned on rescaled data:
 * ŷ = yShift + yScale · (b + Σⱼ wⱼ (xⱼ − shiftⱼ)/scaleⱼ).
 */
export function predictOriginal(s: AffineScaling, w: readonly number[], b: number, x: ArrayLike<number>, offset = 0): number {
  let z = b;
  for (let j = 0; j < w.length; j++) z += w[j] * (x[offset + j] - s.xShift[j]) / s.xScale[j];
  return s.yShift + s.yScale * z;
}

/** The same linear function in original units: ŷ = b₀ + Σ aⱼ xⱼ. */
export function originalCoefficients(s: AffineScaling, w: readonly number[], b: number): { a: number[]; b0: number } {
  const a = w.map((wj, j) => (s.yScale * wj) / s.xScale[j]);
  const b0 = s.yShift + s.yScale * b - a.reduce((acc, aj, j) => acc + aj * s.xShift[j], 0);
  return { a, b0 };
}
