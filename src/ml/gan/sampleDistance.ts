/**
 * How far the generated samples are from the real ones, and which modes of a
 * mixture the generator covers. The GAN's own losses do not fall as it learns
 * (at the game's equilibrium D's loss is back at 2 log 2), so the widget plots
 * this distance instead: it falls as the generated cloud takes the target's shape.
 */
import * as tf from "../tf";

/** Mean Euclidean distance between every row of a [n, d] and every row of b [m, d], a scalar. */
function meanPairDistance(a: tf.Tensor2D, b: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => tf.mean(tf.sqrt(tf.sum(tf.square(tf.sub(tf.expandDims(a, 1), tf.expandDims(b, 0))), -1))) as tf.Scalar);
}

/**
 * The energy distance between two samples (Székely & Rizzo):
 *   2·E‖X − Y‖ − E‖X − X′‖ − E‖Y − Y′‖,
 * which is ≥ 0 and is 0 only when the two distributions are equal. On finite
 * samples (the V-statistic used here) two samples of the same distribution give
 * a small positive value, not 0.
 * @param x [n, d], y [m, d]
 * @returns a scalar on the device
 */
export function energyDistance(x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => tf.sub(tf.mul(2, meanPairDistance(x, y)), tf.add(meanPairDistance(x, x), meanPairDistance(y, y))) as tf.Scalar);
}

/**
 * Which modes of a mixture hold generated samples: mode m counts as covered
 * when at least a quarter of its fair share (n / (4·modes)) of the n samples
 * lie within 3 standard deviations of its centre.
 * @param samples row-major [n, 2]
 * @param modes centres, row-major [modes, 2]
 * @returns how many samples fall near each mode
 */
export function samplesPerMode(samples: ArrayLike<number>, modes: ArrayLike<number>, std: number): number[] {
  const count = new Array<number>(modes.length / 2).fill(0);
  const r2 = (3 * std) ** 2;
  for (let i = 0; i < samples.length; i += 2) {
    for (let m = 0; m < count.length; m++) {
      const dx = samples[i] - modes[2 * m], dy = samples[i + 1] - modes[2 * m + 1];
      if (dx * dx + dy * dy <= r2) { count[m]++; break; }
    }
  }
  return count;
}

/** How many modes are covered (see samplesPerMode) by `n` samples. */
export function modesCovered(perMode: readonly number[], n: number): number {
  const needed = n / (4 * perMode.length);
  return perMode.filter((c) => c >= needed).length;
}
