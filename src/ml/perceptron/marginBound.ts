/**
 * Novikoff's mistake bound for the perceptron, computed from the data.
 * Pure arithmetic (no TF.js): it describes the data set, not a training run.
 *
 * The bias is folded in by appending a constant 1 to each point, so R is the
 * largest ‖(x, 1)‖ and γ is the margin of the best separator through the origin
 * in that augmented space — exactly the space the perceptron with bias works in.
 */

export interface MarginBound {
  /** Largest norm of an augmented point (x, 1). */
  readonly R: number;
  /** Geometric margin of the maximum-margin separator: min yᵢ u·(xᵢ, 1) over i, ‖u‖ = 1. */
  readonly gamma: number;
  /** (R/γ)²: the most mistakes the perceptron started at zero can make. */
  readonly bound: number;
  /** The unit separator u found, [d + 1] (last entry multiplies the constant 1). */
  readonly u: readonly number[];
}

/**
 * Solves the hard-margin SVM without bias in the augmented space by dual
 * coordinate ascent (Hsieh et al. 2008 with C = ∞): max Σα − ½‖Σ αᵢyᵢxᵢ‖², α ≥ 0.
 * Any separating u gives a valid bound; the maximum-margin one gives the tightest.
 * @param x row-major [n, d]
 * @param y labels ±1, [n]
 * @returns the bound, or null when the data are not linearly separable
 */
export function marginBound(x: Float32Array, y: Float32Array, d: number, maxSweeps = 100_000): MarginBound | null {
  const n = y.length;
  const dim = d + 1;
  const point = (i: number, k: number) => (k < d ? x[i * d + k] : 1);
  const alpha = new Float64Array(n);
  const w = new Float64Array(dim);
  const sq = Float64Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let k = 0; k < dim; k++) s += point(i, k) ** 2;
    return s;
  });
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let largestChange = 0;
    for (let i = 0; i < n; i++) {
      let margin = 0;
      for (let k = 0; k < dim; k++) margin += w[k] * point(i, k);
      const next = Math.max(0, alpha[i] - (y[i] * margin - 1) / sq[i]);
      const change = next - alpha[i];
      if (change !== 0) {
        alpha[i] = next;
        for (let k = 0; k < dim; k++) w[k] += change * y[i] * point(i, k);
      }
      largestChange = Math.max(largestChange, Math.abs(change));
    }
    if (largestChange < 1e-12) break;
  }
  const norm = Math.hypot(...w);
  if (!(norm > 0) || !Number.isFinite(norm)) return null;
  const u = Array.from(w, (v) => v / norm);
  let gamma = Infinity;
  let R = 0;
  for (let i = 0; i < n; i++) {
    let m = 0, s = 0;
    for (let k = 0; k < dim; k++) { m += u[k] * point(i, k); s += point(i, k) ** 2; }
    gamma = Math.min(gamma, y[i] * m);
    R = Math.max(R, Math.sqrt(s));
  }
  if (!(gamma > 0)) return null;
  return { R, gamma, bound: (R / gamma) ** 2, u };
}
