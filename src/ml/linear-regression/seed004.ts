/**
 * Seed article 004's three-row least-squares example, done right. The rows are
 * (x₁, x₂, y) = (1, 2, 3), (4, 5, 6), (7, 8, 9); the article fits y = w·x with
 * no intercept column (its XᵀX is 2 × 2). Plain float64 arithmetic.
 */
import { choleskySolve, leastSquares, normalEquations, symmetricEigenvalues } from "./normalEquations";

/** The article's table, row-major [3, 2], and its targets. */
export const SEED004_X: readonly number[] = [1, 2, 4, 5, 7, 8];
export const SEED004_Y: readonly number[] = [3, 6, 9];

/** XᵀX [2, 2] and Xᵀy [2] without averaging over rows (the article's convention). */
export function seed004NormalEquations(): { xtx: number[][]; xty: number[] } {
  const { A, c } = normalEquations(SEED004_X, SEED004_Y, 3, 2, false);
  return { xtx: A.map((row) => row.map((v) => v * 3)), xty: c.map((v) => v * 3) };
}

/** The solution of XᵀX w = Xᵀy, its determinant, and the fitted values (which match y exactly). */
export function seed004Solution(): { w: number[]; det: number; fitted: number[] } {
  const { xtx, xty } = seed004NormalEquations();
  const w = choleskySolve(xtx, xty);
  const det = xtx[0][0] * xtx[1][1] - xtx[0][1] * xtx[1][0];
  const fitted = [0, 1, 2].map((i) => SEED004_X[2 * i] * w[0] + SEED004_X[2 * i + 1] * w[1]);
  return { w, det, fitted };
}

/** The article's answer w = (13/3, 26/3), b = 0, and what it actually predicts for the three rows. */
export function seed004ArticlePredictions(): { w: number[]; fitted: number[] } {
  const w = [13 / 3, 26 / 3];
  return { w, fitted: [0, 1, 2].map((i) => SEED004_X[2 * i] * w[0] + SEED004_X[2 * i + 1] * w[1]) };
}

/**
 * With an intercept the design [x₁, x₂, 1] is rank-deficient (x₂ = x₁ + 1 on
 * every row): the smallest eigenvalue of XᵀX is 0 and infinitely many (w, b)
 * fit exactly. The minimum-norm one is the limit of ridge as λ → 0 (the
 * pseudo-inverse solution), computed with every coefficient penalised.
 */
export function seed004WithIntercept(): { smallestEigenvalue: number; minNorm: number[] } {
  const withOnes = [0, 1, 2].flatMap((i) => [SEED004_X[2 * i], SEED004_X[2 * i + 1], 1]);
  const { A } = normalEquations(withOnes, SEED004_Y, 3, 3, false);
  const smallestEigenvalue = symmetricEigenvalues(A.map((row) => row.map((v) => v * 3)))[0];
  const fit = leastSquares(withOnes, SEED004_Y, 3, 3, { intercept: false, l2: 1e-9 });
  return { smallestEigenvalue, minNorm: fit.w };
}
