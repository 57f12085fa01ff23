/**
 * The exact soft-margin SVM, solved in its dual by sequential minimal
 * optimisation (Platt 1998) with LIBSVM's maximal-violating-pair selection
 * (Fan, Chen and Lin 2005). Plain float64 arithmetic, no TF.js: it is the
 * reference the widgets' sub-gradient descent is measured against.
 *
 *   max_α  Σ αᵢ − ½ Σᵢⱼ αᵢαⱼ yᵢyⱼ K(xᵢ, xⱼ)   s.t.  0 ≤ αᵢ ≤ C,  Σ αᵢyᵢ = 0
 *
 * The decision function is f(x) = Σ αᵢ yᵢ K(xᵢ, x) + b.
 */

/** The dual's solution. */
export interface DualSolution {
  /** Lagrange multipliers, [n], each in [0, C]. */
  readonly alpha: Float64Array;
  readonly b: number;
  /** Largest KKT violation left, m(α) − M(α) in LIBSVM's notation (≤ tolerance when solved). */
  readonly violation: number;
  readonly iterations: number;
}

/**
 * Solves the dual for a kernel matrix.
 * @param kernel K(xᵢ, xⱼ), row-major [n, n], symmetric positive semi-definite
 * @param y labels ±1, [n]
 * @param C the soft-margin penalty, > 0
 * @param tolerance stop when the largest KKT violation is below this
 */
export function solveDual(kernel: Float64Array, y: ArrayLike<number>, C: number, tolerance = 1e-10, maxIterations = 1_000_000): DualSolution {
  const n = y.length;
  const K = (i: number, j: number) => kernel[i * n + j];
  const alpha = new Float64Array(n);
  // Gradient of the minimised form ½αᵀQα − Σα, with Q = yyᵀ ⊙ K; α = 0 gives −1.
  const G = new Float64Array(n).fill(-1);
  const up = (t: number) => (y[t] > 0 ? alpha[t] < C : alpha[t] > 0);
  const low = (t: number) => (y[t] > 0 ? alpha[t] > 0 : alpha[t] < C);
  let violation = Infinity;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    let gmax = -Infinity, gmin = Infinity, i = -1, j = -1;
    for (let t = 0; t < n; t++) {
      const v = -y[t] * G[t];
      if (up(t) && v > gmax) { gmax = v; i = t; }
      if (low(t) && v < gmin) { gmin = v; j = t; }
    }
    violation = gmax - gmin;
    if (i < 0 || j < 0 || violation < tolerance) break;
    const oldI = alpha[i], oldJ = alpha[j];
    const Qij = y[i] * y[j] * K(i, j);
    // The two-variable subproblem along the constraint Σαy = 0, clipped to the box [0, C]².
    if (y[i] !== y[j]) {
      const quad = Math.max(K(i, i) + K(j, j) + 2 * Qij, 1e-12);
      const delta = (-G[i] - G[j]) / quad;
      const diff = alpha[i] - alpha[j];
      alpha[i] += delta; alpha[j] += delta;
      if (diff > 0) { if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = diff; } }
      else if (alpha[i] < 0) { alpha[i] = 0; alpha[j] = -diff; }
      if (diff > 0) { if (alpha[i] > C) { alpha[i] = C; alpha[j] = C - diff; } }
      else if (alpha[j] > C) { alpha[j] = C; alpha[i] = C + diff; }
    } else {
      const quad = Math.max(K(i, i) + K(j, j) - 2 * Qij, 1e-12);
      const delta = (G[i] - G[j]) / quad;
      const sum = alpha[i] + alpha[j];
      alpha[i] -= delta; alpha[j] += delta;
      if (sum > C) { if (alpha[i] > C) { alpha[i] = C; alpha[j] = sum - C; } }
      else if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = sum; }
      if (sum > C) { if (alpha[j] > C) { alpha[j] = C; alpha[i] = sum - C; } }
      else if (alpha[i] < 0) { alpha[i] = 0; alpha[j] = sum; }
    }
    const dI = alpha[i] - oldI, dJ = alpha[j] - oldJ;
    for (let k = 0; k < n; k++) G[k] += y[k] * (y[i] * K(i, k) * dI + y[j] * K(j, k) * dJ);
  }
  return { alpha, b: bias(alpha, G, y, C), violation, iterations };
}

/**
 * b from the KKT conditions: every free multiplier (0 < αᵢ < C) sits exactly on
 * its margin, yᵢ f(xᵢ) = 1, so average those; with none free, b lies in an
 * interval and its midpoint is taken (LIBSVM's rule).
 */
function bias(alpha: Float64Array, G: Float64Array, y: ArrayLike<number>, C: number): number {
  let upper = Infinity, lower = -Infinity, free = 0, sum = 0;
  for (let t = 0; t < y.length; t++) {
    const yG = y[t] * G[t];
    const atUpper = alpha[t] >= C, atLower = alpha[t] <= 0;
    if (atUpper || atLower) {
      if ((atUpper && y[t] < 0) || (atLower && y[t] > 0)) upper = Math.min(upper, yG);
      else lower = Math.max(lower, yG);
    } else { free++; sum += yG; }
  }
  return -(free > 0 ? sum / free : (upper + lower) / 2);
}

/** The exact linear soft-margin SVM: the primal's w recovered from the dual. */
export interface LinearSvmSolution extends DualSolution {
  /** w = Σ αᵢ yᵢ xᵢ, [d]. */
  readonly w: Float64Array;
  /** Geometric margin 1/‖w‖: the distance from the boundary to each margin line. */
  readonly margin: number;
  /** Indices with αᵢ > 0: the support vectors. */
  readonly supportVectors: readonly number[];
  /** The primal objective ½‖w‖² + C Σ max(0, 1 − yᵢ(w·xᵢ + b)) at the solution. */
  readonly objective: number;
}

/**
 * Solves the linear soft-margin SVM exactly.
 * @param x row-major [n, d]
 * @param y labels ±1, [n]
 */
export function solveLinearSvm(x: ArrayLike<number>, y: ArrayLike<number>, d: number, C: number, tolerance = 1e-10): LinearSvmSolution {
  const n = y.length;
  const kernel = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += x[i * d + k] * x[j * d + k];
      kernel[i * n + j] = kernel[j * n + i] = s;
    }
  }
  const dual = solveDual(kernel, y, C, tolerance);
  const w = new Float64Array(d);
  const supportVectors: number[] = [];
  for (let i = 0; i < n; i++) {
    if (dual.alpha[i] > 0) supportVectors.push(i);
    for (let k = 0; k < d; k++) w[k] += dual.alpha[i] * y[i] * x[i * d + k];
  }
  return { ...dual, w, margin: 1 / Math.hypot(...w), supportVectors, objective: primalObjective(x, y, d, C, w, dual.b) };
}

/** ½‖w‖² + C Σ max(0, 1 − yᵢ(w·xᵢ + b)) for a linear SVM; x row-major [n, d]. */
export function primalObjective(x: ArrayLike<number>, y: ArrayLike<number>, d: number, C: number, w: ArrayLike<number>, b: number): number {
  let hinge = 0, norm2 = 0;
  for (let k = 0; k < d; k++) norm2 += w[k] ** 2;
  for (let i = 0; i < y.length; i++) {
    let s = b;
    for (let k = 0; k < d; k++) s += w[k] * x[i * d + k];
    hinge += Math.max(0, 1 - y[i] * s);
  }
  return 0.5 * norm2 + C * hinge;
}
