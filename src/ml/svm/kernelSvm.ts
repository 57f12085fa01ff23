/**
 * An approximate RBF-kernel SVM: a fixed, seeded random Fourier projection of the
 * two inputs into D features, then the linear soft-margin SVM of hingeSvm.ts in
 * that feature space, trained in TF.js. The boundary is linear in z(x) and curved
 * in x.
 */
import * as tf from "../tf";
import type { TwoFeatureSet } from "../../data/twoFeatureSet";
import { gridPoints } from "../grid";
import type { ModelView, StepMetrics, Trainable } from "../trainable";
import { createHingeSvm, runSteps, supportVectorIndices } from "./hingeSvm";
import { scoreToShade } from "./linearSvm";
import { drawFourierProjection, fourierFeatures } from "./randomFourierFeatures";

export interface KernelSvmOptions {
  readonly C: number;
  readonly learningRate: number;
  /** RBF width γ in exp(−γ‖x − x'‖²). */
  readonly gamma: number;
  /** Number of random features D. */
  readonly features: number;
  /** Seeds the projection (the data's seed is the caller's business). */
  readonly seed: number;
  readonly gridSize?: number;
}

/** A kernel SVM by random Fourier features on `data`, starting from w = 0. */
export function createKernelSvm(data: TwoFeatureSet, options: KernelSvmOptions): Trainable {
  const gridSize = options.gridSize ?? 48;
  const projection = drawFourierProjection(options.seed, options.features, options.gamma);
  const [phi, gridPhi] = tf.tidy(() => [
    fourierFeatures(tf.tensor2d(data.x, [data.n, 2]), projection),                                     // [n, D]
    fourierFeatures(tf.tensor2d(gridPoints(data.extent, gridSize), [gridSize * gridSize, 2]), projection), // [cells, D]
  ]);
  const svm = createHingeSvm(phi, data.y, { C: options.C, learningRate: options.learningRate, seed: options.seed, initialStd: 0 });
  let step = 0;

  return {
    async run(count) {
      const values = await runSteps(svm, count);
      const points: StepMetrics[] = [];
      for (let k = 0; k < count; k++) points.push({ step: ++step, loss: values[2 * k], accuracy: values[2 * k + 1] });
      return { points, converged: false };
    },

    async view(): Promise<ModelView> {
      // One readback: region shades, yᵢfᵢ for every point, then ‖w‖ and b.
      const packed = tf.tidy(() => tf.concat([
        tf.reshape(scoreToShade(svm.scores(gridPhi)), [-1]), svm.margins(),
        tf.reshape(tf.norm(svm.w), [1]), tf.reshape(svm.b, [1]),
      ]));
      const all = (await packed.data()) as Float32Array;
      packed.dispose();
      const cells = gridSize * gridSize;
      const margins = all.subarray(cells, cells + data.n);
      const norm = all[cells + data.n];
      const b = all[cells + data.n + 1];
      const support = supportVectorIndices(margins);
      return {
        step,
        // D weights are too many for data-params; ‖w‖ and b describe the fit.
        params: { normW: [norm], b: [b] },
        grid: { size: gridSize, values: all.slice(0, cells), extent: data.extent },
        stats: [
          { label: "Support vectors", value: support.length },
          { label: "‖w‖", value: norm, digits: 3 },
        ],
        extra: { supportVectors: support },
      };
    },

    setLive(settings) {
      const C = typeof settings.C === "number" ? settings.C : undefined;
      const learningRate = typeof settings.learningRate === "number" ? settings.learningRate : undefined;
      if (C !== undefined || learningRate !== undefined) svm.set({ C, learningRate });
    },

    dispose() {
      svm.dispose();
      [phi, gridPhi].forEach((t) => t.dispose());
    },
  };
}
