/**
 * The SVM chapter's claims: sub-gradient descent in TF.js reaches the exact
 * soft-margin solution (the dual solved by SMO, whose optimality is checked here
 * against the KKT conditions and a zero duality gap), the margin widens as C
 * falls, the support vectors are the points on or inside the margin, random
 * Fourier features approximate the RBF kernel, and every tensor is freed.
 */
import * as tf from "@tensorflow/tfjs-core";
import { beforeAll, describe, expect, it } from "vitest";
import { irisVersicolorVirginica } from "../../src/data/svmSets";
import { nonlinearSet } from "../../src/data/nonlinearSets";
import type { TwoFeatureSet } from "../../src/data/twoFeatureSet";
import { createKernelSvm } from "../../src/ml/svm/kernelSvm";
import { createLinearSvm } from "../../src/ml/svm/linearSvm";
import { approximateKernel, drawFourierProjection, rbfKernel } from "../../src/ml/svm/randomFourierFeatures";
import { primalObjective, solveLinearSvm, type LinearSvmSolution } from "../../src/ml/svm/smo";
import type { Trainable } from "../../src/ml/trainable";
import { useCpu } from "./tfCpu";

beforeAll(useCpu);

/** Six points whose soft-margin SVM (C ≥ ½) is known by hand: w = (1, 0), b = 0, α = ½ on (±1, 0). */
const sixPoints: TwoFeatureSet = {
  name: "six points",
  x: new Float32Array([1, 0, 2, 1, 2, -1, -1, 0, -2, 1, -2, -1]),
  y: new Float32Array([1, 1, 1, -1, -1, -1]),
  n: 6,
  featureNames: ["x₁", "x₂"],
  classNames: ["−1", "+1"],
  extent: [-3, 3, -2, 2],
};

/** A 20-flower subset of the Iris pair that still overlaps (every fifth flower). */
function smallIris(): TwoFeatureSet {
  const all = irisVersicolorVirginica();
  const keep = Array.from({ length: all.n }, (_, i) => i).filter((i) => i % 5 === 0);
  return {
    ...all,
    name: "20 Iris flowers",
    n: keep.length,
    x: Float32Array.from(keep.flatMap((i) => [all.x[2 * i], all.x[2 * i + 1]])),
    y: Float32Array.from(keep.map((i) => all.y[i])),
  };
}

/** Checks the KKT conditions and strong duality: together they make (α, w, b) the exact optimum. */
function expectOptimal(data: TwoFeatureSet, C: number, s: LinearSvmSolution, tol = 1e-7) {
  let balance = 0, dual = 0;
  for (let i = 0; i < data.n; i++) {
    const a = s.alpha[i];
    const m = data.y[i] * (s.w[0] * data.x[2 * i] + s.w[1] * data.x[2 * i + 1] + s.b);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThanOrEqual(C);
    if (a === 0) expect(m).toBeGreaterThanOrEqual(1 - tol);             // outside the margin
    else if (a === C) expect(m).toBeLessThanOrEqual(1 + tol);           // on or inside it
    else expect(Math.abs(m - 1)).toBeLessThanOrEqual(tol);              // exactly on it
    balance += a * data.y[i];
    dual += a;
  }
  dual -= 0.5 * (s.w[0] ** 2 + s.w[1] ** 2);
  expect(Math.abs(balance)).toBeLessThan(tol);
  // Primal = dual at the optimum (strong duality); at any other pair the primal is larger.
  const primal = primalObjective(data.x, data.y, 2, C, s.w, s.b);
  expect(Math.abs(primal - dual)).toBeLessThan(tol * Math.max(1, primal));
}

/** Trains `steps` sub-gradient steps (in chunks, as the session does) and returns the last view. */
async function train(model: Trainable, steps: number, chunk = 500) {
  let loss = NaN;
  let first = NaN;
  for (let done = 0; done < steps; done += chunk) {
    const r = await model.run(Math.min(chunk, steps - done));
    if (Number.isNaN(first)) first = r.points[0].loss;
    loss = r.points[r.points.length - 1].loss;
  }
  return { view: await model.view(), loss, first };
}

const paramsOf = (view: Awaited<ReturnType<Trainable["view"]>>) => ({ w: view.params!.w, b: view.params!.b[0] });
const marginOf = (w: readonly number[]) => 1 / Math.hypot(w[0], w[1]);

describe("the exact soft-margin SVM (SMO on the dual)", () => {
  it("gives the hand-computed answer on six points", () => {
    const s = solveLinearSvm(sixPoints.x, sixPoints.y, 2, 1);
    expect(s.w[0]).toBeCloseTo(1, 9);
    expect(s.w[1]).toBeCloseTo(0, 9);
    expect(s.b).toBeCloseTo(0, 9);
    expect(Array.from(s.alpha)).toEqual([0.5, 0, 0, 0.5, 0, 0].map((a) => expect.closeTo(a, 9)));
    expect(s.supportVectors).toEqual([0, 3]);
    expect(s.margin).toBeCloseTo(1, 9);
    expectOptimal(sixPoints, 1, s);
  });

  it.each([0.01, 0.1, 1, 10, 100])("satisfies the KKT conditions with no duality gap on the Iris pair, C = %s", (C) => {
    const data = irisVersicolorVirginica();
    expectOptimal(data, C, solveLinearSvm(data.x, data.y, 2, C));
  });
});

describe("the linear SVM trained by sub-gradient descent in TF.js", () => {
  // Tolerances: ‖w − w*‖ and |b − b*| at most 2e-3 (about 0.1 % of ‖w*‖ on Iris) after the stated steps.
  it.each([
    ["six points, C = 1", () => sixPoints, 1, 5000],
    ["20 Iris flowers, C = 1", smallIris, 1, 3000],
    ["20 Iris flowers, C = 0.1", smallIris, 0.1, 5000],
    ["the widget's 100 flowers, C = 1", irisVersicolorVirginica, 1, 3000],
  ] as const)("matches the exact solution of the dual on %s", async (_, data, C, steps) => {
    const set = data();
    const exact = solveLinearSvm(set.x, set.y, 2, C);
    const model = createLinearSvm(set, { C, learningRate: 0.1, seed: 1 });
    const { view, loss, first } = await train(model, steps);
    model.dispose();
    const { w, b } = paramsOf(view);
    expect(Math.hypot(w[0] - exact.w[0], w[1] - exact.w[1])).toBeLessThan(2e-3);
    expect(Math.abs(b - exact.b)).toBeLessThan(2e-3);
    expect(loss).toBeLessThan(first);
    expect(Math.abs(loss - exact.objective)).toBeLessThan(2e-3 * Math.max(1, exact.objective));
  });

  it("finds the same solution from every seed's starting line (the objective is convex)", async () => {
    const data = irisVersicolorVirginica();
    const results = [];
    for (const seed of [1, 2]) {
      const model = createLinearSvm(data, { C: 1, learningRate: 0.1, seed });
      const start = paramsOf(await model.view());
      const end = paramsOf((await train(model, 2000)).view);
      model.dispose();
      results.push({ start, end });
    }
    expect(results[0].start.w).not.toEqual(results[1].start.w);
    expect(Math.hypot(results[0].end.w[0] - results[1].end.w[0], results[0].end.w[1] - results[1].end.w[1])).toBeLessThan(3e-3);
  });

  it("widens the margin as C falls, trained separately and when C changes live", async () => {
    const data = irisVersicolorVirginica();
    const margins: number[] = [];
    for (const C of [100, 1, 0.01]) {
      const model = createLinearSvm(data, { C, learningRate: 0.1, seed: 1 });
      const { view } = await train(model, 2000);
      model.dispose();
      margins.push(marginOf(paramsOf(view).w));
      expect(margins.at(-1)).toBeCloseTo(solveLinearSvm(data.x, data.y, 2, C).margin, 1);
    }
    expect(margins[1]).toBeGreaterThan(1.5 * margins[0]);
    expect(margins[2]).toBeGreaterThan(2 * margins[1]);

    const live = createLinearSvm(data, { C: 1, learningRate: 0.1, seed: 1 });
    const before = marginOf(paramsOf((await train(live, 1000)).view).w);
    live.setLive({ C: 0.01 });
    const after = marginOf(paramsOf((await train(live, 1000)).view).w);
    live.dispose();
    expect(after).toBeGreaterThan(2 * before);
  });

  it("reports as support vectors exactly the points on or inside the margin, the exact solution's αᵢ > 0", async () => {
    const data = irisVersicolorVirginica();
    const exact = solveLinearSvm(data.x, data.y, 2, 1);
    const model = createLinearSvm(data, { C: 1, learningRate: 0.1, seed: 1 });
    const { view } = await train(model, 3000);
    model.dispose();
    const reported = [...(view.extra!.supportVectors as number[])];
    expect(reported).toEqual(exact.supportVectors);
    const { w, b } = paramsOf(view);
    for (let i = 0; i < data.n; i++) {
      const m = data.y[i] * (w[0] * data.x[2 * i] + w[1] * data.x[2 * i + 1] + b);
      if (reported.includes(i)) expect(m).toBeLessThanOrEqual(1.01);
      else expect(m).toBeGreaterThan(1.01);
    }
  });

  it("frees every tensor it made, views and live changes included", async () => {
    const before = tf.memory().numTensors;
    const model = createLinearSvm(irisVersicolorVirginica(), { C: 1, learningRate: 0.1, seed: 1 });
    await train(model, 50, 25);
    model.setLive({ C: 0.5, learningRate: 0.05 });
    await train(model, 50, 25);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("the kernel SVM by random Fourier features", () => {
  it("approximates the RBF kernel, better with more features", () => {
    const data = nonlinearSet("moons", 1);
    const meanError = (D: number) => {
      const p = drawFourierProjection(1, D, 2);
      let sum = 0, count = 0;
      for (let i = 0; i < data.n; i += 7) {
        for (let j = 0; j < data.n; j += 5) {
          const a = [data.x[2 * i], data.x[2 * i + 1]] as const, c = [data.x[2 * j], data.x[2 * j + 1]] as const;
          sum += Math.abs(approximateKernel(p, a, c) - rbfKernel(2, a, c));
          count++;
        }
      }
      return sum / count;
    };
    const coarse = meanError(16), fine = meanError(1024);
    expect(fine).toBeLessThan(0.05);
    expect(fine).toBeLessThan(coarse / 3); // error ~ 1/√D: 8 times fewer features' worth
  });

  it("separates concentric circles that no line can, and its objective falls", async () => {
    const data = nonlinearSet("circles", 1);
    const line = solveLinearSvm(data.x, data.y, 2, 10);
    let right = 0;
    for (let i = 0; i < data.n; i++) if (data.y[i] * (line.w[0] * data.x[2 * i] + line.w[1] * data.x[2 * i + 1] + line.b) > 0) right++;
    expect(right / data.n).toBeLessThan(0.7);
    const model = createKernelSvm(data, { C: 10, learningRate: 0.01, gamma: 2, features: 256, seed: 1 });
    const r = await model.run(400);
    const view = await model.view();
    model.dispose();
    expect(r.points.at(-1)!.accuracy).toBeGreaterThan(0.95);
    expect(r.points.at(-1)!.loss).toBeLessThan(r.points[0].loss / 5);
    expect((view.extra!.supportVectors as number[]).length).toBeGreaterThan(0);
  });

  it("is deterministic per seed and frees every tensor", async () => {
    const before = tf.memory().numTensors;
    const run = async (seed: number) => {
      const model = createKernelSvm(nonlinearSet("moons", seed), { C: 10, learningRate: 0.01, gamma: 2, features: 64, seed });
      const r = await model.run(30);
      model.setLive({ C: 1 });
      await model.run(10);
      const v = await model.view();
      model.dispose();
      return [r.points.map((p) => p.loss), v.params];
    };
    expect(await run(3)).toEqual(await run(3));
    expect(await run(4)).not.toEqual(await run(3));
    expect(tf.memory().numTensors).toBe(before);
  });
});
