/**
 * A multilayer perceptron for two-feature binary classification:
 * dense(hidden, activation) → dense(1, sigmoid), binary cross-entropy, full batch.
 * `buildMlp` is shared with the benchmark's bare `model.fit`, so both train
 * exactly the same network.
 */
import * as tf from "./tf";
import * as tfl from "@tensorflow/tfjs-layers";
import type { TwoFeatureSet } from "../data/twoFeatureSet";
import { gridPoints } from "./grid";
import { createOptimizer, setLearningRate, type OptimizerName } from "./optimizers";
import type { ModelView, StepMetrics, Trainable } from "./trainable";

export type Activation = "tanh" | "relu" | "sigmoid";

export interface MlpOptions {
  readonly seed: number;
  readonly hiddenUnits: number;
  readonly activation: Activation;
  readonly optimizer: OptimizerName;
  readonly learningRate: number;
  /** Stop ("done") once the loss is below this. */
  readonly targetLoss?: number;
  readonly gridSize?: number;
}

/**
 * The network, with weights drawn from Glorot-uniform initialisers seeded by `seed`.
 * @returns a model mapping [batch, 2] → P(y = 1) [batch, 1]
 */
export function buildMlp(seed: number, hiddenUnits: number, activation: Activation): tfl.Sequential {
  return tfl.sequential({
    layers: [
      tfl.layers.dense({
        inputShape: [2], units: hiddenUnits, activation,
        kernelInitializer: tfl.initializers.glorotUniform({ seed }),
        biasInitializer: "zeros",
      }),
      tfl.layers.dense({
        units: 1, activation: "sigmoid",
        kernelInitializer: tfl.initializers.glorotUniform({ seed: seed + 1 }),
        biasInitializer: "zeros",
      }),
    ],
  });
}

/** Labels ±1 → {0, 1}, the targets a sigmoid and cross-entropy need. */
export function zeroOneLabels(y: Float32Array): Float32Array {
  return y.map((v) => (v > 0 ? 1 : 0));
}

/** An MLP on a two-feature set, trained full-batch. */
export function createMlp(data: TwoFeatureSet, options: MlpOptions): Trainable {
  const gridSize = options.gridSize ?? 48;
  const model = buildMlp(options.seed, options.hiddenUnits, options.activation);
  const optimizer = createOptimizer(options.optimizer, options.learningRate);
  const X = tf.tensor2d(data.x, [data.n, 2]);                     // [n, 2]
  const Y = tf.tensor2d(zeroOneLabels(data.y), [data.n, 1]);      // [n, 1]
  const grid = tf.tensor2d(gridPoints(data.extent, gridSize), [gridSize * gridSize, 2]);
  const targetLoss = options.targetLoss ?? 0.01;
  let step = 0;

  /**
   * One optimizer step. Returns [loss] — or [loss, correct count] with
   * `withAccuracy` — of the forward pass it made, on the device. Accuracy is counted only
   * on a chunk's last step: every op is a GPU dispatch, and the loss is what the
   * curve needs at every step.
   */
  function trainStep(withAccuracy: boolean): tf.Tensor1D {
    return tf.tidy(() => {
      let predictions: tf.Tensor | undefined;
      const loss = optimizer.minimize(() => {
        // Kept past minimize's own tidy so accuracy needs no second forward pass.
        predictions = withAccuracy ? tf.keep(model.apply(X) as tf.Tensor) : (model.apply(X) as tf.Tensor); // [n, 1]
        return tf.mean(tfl.metrics.binaryCrossentropy(Y, predictions)) as tf.Scalar;
      }, true) as tf.Scalar;
      if (!withAccuracy) return tf.reshape(loss, [1]) as tf.Tensor1D;
      const p = predictions as tf.Tensor;
      // A count, divided on the CPU: a float32 mean on the GPU can give 0.99999994 for "all".
      const correct = tf.sum(tf.cast(tf.equal(tf.cast(tf.greater(p, 0.5), "float32"), Y), "float32"));
      p.dispose();
      return tf.stack([loss, correct]) as tf.Tensor1D;
    });
  }

  return {
    async run(count) {
      const results: tf.Tensor1D[] = [];
      for (let k = 0; k < count; k++) results.push(trainStep(k === count - 1));
      const stacked = tf.concat(results);
      results.forEach((t) => t.dispose());
      const values = await stacked.data();  // [loss₁, …, loss_{count−1}, loss_count, correct_count]
      stacked.dispose();
      const points: StepMetrics[] = [];
      for (let k = 0; k < count; k++) {
        const last = k === count - 1;
        points.push({ step: ++step, loss: values[k], accuracy: last ? values[k + 1] / data.n : undefined });
      }
      const last = points[points.length - 1];
      const converged = last !== undefined && last.loss < targetLoss;
      const message = converged ? `The loss fell below ${targetLoss} at step ${last.step}: every point is classified with confidence.` : undefined;
      return { points, converged, message };
    },

    async view(): Promise<ModelView> {
      // One readback for the grid and every weight: each GPU read waits for the device.
      const weights = model.layers.flatMap((layer) => layer.getWeights());
      const packed = tf.tidy(() =>
        tf.concat([tf.reshape(model.apply(grid) as tf.Tensor, [-1]), ...weights.map((w) => tf.reshape(w, [-1]))]),
      );
      const all = (await packed.data()) as Float32Array;
      packed.dispose();
      const cells = gridSize * gridSize;
      const params: Record<string, number[]> = {};
      let at = cells;
      // Named by position: TF.js layer names carry a global counter that changes with every rebuild.
      model.layers.forEach((layer, i) => {
        const [kernel, bias] = layer.getWeights();
        params[`layer${i + 1}.kernel`] = Array.from(all.subarray(at, (at += kernel.size)));
        params[`layer${i + 1}.bias`] = Array.from(all.subarray(at, (at += bias.size)));
      });
      return { step, grid: { size: gridSize, values: all.slice(0, cells), extent: data.extent }, params };
    },

    setLive(settings) {
      if (typeof settings.learningRate === "number") setLearningRate(optimizer, settings.learningRate);
    },

    dispose() {
      model.dispose();
      optimizer.dispose();
      [X, Y, grid].forEach((t) => t.dispose());
    },
  };
}
