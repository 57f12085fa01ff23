/** The linear-regression chapter's models: gradient descent on the cars, and a polynomial fit with L2. */
import { carsLinearProblem, carsPolynomialProblem, type CarFeatureChoice, type LinearProblem } from "../../data/carsProblems";
import type { Scaling } from "../../data/scaling";
import type { Settings } from "../../hyperparams/schema";
import type { ModelFactory } from "../models";
import type { Stat } from "../trainable";
import { createLinearRegression } from "./linearRegression";
import { conditioning, leastSquares, meanSquaredError, type LinearFit } from "./normalEquations";
import { createPolynomialFit } from "./polynomialFit";
import { validationCurve } from "./validationCurve";

const num = (s: Settings, key: string) => Number(s[key]);

/** The closed-form solution of a linear problem in its own (rescaled) coordinates, and what it achieves. */
export function closedForm(problem: LinearProblem): { fit: LinearFit; trainMse: number; testMse: number } {
  const { train, test, d, scaling } = problem;
  const fit = leastSquares(train.x, train.y, train.n, d);
  const s2 = scaling.yScale ** 2;
  return { fit, trainMse: meanSquaredError(train.x, train.y, train.n, d, fit) * s2, testMse: meanSquaredError(test.x, test.y, test.n, d, fit) * s2 };
}

/** Batch size from its setting: "full" or a count. */
export function batchRows(setting: number | string | undefined, n: number): number {
  return setting === "full" || setting === undefined ? n : Math.max(1, Number(setting));
}

export const linearRegressionModels: Readonly<Record<string, ModelFactory>> = {
  "linreg-cars": (settings) => {
    const problem = carsLinearProblem(settings.features as CarFeatureChoice, settings.scaling as Scaling);
    const { fit, trainMse } = closedForm(problem);
    const c = conditioning(problem.train.x, problem.train.n, problem.d);
    const fixedStats: Stat[] = [
      { label: "Closed-form train MSE", value: trainMse, digits: 3 },
      { label: "Condition number κ", value: c.kappa, digits: c.kappa < 100 ? 1 : 0 },
      { label: "Stable for η below", value: c.maxStableRate, digits: c.maxStableRate < 0.01 ? 12 : 3 },
    ];
    const s = problem.scaling;
    return {
      trainable: createLinearRegression(problem.train, problem.test, problem.d, {
        seed: num(settings, "seed"),
        learningRate: num(settings, "learningRate"),
        batchSize: batchRows(settings.batchSize, problem.train.n),
        target: fit,
        lossScale: s.yScale ** 2,
        fixedStats,
        viewExtra: { scaling: s.kind, xShift: [...s.xShift], xScale: [...s.xScale], yShift: s.yShift, yScale: s.yScale, features: String(settings.features) },
      }),
    };
  },

  "polyfit-cars": (settings) => {
    const degree = num(settings, "degree");
    const seed = num(settings, "seed");
    const trainCount = num(settings, "trainCount");
    const problem = carsPolynomialProblem(trainCount, seed, degree);
    const { train, test } = problem;
    return {
      trainable: createPolynomialFit(train, test, degree, {
        learningRate: num(settings, "learningRate"),
        l2: num(settings, "l2"),
        lossScale: problem.yScale ** 2,
        solve: (l2) => leastSquares(train.x, train.y, train.n, degree, { l2 }),
        describe: (l2) => ({
          ...validationCurve(trainCount, seed, l2, problem.yScale ** 2),
          lo: problem.lo, hi: problem.hi, yShift: problem.yShift, yScale: problem.yScale,
          key: `${trainCount}|${seed}|${degree}`,
        }),
      }),
    };
  },
};
