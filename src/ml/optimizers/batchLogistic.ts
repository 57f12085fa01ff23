/**
 * Logistic regression p = σ(w·x + b) on a two-feature set, trained by a
 * tf.train optimizer on mini-batches of a chosen size drawn in a seeded,
 * per-epoch shuffled order. Batch size 1 is stochastic gradient descent,
 * the whole set is full-batch gradient descent, anything between is
 * mini-batch. Each step reports the loss of the batch it used (noisy) and the
 * loss over the whole training set after the update (the objective).
 */
import * as tf from "../tf";
// For its side effect: tfjs-layers registers every core op's gradient (see race.ts).
import "@tensorflow/tfjs-layers";
import { createBatchProvider } from "../../data/batchProvider";
import type { TwoFeatureSet } from "../../data/twoFeatureSet";
import { createEpochBudget } from "../epochBudget";
import { createOptimizer, disposeOptimizer, setLearningRate, type OptimizerName } from "../optimizers";
import type { ModelView, StepMetrics, StepResult, Trainable } from "../trainable";

export interface BatchLogisticOptions {
  readonly seed: number;
  /** Rows per step; `data.n` (or more) means full batch. */
  readonly batchSize: number;
  readonly optimizer: OptimizerName;
  readonly learningRate: number;
  /** Training stops ("done") after this many passes over the data. */
  readonly epochs: number;
}

/**
 * Mean binary cross-entropy from logits, in the stable form
 * softplus(z) − y·z (never log of a rounded-off 0).
 * @param z logits [batch, 1]; @param y labels in {0, 1} [batch, 1]
 */
export function logisticLoss(z: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar {
  return tf.mean(tf.sub(tf.softplus(z), tf.mul(y, z)));
}

/** Labels ±1 → {0, 1} as a column [n, 1]. */
const zeroOne = (y: Float32Array, n: number) => tf.tensor2d(y.map((v) => (v > 0 ? 1 : 0)), [n, 1]);

/** Builds the model; the caller owns it and must dispose() it. Weights start at zero. */
export function createBatchLogistic(data: TwoFeatureSet, options: BatchLogisticOptions): Trainable {
  const batchSize = Math.min(Math.max(1, Math.floor(options.batchSize)), data.n);
  const provider = createBatchProvider(data, options.seed);
  // In tidy: tf.variable copies its initial value, which would otherwise stay alive.
  const w = tf.tidy(() => tf.variable(tf.zeros([2, 1]), true, undefined, "float32"));   // [2, 1]
  const b = tf.tidy(() => tf.variable(tf.zeros([1]), true, undefined, "float32"));      // [1]
  const X = tf.tensor2d(data.x, [data.n, 2]);                           // [n, 2]
  const Y = zeroOne(data.y, data.n);                                    // [n, 1]
  const optimizer = createOptimizer(options.optimizer, options.learningRate);
  const stepsPerEpoch = data.n / batchSize;
  const budget = createEpochBudget(options.epochs, (e) => Math.ceil(e * stepsPerEpoch));
  let step = 0;

  const logits = (x: tf.Tensor2D) => tf.add(tf.matMul(x, w), b) as tf.Tensor2D;

  /** One step; returns [batch loss, full loss, full accuracy] on the device. */
  function trainStep(): tf.Tensor1D {
    const batch = batchSize === data.n ? provider.all() : provider.nextBatch(batchSize);
    return tf.tidy(() => {
      const xb = tf.tensor2d(batch.x, [batchSize, 2]);
      const yb = zeroOne(batch.y, batchSize);
      const batchLoss = optimizer.minimize(() => logisticLoss(logits(xb), yb), true, [w, b]) as tf.Scalar;
      const z = logits(X);
      const accuracy = tf.mean(tf.cast(tf.equal(tf.cast(tf.greater(z, 0), "float32"), Y), "float32"));
      return tf.stack([batchLoss, logisticLoss(z, Y), accuracy]) as tf.Tensor1D;
    });
  }

  return {
    async run(count): Promise<StepResult> {
      budget.extendIfDone(step);
      const n = Math.max(0, Math.min(count, budget.totalSteps - step));
      const rows: tf.Tensor1D[] = [];
      for (let k = 0; k < n; k++) rows.push(trainStep());
      const points: StepMetrics[] = [];
      if (n > 0) {
        const stacked = tf.stack(rows);   // [n, 3]
        rows.forEach((t) => t.dispose());
        const values = await stacked.data();
        stacked.dispose();
        for (let k = 0; k < n; k++) {
          step++;
          points.push({
            step,
            loss: values[3 * k + 1],
            accuracy: values[3 * k + 2],
            extra: { batchLoss: values[3 * k], epoch: step / stepsPerEpoch },
          });
        }
      }
      const converged = step >= budget.totalSteps;
      const message = converged ? `Trained for ${budget.epochs} epochs: ${step} steps of ${batchSize} example${batchSize === 1 ? "" : "s"} each.` : undefined;
      return { points, converged, message };
    },

    async view(): Promise<ModelView> {
      const packed = tf.tidy(() => tf.concat([tf.reshape(w, [-1]), b]));
      const [w1, w2, b0] = await packed.data();
      packed.dispose();
      return {
        step,
        params: { w: [w1, w2], b: [b0] },
        line: { w: [w1, w2], b: b0 },
        stats: [
          { label: "Epoch", value: step / stepsPerEpoch, digits: 2 },
          { label: "Steps per epoch", value: stepsPerEpoch, digits: 2 },
        ],
        extra: { batchSize },
      };
    },

    setLive(settings) {
      if (typeof settings.learningRate === "number") setLearningRate(optimizer, settings.learningRate);
    },

    dispose() {
      disposeOptimizer(optimizer);
      [w, b, X, Y].forEach((t) => t.dispose());
    },
  };
}
