/**
 * The linear soft-margin SVM on a two-feature set: sub-gradient descent in TF.js
 * (hingeSvm.ts), with the exact solution of the same problem (smo.ts) alongside
 * so the widget can show how far the iterate still is from it.
 */
import * as tf from "../tf";
import type { TwoFeatureSet } from "../../data/twoFeatureSet";
import { gridPoints } from "../grid";
import type { ModelView, StepMetrics, Trainable } from "../trainable";
import { createHingeSvm, runSteps, supportVectorIndices } from "./hingeSvm";
import { solveLinearSvm, type LinearSvmSolution } from "./smo";

export interface LinearSvmOptions {
  readonly C: number;
  readonly learningRate: number;
  readonly seed: number;
  readonly gridSize?: number;
}

/** Maps a score f to [0, 1] for the region colours: the band −1 < f < 1 (inside the margin) shades through. */
export function scoreToShade(score: tf.Tensor): tf.Tensor {
  return tf.clipByValue(tf.div(tf.add(score, 1), 2), 0, 1);
}

/** ‖(w, b) − (w*, b*)‖: how far an iterate is from the exact solution. */
export function distanceToExact(w: readonly number[], b: number, exact: LinearSvmSolution): number {
  return Math.hypot(w[0] - exact.w[0], w[1] - exact.w[1], b - exact.b);
}

/** A linear SVM on `data`, ready to train. Starts from seeded random weights. */
export function createLinearSvm(data: TwoFeatureSet, options: LinearSvmOptions): Trainable {
  const gridSize = options.gridSize ?? 48;
  const X = tf.tensor2d(data.x, [data.n, 2]);                                          // [n, 2]
  const grid = tf.tensor2d(gridPoints(data.extent, gridSize), [gridSize * gridSize, 2]);
  const svm = createHingeSvm(X, data.y, { C: options.C, learningRate: options.learningRate, seed: options.seed, initialStd: 1 });
  let exact = solveLinearSvm(data.x, data.y, 2, options.C);
  let step = 0;

  return {
    async run(count) {
      const values = await runSteps(svm, count);
      const points: StepMetrics[] = [];
      for (let k = 0; k < count; k++) points.push({ step: ++step, loss: values[2 * k], accuracy: values[2 * k + 1] });
      return { points, converged: false };
    },

    async view(): Promise<ModelView> {
      // One readback: region shades, then yᵢfᵢ for every point, then w and b.
      const packed = tf.tidy(() => tf.concat([
        tf.reshape(scoreToShade(svm.scores(grid)), [-1]), svm.margins(), tf.reshape(svm.w, [-1]), tf.reshape(svm.b, [1]),
      ]));
      const all = (await packed.data()) as Float32Array;
      packed.dispose();
      const cells = gridSize * gridSize;
      const margins = all.subarray(cells, cells + data.n);
      const w = [all[cells + data.n], all[cells + data.n + 1]];
      const b = all[cells + data.n + 2];
      const norm = Math.hypot(w[0], w[1]);
      const support = supportVectorIndices(margins);
      return {
        step,
        params: { w, b: [b] },
        line: { w: [w[0], w[1]], b },
        grid: { size: gridSize, values: all.slice(0, cells), extent: data.extent },
        stats: [
          { label: "Margin 1/‖w‖", value: 1 / norm, digits: 3 },
          { label: "Exact margin", value: exact.margin, digits: 3 },
          { label: "Support vectors", value: support.length },
          { label: "Exact support vectors", value: exact.supportVectors.length },
          { label: "Distance to exact (w, b)", value: distanceToExact(w, b, exact), digits: 4 },
        ],
        extra: {
          supportVectors: support,
          exactW: Array.from(exact.w),
          exactB: exact.b,
          C: svm.C,
        },
      };
    },

    setLive(settings) {
      const C = typeof settings.C === "number" ? settings.C : undefined;
      const learningRate = typeof settings.learningRate === "number" ? settings.learningRate : undefined;
      if (C === undefined && learningRate === undefined) return;
      svm.set({ C, learningRate });
      if (C !== undefined) exact = solveLinearSvm(data.x, data.y, 2, C);
    },

    dispose() {
      svm.dispose();
      [X, grid].forEach((t) => t.dispose());
    },
  };
}
