/**
 * Seed article 004's worked example of logistic regression, done right with the
 * widget's own loss-and-gradient code: three rows x = (1, 2), (4, 5), (7, 8),
 * labels y = 1, 0, 1, start at w = 0, b = 0, one gradient-descent step of α = 0.01.
 */
import * as tf from "../tf";
import { logisticLossAndGradient } from "./gradient";

/** The seed's table: features row-major [3, 2] and labels [3]. */
export const SEED004_X = [1, 2, 4, 5, 7, 8] as const;
export const SEED004_Y = [1, 0, 1] as const;
/** The seed's learning rate. */
export const SEED004_ALPHA = 0.01;

export interface Seed004Step {
  /** Mean cross-entropy at w = 0, b = 0 (every p is ½). */
  readonly loss: number;
  /** ∇w at the start, [2]. */
  readonly dw: readonly [number, number];
  /** ∂L/∂b at the start: one number. */
  readonly db: number;
  /** w and b after one step of α. */
  readonly wAfter: readonly [number, number];
  readonly bAfter: number;
  /** The loss at the new point. */
  readonly lossAfter: number;
}

/** Runs the seed's first step (no L2) and reads back plain numbers. */
export function seed004(): Seed004Step {
  const values = tf.tidy(() => {
    const X = tf.tensor2d([...SEED004_X], [3, 2]);
    const y = tf.tensor2d([...SEED004_Y], [3, 1]);
    const w0 = tf.zeros([2, 1]) as tf.Tensor2D;
    const b0 = tf.scalar(0);
    const start = logisticLossAndGradient(X, y, w0, b0, 0);
    const w1 = tf.sub(w0, tf.mul(SEED004_ALPHA, start.dw)) as tf.Tensor2D;
    const b1 = tf.sub(b0, tf.mul(SEED004_ALPHA, start.db)) as tf.Scalar;
    const after = logisticLossAndGradient(X, y, w1, b1, 0);
    return tf.concat([tf.reshape(start.loss, [1]), tf.reshape(start.dw, [-1]), tf.reshape(start.db, [1]),
      tf.reshape(w1, [-1]), tf.reshape(b1, [1]), tf.reshape(after.loss, [1])]).dataSync();
  });
  return {
    loss: values[0], dw: [values[1], values[2]], db: values[3],
    wAfter: [values[4], values[5]], bAfter: values[6], lossAfter: values[7],
  };
}
