/**
 * Rosenblatt's perceptron, one point at a time: on a mistake (y·(w·x + b) ≤ 0)
 * w ← w + η·y·x and b ← b + η·y. Starts at w = 0, b = 0, so the seed only
 * decides the order in which points are visited.
 */
import * as tf from "../tf";
import { createBatchProvider } from "../../data/batchProvider";
import type { TwoFeatureSet } from "../../data/twoFeatureSet";
import { gridPoints } from "../grid";
import type { ModelView, Stat, StepMetrics, StepResult, Trainable } from "../trainable";

export interface PerceptronOptions {
  readonly seed: number;
  readonly learningRate: number;
  /** Novikoff's (R/γ)² for this data, shown beside the mistake count; omit when not separable. */
  readonly bound?: number;
  /** Side of the decision-region lattice. */
  readonly gridSize?: number;
}

/** A perceptron on a two-feature set, ready to train. */
export function createPerceptron(data: TwoFeatureSet, options: PerceptronOptions): Trainable {
  const provider = createBatchProvider(data, options.seed);
  const gridSize = options.gridSize ?? 48;
  let learningRate = options.learningRate;
  let step = 0;
  let mistakes = 0;
  let mistakesThisEpoch = 0;
  let stepsThisEpoch = 0;
  let converged = false;
  let lastIndex: number | undefined;
  let lastWasMistake: boolean | undefined;

  const X = tf.tensor2d(data.x, [data.n, 2]);          // [n, 2]
  const Y = tf.tensor1d(data.y);                        // [n]
  const grid = tf.tensor2d(gridPoints(data.extent, gridSize), [gridSize * gridSize, 2]);
  // Inside tidy so the zero tensors a variable is made from are freed too.
  const w = tf.tidy(() => tf.variable(tf.zeros([2, 1]) as tf.Tensor2D));  // [2, 1]
  const b = tf.tidy(() => tf.variable(tf.scalar(0)));

  /** One update; returns [loss, correct count, mistake] as scalars, still on the device. */
  function update(i: number): tf.Tensor1D {
    return tf.tidy(() => {
      const xi = tf.slice(X, [i, 0], [1, 2]);                            // [1, 2]
      const yi = tf.reshape(tf.slice(Y, [i], [1]), [1, 1]);              // [1, 1]
      const score = tf.add(tf.matMul(xi, w), b);                         // [1, 1]
      const mistake = tf.cast(tf.lessEqual(tf.mul(yi, score), 0), "float32");
      const scale = tf.mul(tf.mul(mistake, yi), learningRate);           // η·y on a mistake, else 0
      w.assign(tf.add(w, tf.mul(tf.transpose(xi), scale)));
      b.assign(tf.add(b, tf.reshape(scale, [])));
      const margins = tf.mul(tf.reshape(tf.add(tf.matMul(X, w), b), [-1]), Y); // [n]
      const loss = tf.mean(tf.relu(tf.neg(margins)));                    // perceptron criterion
      // A count, divided on the CPU: a float32 mean on the GPU can give 0.99999994 for "all".
      const correct = tf.sum(tf.cast(tf.greater(margins, 0), "float32"));
      return tf.stack([loss, correct, tf.reshape(mistake, [])]) as tf.Tensor1D;
    });
  }

  return {
    async run(count) {
      const visits: number[] = [];
      const results: tf.Tensor1D[] = [];
      for (let k = 0; k < count; k++) {
        const i = provider.nextBatch(1).indices[0];
        visits.push(i);
        results.push(update(i));
      }
      const stacked = tf.stack(results);
      results.forEach((t) => t.dispose());
      const values = await stacked.data();
      stacked.dispose();
      const points: StepMetrics[] = [];
      for (let k = 0; k < count; k++) {
        step++;
        const wasMistake = values[3 * k + 2] > 0.5;
        if (wasMistake) { mistakes++; mistakesThisEpoch++; }
        stepsThisEpoch++;
        if (stepsThisEpoch === data.n) {
          if (mistakesThisEpoch === 0) converged = true;
          stepsThisEpoch = 0;
          mistakesThisEpoch = 0;
        }
        points.push({ step, loss: values[3 * k], accuracy: values[3 * k + 1] / data.n });
        lastIndex = visits[k];
        lastWasMistake = wasMistake;
      }
      const message = converged
        ? `A whole epoch without a mistake: every point is on its side of the line after ${mistakes} mistakes` +
          (options.bound === undefined ? "." : ` (Novikoff's bound: ${options.bound.toFixed(1)}).`)
        : undefined;
      return { points, converged, message } satisfies StepResult;
    },

    async view(): Promise<ModelView> {
      // One readback: the grid's regions (sign of the score mapped to {0, ½, 1}), then w and b.
      const packed = tf.tidy(() => {
        const regions = tf.div(tf.add(tf.sign(tf.reshape(tf.add(tf.matMul(grid, w), b), [-1])), 1), 2);
        return tf.concat([regions, tf.reshape(w, [-1]), tf.reshape(b, [1])]);
      });
      const all = (await packed.data()) as Float32Array;
      packed.dispose();
      const cells = gridSize * gridSize;
      const values = all.slice(0, cells);
      const wv = [all[cells], all[cells + 1]] as const;
      const bv = all[cells + 2];
      const stats: Stat[] = [
        { label: "Mistakes (updates)", value: mistakes },
        { label: "Epoch", value: provider.epoch + 1 },
      ];
      if (options.bound !== undefined) stats.push({ label: "Novikoff bound (R/γ)²", value: options.bound, digits: 1 });
      return {
        step,
        params: { w: [wv[0], wv[1]], b: [bv] },
        line: { w: [wv[0], wv[1]], b: bv },
        grid: { size: gridSize, values, extent: data.extent },
        lastIndex, lastWasMistake, mistakes, stats,
      };
    },

    setLive(settings) {
      if (typeof settings.learningRate === "number") learningRate = settings.learningRate;
    },

    dispose() {
      [X, Y, grid, w, b].forEach((t) => t.dispose());
    },
  };
}
