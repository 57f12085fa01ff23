import * as tf from "@tensorflow/tfjs-core";
import { beforeAll, describe, expect, it } from "vitest";
import facts from "../../src/content/facts.json";
import { carsLinearProblem, carsPolynomialProblem } from "../../src/data/carsProblems";
import { originalCoefficients, perFeatureScaling, seed000Scaling } from "../../src/data/scaling";
import { linregCarsSchema, polyfitCarsSchema } from "../../src/hyperparams/linear-regression";
import { defaults, type Settings } from "../../src/hyperparams/schema";
import { linearRegressionFacts } from "../../src/ml/facts/linearRegressionFacts";
import { mseGradient } from "../../src/ml/linear-regression/linearRegression";
import { conditioning } from "../../src/ml/linear-regression/normalEquations";
import { seed004ArticlePredictions, seed004NormalEquations, seed004Solution, seed004WithIntercept } from "../../src/ml/linear-regression/seed004";
import { createModel } from "../../src/ml/models";
import { createSession } from "../../src/ml/session";
import type { Report } from "../../src/worker/protocol";
import { useCpu } from "./tfCpu";

beforeAll(useCpu);

// ---------------------------------------------------------------------------
// An independent reference: least squares by Gaussian elimination with partial
// pivoting on the normal equations, in float64, written here and nowhere else.

/** Solves A x = c (A square, copied) by Gaussian elimination with partial pivoting. */
function gaussSolve(A: number[][], c: number[]): number[] {
  const n = c.length;
  const M = A.map((row, i) => [...row, c[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(M[r][col]) > Math.abs(M[pivot][col])) pivot = r;
    [M[col], M[pivot]] = [M[pivot], M[col]];
    if (Math.abs(M[col][col]) < 1e-12) throw new Error("singular");
    for (let r = col + 1; r < n; r++) {
      const f = M[r][col] / M[col][col];
      for (let k = col; k <= n; k++) M[r][k] -= f * M[col][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

/**
 * argmin (1/n)‖Xw + b − y‖² + λ‖w‖² by the normal equations, bias last.
 * @returns [w₁ … w_d, b]
 */
function referenceFit(x: ArrayLike<number>, y: ArrayLike<number>, rows: ArrayLike<number> | number, d: number, l2 = 0): number[] {
  const index = typeof rows === "number" ? Array.from({ length: rows }, (_, i) => i) : Array.from(rows);
  const p = d + 1;
  const A = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const c = new Array<number>(p).fill(0);
  for (const i of index) {
    const row = [...Array.from({ length: d }, (_, j) => x[i * d + j]), 1];
    for (let a = 0; a < p; a++) {
      c[a] += row[a] * y[i];
      for (let b = 0; b < p; b++) A[a][b] += row[a] * row[b];
    }
  }
  for (let j = 0; j < d; j++) A[j][j] += l2 * index.length;
  return gaussSolve(A, c);
}

const relativeError = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(...a.map((v, i) => v - b[i])) / Math.hypot(...b);

/** Trains model `id` with `settings` until it reports "done" or `limit` steps; returns its parameters. */
async function trainToDone(id: string, settings: Settings, limit: number) {
  const setup = await createModel(id, settings);
  let steps = 0, converged = false;
  while (!converged && steps < limit) {
    const r = await setup.trainable.run(100);
    steps += r.points.length;
    converged = r.converged;
  }
  const view = await setup.trainable.view();
  setup.trainable.dispose();
  return { steps, converged, theta: [...view.params!.w, view.params!.b[0]], view };
}

const linreg = (s: Settings = {}): Settings => ({ ...defaults(linregCarsSchema), backend: "cpu", ...s });
const polyfit = (s: Settings = {}): Settings => ({ ...defaults(polyfitCarsSchema), backend: "cpu", ...s });

describe("linear regression by gradient descent", () => {
  it.each(["weight", "horsepower", "both"])("reaches the closed-form solution on the cars (%s), relative error ≤ 1e-3", async (features) => {
    const { converged, theta } = await trainToDone("linreg-cars", linreg({ features }), 5000);
    expect(converged).toBe(true);
    const p = carsLinearProblem(features as "weight", "feature");
    const reference = referenceFit(p.train.x, p.train.y, p.train.n, p.d);
    expect(relativeError(theta, reference)).toBeLessThanOrEqual(1e-3);

    // The same fit in raw units: rescaling is invertible, so mapping the learned
    // parameters back gives the least-squares fit of the raw data.
    const raw = referenceFit(p.set.x, p.set.y, p.split.train, p.d);
    const back = originalCoefficients(p.scaling, theta.slice(0, p.d), theta[p.d]);
    expect(relativeError([...back.a, back.b0], raw)).toBeLessThanOrEqual(1e-3);
  });

  it("the gradient it applies is the MSE's gradient (checked against autodiff)", () => {
    tf.tidy(() => {
      const X = tf.tensor2d([[1, 2], [0.5, -1], [3, 0.25], [-2, 1]]);
      const y = tf.tensor2d([[1], [0], [2], [-1]]);
      const w = tf.tensor2d([[0.3], [-0.7]]);
      const b = tf.scalar(0.2);
      const mse = (wv: tf.Tensor, bv: tf.Tensor) => tf.mean(tf.square(tf.sub(tf.add(tf.matMul(X, wv as tf.Tensor2D), bv), y))) as tf.Scalar;
      const [gwAuto, gbAuto] = tf.grads((wv: tf.Tensor, bv: tf.Tensor) => mse(wv, bv))([w, b]);
      const { gw, gb } = mseGradient(X, tf.sub(tf.add(tf.matMul(X, w), b), y) as tf.Tensor2D);
      const close = (a: tf.Tensor, e: tf.Tensor) => (a.dataSync() as Float32Array).forEach((v, i) => expect(v).toBeCloseTo(e.dataSync()[i], 5));
      close(gw, gwAuto);
      close(gb, gbAuto);
    });
  });

  it("Adam on polynomial features reaches the exact ridge solution (degree 5, λ = 0.01), relative error ≤ 1e-3", async () => {
    const { converged, theta } = await trainToDone("polyfit-cars", polyfit({ degree: 5, l2: 0.01 }), 5000);
    expect(converged).toBe(true);
    const p = carsPolynomialProblem(20, 1, 5);
    expect(relativeError(theta, referenceFit(p.train.x, p.train.y, p.train.n, 5, 0.01))).toBeLessThanOrEqual(1e-3);
  });

  it("overfits as the chapter says: at degree 10 the held-out error ends far above the training error, and L2 pulls it down", async () => {
    const run = async (l2: number) => {
      const setup = await createModel("polyfit-cars", polyfit({ l2 }));
      const r = await setup.trainable.run(600);
      setup.trainable.dispose();
      return r.points;
    };
    const free = await run(1e-6);
    const last = free.at(-1)!;
    expect(last.loss).toBeLessThan(free[0].loss);
    expect(last.extra!.testLoss).toBeGreaterThan(10 * last.loss);
    const ridge = (await run(0.01)).at(-1)!;
    expect(ridge.extra!.testLoss).toBeLessThan(last.extra!.testLoss / 5);
  });
});

describe("seed 004's three rows", () => {
  it("XᵀX = [[66, 78], [78, 93]], Xᵀy = (90, 108), w = (−1, 2): an exact fit", () => {
    const { xtx, xty } = seed004NormalEquations();
    expect(xtx).toEqual([[66, 78], [78, 93]]);
    expect(xty).toEqual([90, 108]);
    const { w, det, fitted } = seed004Solution();
    expect(det).toBe(54);
    expect(w[0]).toBeCloseTo(-1, 12);
    expect(w[1]).toBeCloseTo(2, 12);
    fitted.forEach((v, i) => expect(v).toBeCloseTo([3, 6, 9][i], 12));
    // and independently, from the rows themselves
    const rows = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    const A = [[0, 0], [0, 0]], c = [0, 0];
    for (const [x1, x2, y] of rows) {
      A[0][0] += x1 * x1; A[0][1] += x1 * x2; A[1][0] += x2 * x1; A[1][1] += x2 * x2;
      c[0] += x1 * y; c[1] += x2 * y;
    }
    expect(gaussSolve(A, c).map((v) => Number(v.toFixed(12)))).toEqual([-1, 2]);
  });

  it("the article's w = (4.33, 8.67) does not fit its own rows", () => {
    const { fitted } = seed004ArticlePredictions();
    expect(fitted[0]).toBeCloseTo(65 / 3, 10);
    fitted.forEach((v, i) => expect(Math.abs(v - [3, 6, 9][i])).toBeGreaterThan(15));
  });

  it("with an intercept the design is rank-deficient and the minimum-norm exact fit is y = x₂ + 1", () => {
    const { smallestEigenvalue, minNorm } = seed004WithIntercept();
    expect(Math.abs(smallestEigenvalue)).toBeLessThan(1e-9);
    expect(minNorm[0]).toBeCloseTo(0, 5);
    expect(minNorm[1]).toBeCloseTo(1, 5);
    expect(minNorm[2]).toBeCloseTo(1, 5);
  });
});

describe("seed 000's standardisation (the pitfall)", () => {
  const both = carsLinearProblem("both", "feature");

  it("uses one mean and std for all columns and divides y by its mean, unlike per-feature standardisation", () => {
    const right = perFeatureScaling(both.set, both.split.train);
    const pitfall = seed000Scaling(both.set);
    expect(pitfall.xShift[0]).toBe(pitfall.xShift[1]);
    expect(pitfall.xScale[0]).toBe(pitfall.xScale[1]);
    expect(right.xShift[0]).not.toBeCloseTo(right.xShift[1], 0);
    expect(right.xScale[0]).not.toBeCloseTo(right.xScale[1], 0);
    expect(pitfall.yScale).toBe(pitfall.yShift); // (y − ȳ)/ȳ
    expect(Math.abs(pitfall.yScale - right.yScale)).toBeGreaterThan(10);

    // Per feature, every training column has mean 0 and std 1; under the pitfall horsepower's std is tiny.
    const columnStd = (x: Float32Array, j: number, n: number) => {
      const m = Array.from({ length: n }, (_, i) => x[2 * i + j]).reduce((a, v) => a + v, 0) / n;
      return Math.sqrt(Array.from({ length: n }, (_, i) => (x[2 * i + j] - m) ** 2).reduce((a, v) => a + v, 0) / n);
    };
    const bad = carsLinearProblem("both", "seed000");
    for (const j of [0, 1]) expect(columnStd(both.train.x, j, both.train.n)).toBeCloseTo(1, 4);
    expect(columnStd(bad.train.x, 0, bad.train.n)).toBeLessThan(0.05);
    expect(columnStd(bad.train.x, 1, bad.train.n)).toBeGreaterThan(0.4);

    const kRight = conditioning(both.train.x, both.train.n, 2).kappa;
    const kBad = conditioning(bad.train.x, bad.train.n, 2).kappa;
    expect(kBad).toBeGreaterThan(1000 * kRight);
  });

  it("leaves gradient descent far from θ* where per-feature scaling arrives, and diverges at a rate the right scaling takes", async () => {
    const right = await trainToDone("linreg-cars", linreg({ features: "both" }), 2000);
    expect(right.converged).toBe(true);
    const bad = await createModel("linreg-cars", linreg({ features: "both", scaling: "seed000" }));
    const points = (await bad.trainable.run(2000)).points;
    bad.trainable.dispose();
    const first = points[0].extra!.distance, last = points.at(-1)!.extra!.distance;
    expect(last / first).toBeGreaterThan(0.5); // it has barely moved towards θ*
    // Same closed form: the best possible MSE does not depend on the scaling, only the path does.
    const cf = (scaling: "feature" | "seed000") => {
      const p = carsLinearProblem("both", scaling);
      const t = referenceFit(p.train.x, p.train.y, p.train.n, 2);
      const back = originalCoefficients(p.scaling, t.slice(0, 2), t[2]);
      return [...back.a, back.b0];
    };
    expect(relativeError(cf("seed000"), cf("feature"))).toBeLessThan(1e-6); // float32 rows: equal to rounding

    const fast = await createModel("linreg-cars", linreg({ features: "both", scaling: "seed000", learningRate: 0.5 }));
    const fastPoints = (await fast.trainable.run(500)).points;
    fast.trainable.dispose();
    expect(fastPoints.some((p) => !Number.isFinite(p.loss))).toBe(true);
    const ok = await trainToDone("linreg-cars", linreg({ features: "both", learningRate: 0.5 }), 500);
    expect(ok.converged).toBe(true);
  });
});

describe("the linear-regression widgets' sessions", () => {
  function harness() {
    const reports: Report[] = [];
    const session = createSession((r) => reports.push(r));
    return { session, reports };
  }

  it("a too-large learning rate gives status diverged and a message naming the step", async () => {
    const { session, reports } = harness();
    await session.handle({ type: "init", model: "linreg-cars", settings: linreg({ learningRate: 5 }) });
    await session.handle({ type: "step", count: 200 });
    const last = reports.at(-1)!;
    expect(last.type === "progress" && last.status).toBe("diverged");
    expect(last.type === "progress" && last.message).toMatch(/at step \d+/);
  });

  it.each([
    ["linreg-cars", linreg({ features: "both", batchSize: "4" })],
    ["linreg-cars", linreg({ scaling: "seed000" })],
    ["polyfit-cars", polyfit()],
  ] as const)("returns to the tensor baseline after reset cycles and live changes (%s)", async (model, settings) => {
    const { session, reports } = harness();
    await session.handle({ type: "init", model, settings });
    const counts: number[] = [];
    for (let cycle = 0; cycle < 4; cycle++) {
      await session.handle({ type: "step", count: 20 });
      await session.handle({ type: "set", settings: { learningRate: 0.01, l2: 0.1 } });
      await session.handle({ type: "step", count: 5 });
      await session.handle({ type: "reset", settings });
      await session.handle({ type: "memory" });
      const m = reports.at(-1)!;
      if (m.type === "memory") counts.push(m.numTensors - m.baseline);
    }
    expect(counts).toHaveLength(4);
    expect(new Set(counts).size).toBe(1);
    // A model used every way and disposed leaves exactly the tensors there were before it.
    const baseline = tf.memory().numTensors;
    const setup = await createModel(model, settings);
    await setup.trainable.run(10);
    await setup.trainable.view();
    setup.trainable.setLive({ l2: 0.5, learningRate: 0.02 });
    await setup.trainable.run(3);
    await setup.trainable.view();
    expect(tf.memory().numTensors).toBeGreaterThan(baseline);
    setup.trainable.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});

describe("the chapter's facts", () => {
  it("are what the code computes now (facts.json is current for this chapter)", async () => {
    const computed = await linearRegressionFacts();
    const stored = facts as Record<string, { value: number; text: string }>;
    for (const [id, f] of Object.entries(computed)) {
      expect(stored[id], id).toBeDefined();
      expect(stored[id].text, id).toBe(f.text);
    }
  });
});
