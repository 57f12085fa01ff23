/**
 * Random Fourier features (Rahimi and Recht 2007) for the RBF kernel
 * k(x, x') = exp(−γ‖x − x'‖²). By Bochner's theorem k is the Fourier transform
 * of a Gaussian, so with ω ~ N(0, 2γ I) and β ~ U[0, 2π),
 *
 *   z(x) = √(2/D) · cos(Ωx + β)   satisfies   E[z(x)·z(x')] = k(x, x').
 *
 * A linear SVM on z(x) is then an approximate RBF-kernel SVM. The projection
 * is drawn once from the seed and never trained.
 */
import seedrandom from "seedrandom";
import * as tf from "../tf";
import { gaussian } from "../../data/nonlinearSets";

/** A fixed random projection: frequencies Ω and phases β. */
export interface FourierProjection {
  /** Number of features D. */
  readonly count: number;
  readonly gamma: number;
  /** Ω, row-major [2, D]: column j is the frequency ωⱼ ~ N(0, 2γ I). */
  readonly omega: Float32Array;
  /** β, [D], uniform in [0, 2π). */
  readonly phase: Float32Array;
}

/**
 * Draws the projection. The standard normals depend only on the seed, and γ
 * scales them, so two values of γ with the same seed share their directions.
 */
export function drawFourierProjection(seed: number, count: number, gamma: number): FourierProjection {
  const random = seedrandom.alea(`rff-${seed}`);
  const scale = Math.sqrt(2 * gamma);
  const omega = new Float32Array(2 * count);
  const phase = new Float32Array(count);
  for (let j = 0; j < count; j++) {
    omega[j] = scale * gaussian(random);
    omega[count + j] = scale * gaussian(random);
    phase[j] = 2 * Math.PI * random();
  }
  return { count, gamma, omega, phase };
}

/**
 * z(x) for a batch of points, in TF.js.
 * @param x points [m, 2]
 * @returns features [m, D]
 */
export function fourierFeatures(x: tf.Tensor2D, projection: FourierProjection): tf.Tensor2D {
  return tf.tidy(() => {
    const omega = tf.tensor2d(projection.omega, [2, projection.count]);
    const phase = tf.tensor1d(projection.phase);
    return tf.mul(Math.sqrt(2 / projection.count), tf.cos(tf.add(tf.matMul(x, omega), phase))) as tf.Tensor2D;
  });
}

/** z(a)·z(b) in plain arithmetic: the kernel value the features stand for (for facts and tests). */
export function approximateKernel(projection: FourierProjection, a: readonly [number, number], b: readonly [number, number]): number {
  const D = projection.count;
  let s = 0;
  for (let j = 0; j < D; j++) {
    const za = Math.cos(projection.omega[j] * a[0] + projection.omega[D + j] * a[1] + projection.phase[j]);
    const zb = Math.cos(projection.omega[j] * b[0] + projection.omega[D + j] * b[1] + projection.phase[j]);
    s += za * zb;
  }
  return (2 / D) * s;
}

/** The exact RBF kernel exp(−γ‖a − b‖²). */
export function rbfKernel(gamma: number, a: readonly [number, number], b: readonly [number, number]): number {
  return Math.exp(-gamma * ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2));
}
