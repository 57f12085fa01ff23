import * as tf from "@tensorflow/tfjs-core";
import { beforeAll, describe, expect, it } from "vitest";
import { irisPetalsThreeSpecies } from "../../src/data/irisSpecies";
import { adelieChinstrap } from "../../src/data/penguins";
import type { TwoFeatureSet } from "../../src/data/twoFeatureSet";
import { confusionAt } from "../../src/ml/logistic-regression/confusion";
import { logisticLossAndGradient } from "../../src/ml/logistic-regression/gradient";
import { createLogisticRegression, type LabelCoding } from "../../src/ml/logistic-regression/logisticRegression";
import { createSoftmaxRegression } from "../../src/ml/logistic-regression/softmaxRegression";
import { seed004 } from "../../src/ml/logistic-regression/seed004";
import { createSession } from "../../src/ml/session";
import { defaults } from "../../src/hyperparams/schema";
import { logregPenguinsSchema } from "../../src/hyperparams/logistic-regression";
import type { Report } from "../../src/worker/protocol";
import { useCpu } from "./tfCpu";

beforeAll(useCpu);

/** Solves the 3 × 3 system A x = r by Gaussian elimination with partial pivoting (float64). */
function solve3(A: number[][], r: number[]): number[] {
  const m = A.map((row, i) => [...row, r[i]]);
  for (let c = 0; c < 3; c++) {
    let pivot = c;
    for (let i = c + 1; i < 3; i++) if (Math.abs(m[i][c]) > Math.abs(m[pivot][c])) pivot = i;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let i = c + 1; i < 3; i++) {
      const f = m[i][c] / m[c][c];
      for (let k = c; k < 4; k++) m[i][k] -= f * m[c][k];
    }
  }
  const x = [0, 0, 0];
  for (let i = 2; i >= 0; i--) {
    let s = m[i][3];
    for (let k = i + 1; k < 3; k++) s -= m[i][k] * x[k];
    x[i] = s / m[i][i];
  }
  return x;
}

/**
 * Newton's method (iteratively reweighted least squares) in plain float64 for
 * (1/n)Σ[softplus(zᵢ) − yᵢzᵢ] + (λ/2)‖w‖², zᵢ = w·xᵢ + b, y ∈ {0, 1}; b not penalised.
 * Independent of TF.js: its own sums, its own Hessian, its own solver.
 * @returns [w1, w2, b] and the objective there
 */
function irls(data: TwoFeatureSet, l2: number): { theta: number[]; loss: number } {
  const n = data.n;
  const rows = Array.from({ length: n }, (_, i) => [data.x[2 * i], data.x[2 * i + 1], 1]);
  const y = Array.from(data.y, (v) => (v > 0 ? 1 : 0));
  const theta = [0, 0, 0];
  const objective = () => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const z = rows[i][0] * theta[0] + rows[i][1] * theta[1] + theta[2];
      s += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z;
    }
    return s / n + (l2 / 2) * (theta[0] ** 2 + theta[1] ** 2);
  };
  for (let iter = 0; iter < 100; iter++) {
    const g = [l2 * theta[0], l2 * theta[1], 0];
    const H = [[l2, 0, 0], [0, l2, 0], [0, 0, 0]];
    for (let i = 0; i < n; i++) {
      const z = rows[i][0] * theta[0] + rows[i][1] * theta[1] + theta[2];
      const p = 1 / (1 + Math.exp(-z));
      for (let a = 0; a < 3; a++) {
        g[a] += ((p - y[i]) * rows[i][a]) / n;
        for (let c = 0; c < 3; c++) H[a][c] += (p * (1 - p) * rows[i][a] * rows[i][c]) / n;
      }
    }
    const delta = solve3(H, g);
    for (let a = 0; a < 3; a++) theta[a] -= delta[a];
    if (Math.hypot(...g) < 1e-13) break;
  }
  return { theta, loss: objective() };
}

/** Runs gradient descent until it reports convergence or `limit` steps pass. */
async function descend(data: TwoFeatureSet, opts: { l2: number; lr: number; labels?: LabelCoding; seed?: number; limit?: number; tolerance?: number }) {
  const model = createLogisticRegression(data, {
    seed: opts.seed ?? 1, learningRate: opts.lr, l2: opts.l2, threshold: 0.5, labels: opts.labels ?? "01", tolerance: opts.tolerance ?? 1e-6,
  });
  const losses: number[] = [];
  let converged = false;
  while (!converged && losses.length < (opts.limit ?? 20_000)) {
    const r = await model.run(500);
    losses.push(...r.points.map((p) => p.loss));
    converged = r.converged;
  }
  const view = await model.view();
  model.dispose();
  return { losses, converged, view };
}

describe("logistic regression", () => {
  it("reaches the Newton/IRLS solution on the penguins (same data, same λ): relative error ≤ 1e-3", async () => {
    const data = adelieChinstrap();
    for (const l2 of [0.01, 0.1]) {
      const exact = irls(data, l2);
      const gd = await descend(data, { l2, lr: 2 });
      expect(gd.converged).toBe(true);
      const theta = [...gd.view.params!.w, gd.view.params!.b[0]];
      const error = Math.hypot(...theta.map((v, i) => v - exact.theta[i])) / Math.hypot(...exact.theta);
      expect(error).toBeLessThanOrEqual(1e-3);
      // The objective there agrees to float32 precision, and GD's loss fell to it.
      expect(Math.abs(gd.losses.at(-1)! - exact.loss)).toBeLessThan(1e-5);
      expect(gd.losses[0]).toBeGreaterThan(exact.loss + 0.1);
    }
  });

  it("starts anywhere and ends at the same place (the loss is convex)", async () => {
    const data = adelieChinstrap();
    const a = await descend(data, { l2: 0.05, lr: 2, seed: 1 });
    const b = await descend(data, { l2: 0.05, lr: 2, seed: 99 });
    expect(a.losses[0]).not.toBe(b.losses[0]);
    a.view.params!.w.forEach((v, i) => expect(v).toBeCloseTo(b.view.params!.w[i], 3));
  });

  it("computes seed 004's first step correctly: ∇w = (−2/3, −5/6), ∂b = −1/6, loss log 2", () => {
    const s = seed004();
    expect(s.dw[0]).toBeCloseTo(-2 / 3, 6);
    expect(s.dw[1]).toBeCloseTo(-5 / 6, 6);
    expect(s.db).toBeCloseTo(-1 / 6, 6);
    expect(s.loss).toBeCloseTo(Math.log(2), 6);
    // one step of α = 0.01 moves w to −α∇w and b to +α/6 (upwards: b's gradient is negative)
    expect(s.wAfter[0]).toBeCloseTo(0.01 * (2 / 3), 7);
    expect(s.wAfter[1]).toBeCloseTo(0.01 * (5 / 6), 7);
    expect(s.bAfter).toBeCloseTo(0.01 / 6, 7);
    expect(s.lossAfter).toBeLessThan(s.loss);
  });

  it("agrees with finite differences of its own loss", () => {
    const data = adelieChinstrap();
    const at = (w1: number, w2: number, b: number) => tf.tidy(() => {
      const g = logisticLossAndGradient(
        tf.tensor2d(data.x, [data.n, 2]), tf.tensor2d(data.y.map((v) => (v > 0 ? 1 : 0)), [data.n, 1]),
        tf.tensor2d([w1, w2], [2, 1]), tf.scalar(b), 0.1,
      );
      return { loss: g.loss.dataSync()[0], dw: Array.from(g.dw.dataSync()), db: g.db.dataSync()[0] };
    });
    const base = at(0.7, -0.4, 0.2);
    const h = 1e-2;
    expect((at(0.7 + h, -0.4, 0.2).loss - at(0.7 - h, -0.4, 0.2).loss) / (2 * h)).toBeCloseTo(base.dw[0], 3);
    expect((at(0.7, -0.4 + h, 0.2).loss - at(0.7, -0.4 - h, 0.2).loss) / (2 * h)).toBeCloseTo(base.dw[1], 3);
    expect((at(0.7, -0.4, 0.2 + h).loss - at(0.7, -0.4, 0.2 - h).loss) / (2 * h)).toBeCloseTo(base.db, 3);
  });

  it("with labels ±1 (seed 000) the loss goes below zero and the bias falls at every step", async () => {
    const data = adelieChinstrap();
    const model = createLogisticRegression(data, { seed: 1, learningRate: 0.5, l2: 0.01, threshold: 0.5, labels: "pm1" });
    const bs: number[] = [];
    const losses: number[] = [];
    for (let k = 0; k < 60; k++) {
      const r = await model.run(25);
      losses.push(...r.points.map((p) => p.loss));
      bs.push((await model.view()).params!.b[0]);
    }
    const last = await model.view();
    model.dispose();
    const negatives = Array.from(data.y).filter((v) => v < 0).length;
    // ∂b = mean(σ) − mean(y) > (negatives − positives)/n, so each step lowers b by more than η times that.
    const drift = 0.5 * (2 * negatives - data.n) / data.n;
    for (let k = 1; k < bs.length; k++) expect(bs[k - 1] - bs[k]).toBeGreaterThan(25 * drift * 0.999); // float32: σ → 0 makes the bound tight
    expect(losses.at(-1)!).toBeLessThan(0);
    expect(losses.at(-1)!).toBeLessThan(losses[250]);
    // the falling bias drags every bird towards "Adelie": most Chinstraps are missed
    expect(Number(last.extra!.recall)).toBeLessThan(0.5);
  });

  it("moves the confusion matrix with the threshold, without training", async () => {
    const data = adelieChinstrap();
    const model = createLogisticRegression(data, { seed: 1, learningRate: 2, l2: 0.01, threshold: 0.5, labels: "01" });
    await model.run(300);
    const at = async (t: number) => { model.setLive({ threshold: t }); return (await model.view()).extra!; };
    const low = await at(0.1), mid = await at(0.5), high = await at(0.9);
    model.dispose();
    expect(Number(low.tp) + Number(low.fn)).toBe(Number(high.tp) + Number(high.fn));
    expect(Number(low.recall)).toBeGreaterThanOrEqual(Number(mid.recall));
    expect(Number(mid.recall)).toBeGreaterThan(Number(high.recall));
    expect(Number(high.precision)).toBeGreaterThanOrEqual(Number(low.precision));
    expect(Number(low.fp)).toBeGreaterThan(Number(high.fp));
  });

  it("counts a confusion matrix by hand", () => {
    const c = confusionAt([0.9, 0.6, 0.4, 0.2, 0.7], [1, -1, 1, -1, 1], 0.5);
    expect([c.tp, c.fp, c.fn, c.tn]).toEqual([2, 1, 1, 1]);
    expect(c.precision).toBeCloseTo(2 / 3);
    expect(c.recall).toBeCloseTo(2 / 3);
    expect(confusionAt([0.1], [1], 0.5).precision).toBeNaN();
  });
});

describe("the session", () => {
  it("shows a live threshold change at once while paused (one report, no steps)", async () => {
    const reports: Report[] = [];
    const session = createSession((r) => reports.push(r));
    await session.handle({ type: "init", model: "logreg-penguins", settings: { ...defaults(logregPenguinsSchema), backend: "cpu" } });
    await session.handle({ type: "step", count: 200 });
    const before = reports.length;
    await session.handle({ type: "set", settings: { threshold: 0.1 } });
    expect(reports.length).toBe(before + 1);
    const r = reports.at(-1)!;
    expect(r.type === "progress" && r.status).toBe("paused");
    expect(r.type === "progress" && r.points).toEqual([]);
    expect(r.type === "progress" && r.view.extra?.threshold).toBe(0.1);
    expect(r.type === "progress" && r.view.step).toBe(200);
    await session.handle({ type: "reset", settings: { ...defaults(logregPenguinsSchema), backend: "cpu" } });
  });
});

describe("softmax regression", () => {
  it("gives class probabilities that sum to 1 everywhere, and its loss falls", async () => {
    const data = irisPetalsThreeSpecies();
    const model = createSoftmaxRegression(data, { seed: 1, learningRate: 1, l2: 0.01 });
    const r = await model.run(300);
    const view = await model.view();
    model.dispose();
    const probabilities = view.extra!.probabilities as Float32Array;
    const K = view.extra!.classCount as number;
    expect(K).toBe(3);
    expect(probabilities.length).toBe((view.extra!.gridSize as number) ** 2 * K);
    for (let i = 0; i < probabilities.length; i += K) {
      let s = 0;
      for (let k = 0; k < K; k++) { expect(probabilities[i + k]).toBeGreaterThanOrEqual(0); s += probabilities[i + k]; }
      expect(s).toBeCloseTo(1, 5);
    }
    expect(r.points.at(-1)!.loss).toBeLessThan(r.points[0].loss / 3);
    expect(r.points.at(-1)!.accuracy).toBeGreaterThan(0.9);
  });
});

describe("tensors", () => {
  it("both models free every tensor they made", async () => {
    const before = tf.memory().numTensors;
    const a = createLogisticRegression(adelieChinstrap(), { seed: 1, learningRate: 1, l2: 0.01, threshold: 0.5, labels: "pm1" });
    await a.run(20); await a.view(); a.dispose();
    const b = createSoftmaxRegression(irisPetalsThreeSpecies(), { seed: 1, learningRate: 1, l2: 0.01 });
    await b.run(20); await b.view(); b.dispose();
    seed004();
    expect(tf.memory().numTensors).toBe(before);
  });
});
