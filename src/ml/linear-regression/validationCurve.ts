/**
 * Training and held-out error of the exact (ridge) polynomial fit at every
 * degree for one λ: the classic picture of underfitting and overfitting.
 * Plain float64 arithmetic; no TF.js.
 */
import { carsPolynomialProblem } from "../../data/carsProblems";
import { leastSquares, meanSquaredError } from "./normalEquations";

/** Highest degree the widget offers. */
export const MAX_DEGREE = 15;

/** Keeps the first `k` of `d` columns of a row-major [n, d] array. */
function firstColumns(x: Float32Array, n: number, d: number, k: number): Float32Array {
  const out = new Float32Array(n * k);
  for (let i = 0; i < n; i++) out.set(x.subarray(i * d, i * d + k), i * k);
  return out;
}

/**
 * MSE (times `lossScale`) on the training and test cars of the exact fit for
 * degrees 1…MAX_DEGREE. Legendre features are nested, so degree k uses the
 * first k columns of the degree-15 features.
 */
export function validationCurve(trainCount: number, seed: number, l2: number, lossScale: number): { degrees: number[]; trainCurve: number[]; testCurve: number[] } {
  const p = carsPolynomialProblem(trainCount, seed, MAX_DEGREE);
  const degrees: number[] = [], trainCurve: number[] = [], testCurve: number[] = [];
  for (let k = 1; k <= MAX_DEGREE; k++) {
    const xtr = firstColumns(p.train.x, p.train.n, MAX_DEGREE, k);
    const xte = firstColumns(p.test.x, p.test.n, MAX_DEGREE, k);
    let fit;
    try {
      fit = leastSquares(xtr, p.train.y, p.train.n, k, { l2 });
    } catch {
      continue; // singular: more coefficients than the cars can pin down
    }
    degrees.push(k);
    trainCurve.push(meanSquaredError(xtr, p.train.y, p.train.n, k, fit) * lossScale);
    testCurve.push(meanSquaredError(xte, p.test.y, p.test.n, k, fit) * lossScale);
  }
  return { degrees, trainCurve, testCurve };
}
