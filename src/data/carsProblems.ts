/**
 * The linear-regression chapter's problems on the cars, built the same way in
 * the training worker and in the widget that draws them: which rows train and
 * which are held out, and how features and target are rescaled. Plain arrays.
 */
import { carCount, carsMpg, type CarFeature } from "./cars";
import { legendreFeatures } from "./polynomialFeatures";
import { heldOutSplit, sampleSplit, type RegressionSet, type Split } from "./regressionSet";
import { fitScaling, scaledRows, type AffineScaling, type Scaling } from "./scaling";

/** The feature choice of the linear-regression widget. */
export type CarFeatureChoice = "horsepower" | "weight" | "both";

/** A fifth of the cars, always the same ones (seed 0), is held out for testing. */
export const CARS_TEST_FRACTION = 0.2;
export const CARS_SPLIT_SEED = 0;

/** Rows ready for a tensor: x [n, d] and y [n], rescaled. */
export interface ScaledPart {
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly n: number;
}

/** A regression problem as gradient descent sees it. */
export interface LinearProblem {
  readonly set: RegressionSet;
  readonly split: Split;
  readonly scaling: AffineScaling;
  readonly d: number;
  readonly train: ScaledPart;
  readonly test: ScaledPart;
}

/** The features behind a choice, in column order. */
export function carFeatures(choice: CarFeatureChoice): CarFeature[] {
  return choice === "both" ? ["horsepower", "weight"] : [choice];
}

/** Splits and rescales `set`. */
export function linearProblem(set: RegressionSet, split: Split, scaling: Scaling): LinearProblem {
  const s = fitScaling(scaling, set, split);
  const part = (rows: Int32Array): ScaledPart => ({ ...scaledRows(set, s, rows), n: rows.length });
  return { set, split, scaling: s, d: set.d, train: part(split.train), test: part(split.test) };
}

/** Fuel economy from horsepower and/or weight, on the fixed 80/20 split. */
export function carsLinearProblem(features: CarFeatureChoice, scaling: Scaling): LinearProblem {
  const split = heldOutSplit(carCount, CARS_TEST_FRACTION, CARS_SPLIT_SEED);
  return linearProblem(carsMpg(carFeatures(features)), split, scaling);
}

/**
 * Fuel economy from polynomial features of horsepower. `trainCount` cars drawn
 * by `seed` train; all the others test. Horsepower is mapped from its domain
 * HORSEPOWER_DOMAIN onto u ∈ [−1, 1] and expanded into Legendre polynomials
 * P₁(u)…P_degree(u); the target is standardised with the training cars.
 */
export interface PolynomialProblem {
  readonly set: RegressionSet;
  readonly split: Split;
  readonly degree: number;
  /** The horsepower domain: u = 2(hp − lo)/(hi − lo) − 1. */
  readonly lo: number;
  readonly hi: number;
  readonly yShift: number;
  readonly yScale: number;
  readonly train: ScaledPart;
  readonly test: ScaledPart;
}

/**
 * The horsepower range mapped onto [−1, 1], fixed in advance (every car has
 * 46 to 230 hp): where the Legendre polynomials stay within ±1. Taking it from
 * the training cars instead would let a high-degree curve shoot off to huge
 * values for any test car outside their range.
 */
export const HORSEPOWER_DOMAIN: readonly [number, number] = [40, 240];

/** Builds the polynomial problem (see PolynomialProblem). */
export function carsPolynomialProblem(trainCount: number, seed: number, degree: number): PolynomialProblem {
  const set = carsMpg(["horsepower"]);
  const split = sampleSplit(set.n, trainCount, seed);
  const [lo, hi] = HORSEPOWER_DOMAIN;
  let mean = 0;
  for (const i of split.train) mean += set.y[i];
  mean /= split.train.length;
  let variance = 0;
  for (const i of split.train) variance += (set.y[i] - mean) ** 2;
  const yScale = Math.sqrt(variance / split.train.length) || 1;
  const span = hi - lo;
  const part = (rows: Int32Array): ScaledPart => {
    const u = Float64Array.from(rows, (i) => (2 * (set.x[i] - lo)) / span - 1);
    return { x: legendreFeatures(u, degree), y: Float32Array.from(rows, (i) => (set.y[i] - mean) / yScale), n: rows.length };
  };
  return { set, split, degree, lo, hi, yShift: mean, yScale, train: part(split.train), test: part(split.test) };
}
