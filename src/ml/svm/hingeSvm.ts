/**
 * The soft-margin SVM's primal, minimised by full-batch sub-gradient descent in TF.js:
 *
 *   J(w, b) = ½‖w‖² + C Σᵢ max(0, 1 − yᵢ(w·φᵢ + b))
 *
 * over feature vectors φᵢ (the raw inputs for a linear SVM, random Fourier
 * features for the kernel one). The hinge has a kink at yᵢ f(xᵢ) = 1; there we
 * take the sub-gradient 0, so a point counts as "active" only strictly inside
 * its margin. The step size decays as ηₜ = η₀ / (1 + η₀ t): J is 1-strongly
 * convex in w, and ≈ 1/t is the classic rate for that case (Pegasos).
 */
import * as tf from "../tf";
import seedrandom from "seedrandom";
import { gaussian } from "../../data/nonlinearSets";

export interface HingeSvmOptions {
  /** Soft-margin penalty C > 0 on the summed hinge losses. */
  readonly C: number;
  /** η₀, the first step size. */
  readonly learningRate: number;
  /** Seeds the starting weights. */
  readonly seed: number;
  /** Standard deviation of the starting weights (0 starts at w = 0); b starts at 0. */
  readonly initialStd: number;
}

/** A linear SVM in some feature space, with its own variables. */
export interface HingeSvm {
  /** Weights [D, 1]. */
  readonly w: tf.Variable<tf.Rank.R2>;
  /** Bias, a scalar. */
  readonly b: tf.Variable<tf.Rank.R0>;
  /** One sub-gradient step; returns [J, accuracy] at the weights before the step, still on the device. */
  step(): tf.Tensor1D;
  /** f(φ) = φ·w + b for rows of features [m, D] → [m]. Call inside tf.tidy. */
  scores(features: tf.Tensor2D): tf.Tensor1D;
  /** yᵢ f(φᵢ) on the training set, [n]. Call inside tf.tidy. */
  margins(): tf.Tensor1D;
  /** Changes C and/or η₀ from the next step; the step-size schedule starts again from η₀. */
  set(settings: { readonly C?: number; readonly learningRate?: number }): void;
  readonly C: number;
  dispose(): void;
}

/**
 * @param features φ for the training set [n, D]; kept, not owned (the caller disposes it)
 * @param y labels ±1, [n]
 */
export function createHingeSvm(features: tf.Tensor2D, y: Float32Array, options: HingeSvmOptions): HingeSvm {
  const [n, D] = features.shape;
  let C = options.C;
  let learningRate = options.learningRate;
  let t = 0;
  const random = seedrandom.alea(`svm-init-${options.seed}`);
  const start = Float32Array.from({ length: D }, () => options.initialStd * gaussian(random));
  const Y = tf.tensor1d(y);                                                   // [n]
  const w = tf.tidy(() => tf.variable(tf.tensor2d(start, [D, 1])));          // [D, 1]
  const b = tf.tidy(() => tf.variable(tf.scalar(0)));

  const scores = (phi: tf.Tensor2D) => tf.reshape(tf.add(tf.matMul(phi, w), b), [-1]) as tf.Tensor1D;
  const margins = () => tf.mul(Y, scores(features)) as tf.Tensor1D;

  return {
    w, b,
    get C() { return C; },
    scores,
    margins,
    step() {
      const eta = learningRate / (1 + learningRate * t);
      t++;
      return tf.tidy(() => {
        const m = margins();                                                  // [n]
        const hinge = tf.relu(tf.sub(1, m));                                  // ξᵢ = max(0, 1 − yᵢfᵢ)
        const objective = tf.add(tf.mul(0.5, tf.sum(tf.square(w))), tf.mul(C, tf.sum(hinge)));
        const accuracy = tf.mean(tf.cast(tf.greater(m, 0), "float32"));
        // ∂J/∂w = w − C Σ_{active} yᵢφᵢ, ∂J/∂b = −C Σ_{active} yᵢ, active ⇔ yᵢfᵢ < 1.
        const pull = tf.mul(tf.mul(tf.cast(tf.less(m, 1), "float32"), Y), C);  // [n]
        const gradW = tf.sub(w, tf.matMul(features, tf.reshape(pull, [n, 1]), true, false));
        const gradB = tf.neg(tf.sum(pull));
        w.assign(tf.sub(w, tf.mul(eta, gradW)) as tf.Tensor2D);
        b.assign(tf.sub(b, tf.mul(eta, gradB)) as tf.Scalar);
        return tf.stack([objective, accuracy]) as tf.Tensor1D;
      });
    },
    set(settings) {
      if (settings.C !== undefined) C = settings.C;
      if (settings.learningRate !== undefined) learningRate = settings.learningRate;
      t = 0;
    },
    dispose() {
      [Y, w, b].forEach((v) => v.dispose());
    },
  };
}

/** Runs `count` steps and reads [J, accuracy] for all of them back in one transfer. */
export async function runSteps(svm: HingeSvm, count: number): Promise<Float32Array> {
  const results: tf.Tensor1D[] = [];
  for (let k = 0; k < count; k++) results.push(svm.step());
  const stacked = tf.stack(results);
  results.forEach((r) => r.dispose());
  const values = (await stacked.data()) as Float32Array;
  stacked.dispose();
  return values;
}

/** Margin tolerance for calling a point a support vector: sub-gradient iterates hover around yᵢfᵢ = 1. */
export const SUPPORT_TOLERANCE = 1e-2;

/** Indices i with yᵢ f(xᵢ) ≤ 1 + tolerance: on or inside the margin. */
export function supportVectorIndices(margins: ArrayLike<number>, tolerance = SUPPORT_TOLERANCE): number[] {
  const out: number[] = [];
  for (let i = 0; i < margins.length; i++) if (margins[i] <= 1 + tolerance) out.push(i);
  return out;
}
