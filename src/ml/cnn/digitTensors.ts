/**
 * Digits as tensors: uploaded once, then minibatches are gathered on the device
 * by index, so a step moves 64 indices to the GPU rather than 64 images.
 * Shared with the benchmark's bare `model.fit`, which trains on the same tensors.
 */
import type { DigitSet } from "../../data/mnist";
import * as tf from "../tf";
import { DIGIT_CLASSES } from "./architecture";

/** A digit set on the device. */
export interface DigitTensors {
  /** Pixels scaled to [0, 1]: [count, 28, 28, 1]. */
  readonly images: tf.Tensor4D;
  /** One-hot labels [count, 10]. */
  readonly labels: tf.Tensor2D;
  readonly count: number;
}

/** Uploads the first `count` digits of `set` (all by default). */
export function digitTensors(set: DigitSet, count = set.count): DigitTensors {
  const n = Math.min(count, set.count);
  const images = tf.tidy(() =>
    tf.div(tf.tensor4d(Float32Array.from(set.images.subarray(0, n * 784)), [n, 28, 28, 1]), 255) as tf.Tensor4D,
  );
  const labels = tf.tidy(() => tf.oneHot(tf.tensor1d(Int32Array.from(set.labels.subarray(0, n)), "int32"), DIGIT_CLASSES) as tf.Tensor2D);
  return { images, labels, count: n };
}

/**
 * One minibatch gathered on the device.
 * @param indices rows of `data`, length = batch size
 * @returns images [batch, 28, 28, 1] and one-hot labels [batch, 10]; the caller disposes both
 */
export function gatherBatch(data: DigitTensors, indices: Int32Array): { x: tf.Tensor4D; y: tf.Tensor2D } {
  return tf.tidy(() => {
    const at = tf.tensor1d(indices, "int32");
    return { x: tf.gather(data.images, at) as tf.Tensor4D, y: tf.gather(data.labels, at) as tf.Tensor2D };
  });
}

/** Frees both tensors. */
export function disposeDigits(data: DigitTensors): void {
  data.images.dispose();
  data.labels.dispose();
}
