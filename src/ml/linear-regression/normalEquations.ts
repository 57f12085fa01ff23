/**
 * Least squares in closed form, in float64 plain JS (no TF.js): the normal
 * equations XᵀX θ = Xᵀy solved by Cholesky, optionally with an L2 penalty on
 * the weights (not the bias). Also the eigenvalues of a small symmetric matrix,
 * for condition numbers and the largest stable learning rate.
 */

export interface LeastSquaresOptions {
  /** λ in (1/n)‖Xw + b − y‖² + λ‖w‖²; 0 for plain least squares. */
  readonly l2?: number;
  /** Fit a bias b (a column of ones appended as the last column). Default true. */
  readonly intercept?: boolean;
}

export interface LinearFit {
  readonly w: number[];
  /** 0 when fitted without an intercept. */
  readonly b: number;
}

/**
 * (1/n)XᵀX and (1/n)Xᵀy, with the column of ones last when `intercept`.
 * @param x row-major [n, d]
 * @returns A [p, p] and c [p], p = d (+1 with the intercept)
 */
export function normalEquations(x: ArrayLike<number>, y: ArrayLike<number>, n: number, d: number, intercept = true): { A: number[][]; c: number[] } {
  const p = intercept ? d + 1 : d;
  const A = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const c = new Array<number>(p).fill(0);
  const row = new Array<number>(p).fill(1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) row[j] = x[i * d + j];
    for (let a = 0; a < p; a++) {
      c[a] += (row[a] * y[i]) / n;
      for (let b = 0; b <= a; b++) A[a][b] += (row[a] * row[b]) / n;
    }
  }
  for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) A[a][b] = A[b][a];
  return { A, c };
}

/** Solves A θ = c for symmetric positive-definite A by Cholesky (A = LLᵀ). Throws if A is singular. */
export function choleskySolve(A: readonly (readonly number[])[], c: readonly number[]): number[] {
  const p = c.length;
  const L = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const scale = Math.max(...A.map((r, i) => Math.abs(r[i])), Number.MIN_VALUE);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      if (i === j) {
        if (!(s > 1e-13 * scale)) throw new Error("the normal equations are singular: some feature is a combination of the others");
        L[i][i] = Math.sqrt(s);
      } else {
        L[i][j] = s / L[j][j];
      }
    }
  }
  const z = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i++) {
    let s = c[i];
    for (let k = 0; k < i; k++) s -= L[i][k] * z[k];
    z[i] = s / L[i][i];
  }
  const theta = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < p; k++) s -= L[k][i] * theta[k];
    theta[i] = s / L[i][i];
  }
  return theta;
}

/**
 * The exact minimiser of (1/n)‖Xw + b − y‖² + λ‖w‖²:
 * ((1/n)XᵀX + λI′) θ = (1/n)Xᵀy, where I′ leaves the bias unpenalised.
 * @param x row-major [n, d]
 */
export function leastSquares(x: ArrayLike<number>, y: ArrayLike<number>, n: number, d: number, options: LeastSquaresOptions = {}): LinearFit {
  const intercept = options.intercept ?? true;
  const { A, c } = normalEquations(x, y, n, d, intercept);
  for (let j = 0; j < d; j++) A[j][j] += options.l2 ?? 0;
  const theta = choleskySolve(A, c);
  return { w: theta.slice(0, d), b: intercept ? theta[d] : 0 };
}

/** Mean squared error of ŷ = x·w + b over n rows (float64). */
export function meanSquaredError(x: ArrayLike<number>, y: ArrayLike<number>, n: number, d: number, fit: LinearFit): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let p = fit.b;
    for (let j = 0; j < d; j++) p += fit.w[j] * x[i * d + j];
    sum += (p - y[i]) ** 2;
  }
  return sum / n;
}

/** Eigenvalues of a small symmetric matrix by cyclic Jacobi rotations, ascending. */
export function symmetricEigenvalues(matrix: readonly (readonly number[])[]): number[] {
  const p = matrix.length;
  const a = matrix.map((r) => [...r]);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) off += a[i][j] ** 2;
    if (off < 1e-30) break;
    for (let i = 0; i < p; i++) {
      for (let j = i + 1; j < p; j++) {
        if (a[i][j] === 0) continue;
        const theta = (a[j][j] - a[i][i]) / (2 * a[i][j]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cs = 1 / Math.sqrt(t * t + 1), sn = t * cs;
        for (let k = 0; k < p; k++) {
          const aki = a[k][i], akj = a[k][j];
          a[k][i] = cs * aki - sn * akj;
          a[k][j] = sn * aki + cs * akj;
        }
        for (let k = 0; k < p; k++) {
          const aik = a[i][k], ajk = a[j][k];
          a[i][k] = cs * aik - sn * ajk;
          a[j][k] = sn * aik + cs * ajk;
        }
      }
    }
  }
  return a.map((r, i) => r[i]).sort((u, v) => u - v);
}

/**
 * How gradient descent on the MSE behaves for this design: the Hessian of
 * (1/n)‖Xθ − y‖² is (2/n)XᵀX, so full-batch steps are stable only for
 * η < 2/λ_max(Hessian) = 1/λ_max((1/n)XᵀX), and the slowest direction
 * shrinks by (1 − 2ηλ_min) per step: κ = λ_max/λ_min sets the pace.
 * @param x row-major [n, d]; the bias column is included
 */
export function conditioning(x: ArrayLike<number>, n: number, d: number): { lambdaMin: number; lambdaMax: number; kappa: number; maxStableRate: number } {
  const { A } = normalEquations(x, new Float64Array(n), n, d, true);
  const eig = symmetricEigenvalues(A);
  const lambdaMin = eig[0], lambdaMax = eig[eig.length - 1];
  return { lambdaMin, lambdaMax, kappa: lambdaMax / lambdaMin, maxStableRate: 1 / lambdaMax };
}
