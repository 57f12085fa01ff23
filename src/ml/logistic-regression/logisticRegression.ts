/**
 * Logistic regression p = σ(w·x + b) on a two-feature set, trained by full-batch
 * gradient descent on the mean binary cross-entropy plus (λ/2)‖w‖², with the
 * gradient written out (gradient.ts). The weights start from a seeded draw, the
 * bias at 0; the loss is convex, so every start reaches the same minimum.
 */
import * as tf from "../tf";
import type { TwoFeatureSet } from "../../data/twoFeatureSet";
import { gridPoints } from "../grid";
import type { ModelView, StepMetrics, Trainable } from "../trainable";
import { confusionAt, logit } from "./confusion";
import { logisticLossAndGradient } from "./gradient";

/**
 * How the two classes are coded as targets. "01" is correct for a sigmoid and
 * cross-entropy; "pm1" reproduces seed article 000's mistake (targets −1 and +1).
 */
export type LabelCoding = "01" | "pm1";

export interface LogisticOptions {
  readonly seed: number;
  readonly learningRate: number;
  /** λ of the L2 penalty (λ/2)‖w‖²; the bias is not penalised. */
  readonly l2: number;
  /** Predict the +1 class when p ≥ threshold (accuracy and the confusion matrix). */
  readonly threshold: number;
  readonly labels: LabelCoding;
  /** Standard deviation of the seeded initial weights; 0 starts at w = 0. */
  readonly initScale?: number;
  /** "done" once the gradient's norm falls below this. */
  readonly tolerance?: number;
  readonly gridSize?: number;
}

/** The targets the loss sees: 0/1, or the ±1 labels unchanged (the pitfall). */
export function targetsFor(y: Float32Array, coding: LabelCoding): Float32Array {
  return coding === "01" ? y.map((v) => (v > 0 ? 1 : 0)) : y.map((v) => (v > 0 ? 1 : -1));
}

/** Logistic regression on `data` (labels ±1; the +1 class is "positive"). */
export function createLogisticRegression(data: TwoFeatureSet, options: LogisticOptions): Trainable {
  const gridSize = options.gridSize ?? 48;
  const tolerance = options.tolerance ?? 1e-4;
  let { learningRate, l2, threshold } = options;
  let step = 0;

  const X = tf.tensor2d(data.x, [data.n, 2]);                                   // [n, 2]
  const T = tf.tensor2d(targetsFor(data.y, options.labels), [data.n, 1]);       // [n, 1]
  const positive = tf.tensor2d(data.y.map((v) => (v > 0 ? 1 : 0)), [data.n, 1]); // truth for accuracy, [n, 1]
  const grid = tf.tensor2d(gridPoints(data.extent, gridSize), [gridSize * gridSize, 2]);
  const w = tf.tidy(() => tf.variable(tf.randomNormal([2, 1], 0, options.initScale ?? 0.5, "float32", options.seed) as tf.Tensor2D));
  const b = tf.tidy(() => tf.variable(tf.scalar(0)));

  /** One gradient-descent step; returns [loss, accuracy, ‖gradient‖] before the update, on the device. */
  function descend(): tf.Tensor1D {
    return tf.tidy(() => {
      const g = logisticLossAndGradient(X, T, w, b, l2);
      const predicted = tf.cast(tf.greaterEqual(g.p, threshold), "float32");
      const accuracy = tf.mean(tf.cast(tf.equal(predicted, positive), "float32"));
      const gradNorm = tf.sqrt(tf.add(tf.sum(tf.square(g.dw)), tf.square(g.db)));
      w.assign(tf.sub(w, tf.mul(learningRate, g.dw)));
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
        ? `The gradient's length fell below ${tolerance} at step ${points[first]?.step}: this is the minimum of the regularised loss (it is convex, so there is only one).`
        : undefined;
      return { points, converged, message };
    },

    async view(): Promise<ModelView> {
      // One readback: P(+1) on the grid, P(+1) of every training point, then w and b.
      const packed = tf.tidy(() => {
        const onGrid = tf.reshape(tf.sigmoid(tf.add(tf.matMul(grid, w), b)), [-1]);
        const onData = tf.reshape(tf.sigmoid(tf.add(tf.matMul(X, w), b)), [-1]);
        return tf.concat([onGrid, onData, tf.reshape(w, [-1]), tf.reshape(b, [1])]);
      });
      const all = (await packed.data()) as Float32Array;
      packed.dispose();
      const cells = gridSize * gridSize;
      const probabilities = all.subarray(cells, cells + data.n);
      const at = cells + data.n;
      const wv: [number, number] = [all[at], all[at + 1]];
      const bv = all[at + 2];
      const c = confusionAt(probabilities, data.y, threshold);
      return {
        step,
        params: { w: wv, b: [bv] },
        // The boundary drawn is where p = threshold: w·x + b = logit(threshold).
        line: { w: wv, b: bv - logit(threshold) },
        grid: { size: gridSize, values: all.slice(0, cells), extent: data.extent },
        stats: [
          { label: "Bias b", value: bv, digits: 3 },
          { label: "‖w‖", value: Math.hypot(wv[0], wv[1]), digits: 3 },
        ],
        extra: {
          threshold, tp: c.tp, fp: c.fp, fn: c.fn, tn: c.tn,
          precision: c.precision, recall: c.recall, accuracy: c.accuracy,
        },
      };
    },

    setLive(settings) {
      if (typeof settings.learningRate === "number") learningRate = settings.learningRate;
      if (typeof settings.l2 === "number") l2 = settings.l2;
      if (typeof settings.threshold === "number") threshold = settings.threshold;
    },

    dispose() {
      [X, T, positive, grid, w, b].forEach((t) => t.dispose());
    },
  };
}
