/**
 * A polynomial fit ŷ = Σⱼ wⱼ Pⱼ(u) + b (Legendre features of one input) trained
 * with Adam on the mean squared error plus an L2 penalty λ‖w‖² (the bias is
 * not penalised). λ and the learning rate apply live; Adam's moments are kept.
 * Each step measures, before its update, the training and held-out MSE and
 * the distance to the exact ridge solution for the current λ.
 */
import * as tf from "../tf";
// For its side effect: tfjs-layers registers every core op's gradient, which minimize() needs
// (in the worker the MLP has imported it already; under Node nothing else would).
import "@tensorflow/tfjs-layers";
import type { ScaledPart } from "../../data/carsProblems";
import { createOptimizer, setLearningRate } from "../optimizers";
import type { LinearFit } from "./normalEquations";
import type { ModelView, Stat, StepMetrics, Trainable } from "../trainable";

export interface PolynomialFitOptions {
  readonly learningRate: number;
  /** λ of the L2 penalty. */
  readonly l2: number;
  /** The exact minimiser for a given λ (float64 closed form), to measure the distance to. */
  readonly solve: (l2: number) => LinearFit;
  /** "done" once ‖θ − θ*‖ ≤ tolerance · ‖θ*‖. Default 1e-3. */
  readonly tolerance?: number;
  /** Reported MSEs are multiplied by this (yScale²: mpg²). */
  readonly lossScale?: number;
  /** Extra figures for the view that depend on λ (e.g. the error-against-degree curve). */
  readonly describe?: (l2: number) => ModelView["extra"];
}

/** Adam on polynomial features with L2, ready to train. */
export function createPolynomialFit(train: ScaledPart, test: ScaledPart, degree: number, options: PolynomialFitOptions): Trainable {
  const d = degree;
  const lossScale = options.lossScale ?? 1;
  const tolerance = options.tolerance ?? 1e-3;
  let l2 = options.l2;
  let target = options.solve(l2);
  let described = options.describe?.(l2);
  let step = 0;
  let last: StepMetrics | undefined;
  /** The step at which θ first came within tolerance of θ*. */
  let firstReached: number | undefined;

  const optimizer = createOptimizer("adam", options.learningRate);
  const Xtr = tf.tensor2d(train.x, [train.n, d]);
  const ytr = tf.tensor2d(train.y, [train.n, 1]);
  const Xte = tf.tensor2d(test.x, [test.n, d]);
  const yte = tf.tensor2d(test.y, [test.n, 1]);
  const w = tf.tidy(() => tf.variable(tf.zeros([d, 1]) as tf.Tensor2D));
  const b = tf.tidy(() => tf.variable(tf.scalar(0)));
  let thetaStar = tf.tensor1d([...target.w, target.b]);

  const mse = (X: tf.Tensor2D, y: tf.Tensor2D) => tf.mean(tf.square(tf.sub(tf.add(tf.matMul(X, w), b), y)));

  /** One Adam step; returns [train MSE, test MSE, ‖θ − θ*‖] measured before it. */
  function update(): tf.Tensor1D {
    return tf.tidy(() => {
      const trainMse = mse(Xtr, ytr);
      const testMse = test.n > 0 ? mse(Xte, yte) : tf.scalar(NaN);
      const theta = tf.concat([tf.reshape(w, [-1]), tf.reshape(b, [1])]);
      const distance = tf.norm(tf.sub(theta, thetaStar));
      optimizer.minimize(() => tf.add(mse(Xtr, ytr), tf.mul(tf.sum(tf.square(w)), l2)) as tf.Scalar, false, [w, b]);
      return tf.stack([tf.mul(trainMse, lossScale), tf.mul(testMse, lossScale), distance]) as tf.Tensor1D;
    });
  }

  return {
    async run(count) {
      const results: tf.Tensor1D[] = [];
      for (let k = 0; k < count; k++) results.push(update());
      const stacked = tf.stack(results);
      results.forEach((t) => t.dispose());
      const values = await stacked.data();
      stacked.dispose();
      const norm = Math.hypot(...target.w, target.b) || 1;
      const points: StepMetrics[] = [];
      let reached = firstReached;
      for (let k = 0; k < count; k++) {
        const point = { step: ++step, loss: values[3 * k], extra: { testLoss: values[3 * k + 1], distance: values[3 * k + 2] } };
        points.push(point);
        if (reached === undefined && point.extra.distance <= tolerance * norm) reached = point.step;
      }
      last = points.at(-1) ?? last;
      // "Train on" after done runs one more chunk; the message keeps naming the step it first arrived.
      firstReached = reached;
      const converged = reached !== undefined && (points.at(-1)?.extra?.distance ?? Infinity) <= tolerance * norm;
      const message = converged
        ? `Adam reached the exact ridge solution for λ = ${l2} at step ${reached} (‖θ − θ*‖ below ${tolerance} of ‖θ*‖).`
        : undefined;
      return { points, converged, message };
    },

    async view(): Promise<ModelView> {
      // Everything is captured before the readback: the session runs the next chunk meanwhile.
      const packed = tf.tidy(() => tf.concat([tf.reshape(w, [-1]), tf.reshape(b, [1])]));
      const at = step;
      const stats: Stat[] = [];
      if (last?.extra) {
        stats.push({ label: "Test MSE", value: last.extra.testLoss, digits: 2 });
        stats.push({ label: "‖θ − θ*‖", value: last.extra.distance, digits: 4 });
      }
      const extra = { ...described, wStar: target.w, bStar: target.b, l2 };
      const all = Array.from((await packed.data()) as Float32Array);
      packed.dispose();
      return { step: at, params: { w: all.slice(0, d), b: [all[d]] }, stats, extra };
    },

    setLive(settings) {
      if (typeof settings.learningRate === "number") setLearningRate(optimizer, settings.learningRate);
      if (typeof settings.l2 === "number" && settings.l2 !== l2) {
        l2 = settings.l2;
        firstReached = undefined; // a new λ, a new θ* to reach
        target = options.solve(l2);
        described = options.describe?.(l2);
        thetaStar.dispose();
        thetaStar = tf.tensor1d([...target.w, target.b]);
      }
    },

    dispose() {
      optimizer.dispose();
      [Xtr, ytr, Xte, yte, w, b, thetaStar].forEach((t) => t.dispose());
    },
  };
}
