/**
 * Softmax regression on a two-feature, K-class set: P = softmax(XW + b),
 * trained by full-batch gradient descent on the mean cross-entropy plus
 * (λ/2)‖W‖², with the gradient Xᵀ(P − Y)/n + λW written out (gradient.ts).
 */
import * as tf from "../tf";
import type { MultiClassSet } from "../../data/multiClassSet";
import { gridPoints } from "../grid";
import type { ModelView, StepMetrics, Trainable } from "../trainable";
import { softmaxLossAndGradient } from "./gradient";

export interface SoftmaxOptions {
  readonly seed: number;
  readonly learningRate: number;
  /** λ of the L2 penalty (λ/2)‖W‖²; biases are not penalised. */
  readonly l2: number;
  /** Standard deviation of the seeded initial weights. */
  readonly initScale?: number;
  /** "done" once the gradient's norm falls below this. */
  readonly tolerance?: number;
  readonly gridSize?: number;
}

/** Softmax regression on `data`. The view's extra.probabilities is [gridSize², K], row-major, row 0 at the top. */
export function createSoftmaxRegression(data: MultiClassSet, options: SoftmaxOptions): Trainable {
  const K = data.classCount;
  const gridSize = options.gridSize ?? 48;
  const tolerance = options.tolerance ?? 1e-4;
  let { learningRate, l2 } = options;
  let step = 0;

  const X = tf.tensor2d(data.x, [data.n, 2]);                                       // [n, 2]
  const labels = tf.tensor1d(data.labels, "int32");                                   // [n]
  const Y = tf.tidy(() => tf.cast(tf.oneHot(labels, K), "float32") as tf.Tensor2D);  // [n, K]
  const grid = tf.tensor2d(gridPoints(data.extent, gridSize), [gridSize * gridSize, 2]);
  const W = tf.tidy(() => tf.variable(tf.randomNormal([2, K], 0, options.initScale ?? 0.5, "float32", options.seed) as tf.Tensor2D));
  const b = tf.tidy(() => tf.variable(tf.zeros([K]) as tf.Tensor1D));

  /** One gradient-descent step; returns [loss, accuracy, ‖gradient‖] before the update, on the device. */
  function descend(): tf.Tensor1D {
    return tf.tidy(() => {
      const g = softmaxLossAndGradient(X, Y, W, b, l2);
      const accuracy = tf.mean(tf.cast(tf.equal(tf.argMax(g.logits, 1), labels), "float32"));
      const gradNorm = tf.sqrt(tf.add(tf.sum(tf.square(g.dW)), tf.sum(tf.square(g.db))));
      W.assign(tf.sub(W, tf.mul(learningRate, g.dW)));
      b.assign(tf.sub(b, tf.mul(learningRate, g.db)));
      return tf.stack([g.loss, accuracy, gradNorm]) as tf.Tensor1D;
    });
  }

  return {
    async run(count) {
      const results: tf.Tensor1D[] = [];
      for (let k = 0; k < count; k++) results.push(descend());
      const stacked = tf.stack(results);
      results.forEach((t) => t.dispose());
      const values = await stacked.data();
      stacked.dispose();
      const points: StepMetrics[] = [];
      for (let k = 0; k < count; k++) {
        points.push({ step: ++step, loss: values[3 * k], accuracy: values[3 * k + 1], extra: { gradientNorm: values[3 * k + 2] } });
      }
      // The first step whose gradient was below tolerance; later steps in this chunk already ran (one readback per chunk).
      const first = points.findIndex((p) => (p.extra?.gradientNorm ?? Infinity) < tolerance);
      const converged = first >= 0;
      const message = converged
        ? `The gradient's length fell below ${tolerance} at step ${points[first]?.step}: the regularised cross-entropy is at its minimum.`
        : undefined;
      return { points, converged, message };
    },

    async view(): Promise<ModelView> {
      // One readback: class probabilities on the grid, then W (row-major [2, K]) and b.
      const packed = tf.tidy(() => tf.concat([
        tf.reshape(tf.softmax(tf.add(tf.matMul(grid, W), b)), [-1]),
        tf.reshape(W, [-1]),
        b,
      ]));
      const all = (await packed.data()) as Float32Array;
      packed.dispose();
      const cells = gridSize * gridSize * K;
      return {
        step,
        params: { W: Array.from(all.subarray(cells, cells + 2 * K)), b: Array.from(all.subarray(cells + 2 * K)) },
        extra: { probabilities: all.slice(0, cells), classCount: K, gridSize },
      };
    },

    setLive(settings) {
      if (typeof settings.learningRate === "number") learningRate = settings.learningRate;
      if (typeof settings.l2 === "number") l2 = settings.l2;
    },

    dispose() {
      [X, labels, Y, grid, W, b].forEach((t) => t.dispose());
    },
  };
}
