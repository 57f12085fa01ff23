/**
 * The SVM chapter's checkable numbers, computed by the same code the widgets
 * run (same data, same defaults, same seed) and by the exact dual solver.
 */
import { defaults } from "../../hyperparams/schema";
import { svmKernelSchema, svmLinearSchema } from "../../hyperparams/svm";
import { irisVersicolorVirginica } from "../../data/svmSets";
import { nonlinearSet, type NonlinearSetName } from "../../data/nonlinearSets";
import * as tf from "../tf";
import { createModel } from "../models";
import { createHingeSvm, runSteps } from "../svm/hingeSvm";
import { distanceToExact } from "../svm/linearSvm";
import { approximateKernel, drawFourierProjection, rbfKernel } from "../svm/randomFourierFeatures";
import { solveDual, solveLinearSvm, type LinearSvmSolution } from "../svm/smo";
import type { Fact } from "./fact";

const fixed = (value: number, digits: number): Fact => ({ value, text: value.toFixed(digits) });
const count = (value: number): Fact => ({ value, text: String(value) });
const percent = (value: number): Fact => ({ value, text: `${(100 * value).toFixed(1)} %` });

/** yᵢ(w·xᵢ + b) for every point of a two-feature set. */
function functionalMargins(x: Float32Array, y: Float32Array, w: ArrayLike<number>, b: number): number[] {
  return Array.from(y, (yi, i) => yi * (w[0] * x[2 * i] + w[1] * x[2 * i + 1] + b));
}

/** Facts about the exact solution at one C, under `prefix`. */
function exactFacts(prefix: string, s: LinearSvmSolution, C: number, x: Float32Array, y: Float32Array): Record<string, Fact> {
  const m = functionalMargins(x, y, s.w, s.b);
  const free = Array.from(s.alpha).filter((a) => a > 0 && a < C).length;
  return {
    [`${prefix}.margin`]: fixed(s.margin, 3),
    [`${prefix}.width`]: fixed(2 * s.margin, 3),
    [`${prefix}.sv`]: count(s.supportVectors.length),
    [`${prefix}.free`]: count(free),
    [`${prefix}.bounded`]: count(s.supportVectors.length - free),
    [`${prefix}.inside`]: count(m.filter((v) => v < 1 - 1e-9).length),
    [`${prefix}.wrong`]: count(m.filter((v) => v < 0).length),
    [`${prefix}.accuracy`]: percent(m.filter((v) => v > 0).length / m.length),
  };
}

/** Trains a widget's model with its defaults (plus `overrides`) for `steps` steps; returns the final view. */
async function trainDefault(id: "svm-linear" | "svm-kernel", steps: number, overrides: Record<string, number | string> = {}) {
  const schema = id === "svm-linear" ? svmLinearSchema : svmKernelSchema;
  const setup = await createModel(id, { ...defaults(schema), ...overrides });
  const r = await setup.trainable.run(steps);
  const view = await setup.trainable.view();
  setup.trainable.dispose();
  return { view, last: r.points[r.points.length - 1], first: r.points[0] };
}

/** The exact RBF-kernel SVM on a set: support vectors and training accuracy. */
function exactRbf(name: NonlinearSetName, seed: number, gamma: number, C: number) {
  const data = nonlinearSet(name, seed);
  const n = data.n;
  const at = (i: number) => [data.x[2 * i], data.x[2 * i + 1]] as const;
  const K = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) K[i * n + j] = rbfKernel(gamma, at(i), at(j));
  const dual = solveDual(K, data.y, C, 1e-9);
  let right = 0;
  for (let i = 0; i < n; i++) {
    let f = dual.b;
    for (let j = 0; j < n; j++) f += dual.alpha[j] * data.y[j] * K[i * n + j];
    if (data.y[i] * f > 0) right++;
  }
  return { sv: Array.from(dual.alpha).filter((a) => a > 0).length, accuracy: right / n };
}

/** Seed 004's mistake: labels {0, 1} in the hinge. Returns how many class-0 flowers end up on class 1's side. */
async function zeroOneLabelRun(): Promise<{ zeros: number; onWrongSide: number }> {
  const data = irisVersicolorVirginica();
  const y01 = data.y.map((v) => (v > 0 ? 1 : 0));
  const X = tf.tensor2d(data.x, [data.n, 2]);
  const svm = createHingeSvm(X, y01, { C: 1, learningRate: 0.1, seed: 1, initialStd: 1 });
  await runSteps(svm, 300);
  const scores = tf.tidy(() => svm.scores(X));
  const f = await scores.data();
  [scores, X].forEach((t) => t.dispose());
  svm.dispose();
  let zeros = 0, onWrongSide = 0;
  y01.forEach((yi, i) => { if (yi === 0) { zeros++; if (f[i] > 0) onWrongSide++; } });
  return { zeros, onWrongSide };
}

/**
 * Seed 004's three points (1, 2), (4, 5), (7, 8) with its labels 1, 0, 1 recoded to ±1:
 * they lie on one line with the odd one in the middle, so no line separates them.
 */
function seed004Example() {
  const x = new Float32Array([1, 2, 4, 5, 7, 8]);
  const y = new Float32Array([1, -1, 1]);
  const s = solveLinearSvm(x, y, 2, 1);
  const correct = functionalMargins(x, y, s.w, s.b).filter((v) => v > 0).length;
  return { s, correct };
}

/** Every fact the SVM chapter cites. */
export async function svmFacts(): Promise<Record<string, Fact>> {
  const iris = irisVersicolorVirginica();
  const C = Number(defaults(svmLinearSchema).C);
  const exact = solveLinearSvm(iris.x, iris.y, 2, C);
  const small = solveLinearSvm(iris.x, iris.y, 2, 0.01);
  const large = solveLinearSvm(iris.x, iris.y, 2, 100);
  const steps = 1000;
  const linear = await trainDefault("svm-linear", steps);
  const w = linear.view.params?.w ?? [];
  const b = linear.view.params?.b[0] ?? NaN;

  const k = defaults(svmKernelSchema);
  const gamma = Number(k.gamma), kC = Number(k.C), D = Number(k.features), seed = Number(k.seed);
  const kernelSteps = 500;
  const kernel = await trainDefault("svm-kernel", kernelSteps);
  const rbf = exactRbf("moons", seed, gamma, kC);
  const moons = nonlinearSet("moons", seed);
  const linearOnMoons = solveLinearSvm(moons.x, moons.y, 2, kC);
  const linearMoonsAccuracy = functionalMargins(moons.x, moons.y, linearOnMoons.w, linearOnMoons.b).filter((v) => v > 0).length / moons.n;
  const circles = nonlinearSet("circles", seed);
  const linearOnCircles = solveLinearSvm(circles.x, circles.y, 2, kC);
  const linearCirclesAccuracy = functionalMargins(circles.x, circles.y, linearOnCircles.w, linearOnCircles.b).filter((v) => v > 0).length / circles.n;
  // How well D random features reproduce the kernel, over every pair of training points.
  const projection = drawFourierProjection(seed, D, gamma);
  let worst = 0;
  for (let i = 0; i < moons.n; i++) {
    for (let j = i; j < moons.n; j++) {
      const a = [moons.x[2 * i], moons.x[2 * i + 1]] as const, c = [moons.x[2 * j], moons.x[2 * j + 1]] as const;
      worst = Math.max(worst, Math.abs(approximateKernel(projection, a, c) - rbfKernel(gamma, a, c)));
    }
  }
  const zeroOne = await zeroOneLabelRun();
  const seed004 = seed004Example();

  return {
    "svm.iris.n": count(iris.n),
    "svm.iris.C": { value: C, text: String(C) },
    ...exactFacts("svm.exact", exact, C, iris.x, iris.y),
    "svm.exact.w1": fixed(exact.w[0], 3),
    "svm.exact.w2": fixed(exact.w[1], 3),
    "svm.exact.b": fixed(exact.b, 3),
    "svm.exact.objective": fixed(exact.objective, 3),
    ...exactFacts("svm.smallC", small, 0.01, iris.x, iris.y),
    ...exactFacts("svm.largeC", large, 100, iris.x, iris.y),
    "svm.train.steps": count(steps),
    "svm.train.distance": fixed(distanceToExact(w, b, exact), 4),
    "svm.train.objective": fixed(linear.last.loss, 3),
    "svm.zeroOne.zeros": count(zeroOne.zeros),
    "svm.zeroOne.wrongSide": count(zeroOne.onWrongSide),
    "svm.seed004.normW": fixed(Math.hypot(seed004.s.w[0], seed004.s.w[1]), 3),
    "svm.seed004.b": fixed(seed004.s.b, 3),
    "svm.seed004.correct": count(seed004.correct),
    "svm.kernel.gamma": { value: gamma, text: String(gamma) },
    "svm.kernel.C": { value: kC, text: String(kC) },
    "svm.kernel.D": count(D),
    "svm.kernel.n": count(moons.n),
    "svm.kernel.steps": count(kernelSteps),
    "svm.kernel.accuracy": percent(kernel.last.accuracy ?? NaN),
    "svm.kernel.exactSv": count(rbf.sv),
    "svm.kernel.exactAccuracy": percent(rbf.accuracy),
    "svm.kernel.linearAccuracy": percent(linearMoonsAccuracy),
    "svm.kernel.linearCirclesAccuracy": percent(linearCirclesAccuracy),
    "svm.kernel.approxError": fixed(worst, 3),
  };
}
