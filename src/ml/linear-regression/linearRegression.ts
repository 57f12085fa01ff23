/**
 * Linear regression ŷ = Xw + b trained by (mini-batch) gradient descent on the
 * mean squared error, with the gradient written out as the chapter derives it:
 * ∇_w = (2/B) X_Bᵀ(X_B w + b − y_B), ∇_b = (2/B) Σ (X_B w + b − y_B).
 * Every step also measures, before its update, the MSE on all training rows
 * and on the held-out rows, and the distance ‖θ − θ*‖ to the closed-form
 * solution; training is "done" once that distance is a tiny fraction of ‖θ*‖.
 */
import * as tf from "../tf";
import { createVisitOrder } from "../../data/order";
import type { ScaledPart } from "../../data/carsProblems";
import type { LinearFit } from "./normalEquations";
import type { ModelView, Stat, StepMetrics, Trainable } from "../trainable";

export interface LinearRegressionOptions {
  readonly seed: number;
  readonly learningRate: number;
  /** Rows per step; at or above the training-set size every step uses all rows (full batch). */
  readonly batchSize: number;
  /** The closed-form solution θ* in the same (rescaled) coordinates. */
  readonly target: LinearFit;
  /** "done" once ‖θ − θ*‖ ≤ tolerance · ‖θ*‖. Default 1e-4. */
  readonly tolerance?: number;
  /** Reported MSEs are multiplied by this (yScale², so they read in the target's own units squared). */
  readonly lossScale?: number;
  /** Figures that do not change while training (conditioning, the closed-form MSE), shown first. */
  readonly fixedStats?: readonly Stat[];
  /** Passed through to every view (the rescaling, for drawing in original units). */
  readonly viewExtra?: ModelView["extra"];
}

/**
 * The gradient of (1/B)‖Xθ − y‖² from the residuals r = Xw + b − y.
 * @param X [B, d]  @param residuals [B, 1]
 * @returns ∇_w [d, 1] and ∇_b (scalar)
 */
export function mseGradient(X: tf.Tensor2D, residuals: tf.Tensor2D): { gw: tf.Tensor2D; gb: tf.Scalar } {
  const scale = 2 / X.shape[0];
  return {
    gw: tf.mul(tf.matMul(X, residuals, true, false), scale) as tf.Tensor2D,
    gb: tf.mul(tf.sum(residuals), scale) as tf.Scalar,
  };
}

/** Gradient descent on a linear-regression problem, ready to train. */
export function createLinearRegression(train: ScaledPart, test: ScaledPart, d: number, options: LinearRegressionOptions): Trainable {
  const n = train.n;
  const fullBatch = options.batchSize >= n;
  const batch = Math.max(1, Math.min(n, Math.floor(options.batchSize)));
  const order = createVisitOrder(n, options.seed);
  const tolerance = options.tolerance ?? 1e-4;
  const lossScale = options.lossScale ?? 1;
  const targetNorm = Math.hypot(...options.target.w, options.target.b) || 1;
  let learningRate = options.learningRate;
  let step = 0;
  let last: StepMetrics | undefined;
  /** The step at which θ first came within tolerance of θ*. */
  let firstReached: number | undefined;

  const Xtr = tf.tensor2d(train.x, [n, d]);                      // [n, d]
  const ytr = tf.tensor2d(train.y, [n, 1]);                      // [n, 1]
  const Xte = tf.tensor2d(test.x, [test.n, d]);                  // [m, d]
  const yte = tf.tensor2d(test.y, [test.n, 1]);                  // [m, 1]
  const wStar = tf.tensor2d(options.target.w, [d, 1]);
  const bStar = tf.scalar(options.target.b);
  const w = tf.tidy(() => tf.variable(tf.zeros([d, 1]) as tf.Tensor2D));
  const b = tf.tidy(() => tf.variable(tf.scalar(0)));

  /** One update; returns [train MSE, test MSE, ‖θ − θ*‖] measured before it, on the device. */
  function update(rows: Int32Array | null): tf.Tensor1D {
    return tf.tidy(() => {
      const residuals = tf.sub(tf.add(tf.matMul(Xtr, w), b), ytr) as tf.Tensor2D;   // [n, 1]
      const trainMse = tf.mean(tf.square(residuals));
      const testMse = test.n > 0 ? tf.mean(tf.square(tf.sub(tf.add(tf.matMul(Xte, w), b), yte))) : tf.scalar(NaN);
      const distance = tf.sqrt(tf.add(tf.sum(tf.square(tf.sub(w, wStar))), tf.square(tf.sub(b, bStar))));
      let Xb: tf.Tensor2D = Xtr, rb: tf.Tensor2D = residuals;
      if (rows) {
        const index = tf.tensor1d(rows, "int32");
        Xb = tf.gather(Xtr, index);
        rb = tf.gather(residuals, index);
      }
      const { gw, gb } = mseGradient(Xb, rb);
      w.assign(tf.sub(w, tf.mul(gw, learningRate)));
      b.assign(tf.sub(b, tf.mul(gb, learningRate)));
      return tf.stack([tf.mul(trainMse, lossScale), tf.mul(testMse, lossScale), distance]) as tf.Tensor1D;
    });
  }

  function nextRows(): Int32Array | null {
    if (fullBatch) return null;
    const rows = new Int32Array(batch);
    for (let k = 0; k < batch; k++) rows[k] = order.next();
    return rows;
  }

  return {
    async run(count) {
      const results: tf.Tensor1D[] = [];
      for (let k = 0; k < count; k++) results.push(update(nextRows()));
      const stacked = tf.stack(results);
      results.forEach((t) => t.dispose());
      const values = await stacked.data();
      stacked.dispose();
      const points: StepMetrics[] = [];
      let reached = firstReached;
      for (let k = 0; k < count; k++) {
        const point = { step: ++step, loss: values[3 * k], extra: { testLoss: values[3 * k + 1], distance: values[3 * k + 2] } };
        points.push(point);
        if (reached === undefined && point.extra.distance <= tolerance * targetNorm) reached = point.step;
      }
      last = points.at(-1) ?? last;
      // "Train on" after done runs one more chunk; the message keeps naming the step it first arrived.
      firstReached = reached;
      const converged = reached !== undefined && (points.at(-1)?.extra?.distance ?? Infinity) <= tolerance * targetNorm;
      const message = converged
        ? `Gradient descent reached the closed-form solution at step ${reached}: ‖θ − θ*‖ is below ${tolerance} of ‖θ*‖.`
        : undefined;
      return { points, converged, message };
    },

    async view(): Promise<ModelView> {
      // Everything is captured before the readback: the session runs the next chunk meanwhile.
      const packed = tf.tidy(() => tf.concat([tf.reshape(w, [-1]), tf.reshape(b, [1])]));
      const at = step;
      const stats: Stat[] = [...(options.fixedStats ?? [])];
      if (last?.extra) {
        stats.push({ label: "Test MSE", value: last.extra.testLoss, digits: 3 });
        stats.push({ label: "‖θ − θ*‖", value: last.extra.distance, digits: 5 });
      }
      const all = Array.from((await packed.data()) as Float32Array);
      packed.dispose();
      return {
        step: at,
        params: { w: all.slice(0, d), b: [all[d]] },
        stats,
        extra: { ...options.viewExtra, wStar: options.target.w, bStar: options.target.b },
      };
    },

    setLive(settings) {
      if (typeof settings.learningRate === "number") learningRate = settings.learningRate;
    },

    dispose() {
      [Xtr, ytr, Xte, yte, wStar, bStar, w, b].forEach((t) => t.dispose());
    },
  };
}
