/** The optimizers widgets offer, and changing a learning rate or momentum without losing their state. */
import * as tf from "./tf";

export type OptimizerName = "sgd" | "momentum" | "adam" | "rmsprop";

/** Optional constants; TF.js defaults otherwise (momentum β = 0.9 here). */
export interface OptimizerOptions {
  /** β of the momentum optimizer: v ← β·v + g. */
  readonly momentum?: number;
}

/** A fresh optimizer; its moment estimates start at zero. */
export function createOptimizer(name: OptimizerName, learningRate: number, options: OptimizerOptions = {}): tf.Optimizer {
  switch (name) {
    case "sgd": return tf.train.sgd(learningRate);
    case "momentum": return tf.train.momentum(learningRate, options.momentum ?? 0.9);
    case "rmsprop": return tf.train.rmsprop(learningRate);
    case "adam": return tf.train.adam(learningRate);
  }
}

/**
 * Sets the learning rate used from the next step on, keeping Adam's and
 * momentum's accumulated state (GAN Lab rebuilt the optimizer and lost it).
 * Adam and RMSProp read `this.learningRate` on every update; SGD and momentum
 * multiply by a scalar tensor made once, which only their own
 * `setLearningRate` rebuilds, so assigning the field alone would do nothing.
 */
export function setLearningRate(optimizer: tf.Optimizer, learningRate: number): void {
  const o = optimizer as unknown as { learningRate: number; setLearningRate?: (lr: number) => void };
  if (typeof o.setLearningRate === "function") o.setLearningRate(learningRate);
  else o.learningRate = learningRate;
}

/**
 * Sets β of a momentum optimizer from the next step on, keeping its velocity.
 * TF.js 4.22's own `setMomentum` changes a field the update never reads (it
 * multiplies by a scalar tensor made in the constructor), so that scalar is
 * replaced here. Other optimizers are left alone.
 */
export function setMomentum(optimizer: tf.Optimizer, momentum: number): void {
  // Not `instanceof`: TF.js's Optimizer answers it by duck typing, so every optimizer would match.
  if ((optimizer.constructor as { className?: string }).className !== "Momentum") return;
  const o = optimizer as unknown as { momentum: number; m: tf.Scalar };
  o.momentum = momentum;
  o.m.dispose();
  o.m = tf.keep(tf.scalar(momentum));
}

/**
 * Frees an optimizer and its state. TF.js 4.22's MomentumOptimizer.dispose
 * forgets the learning-rate scalar it inherits from SGD, one tensor per
 * optimizer; that one is freed here too.
 */
export function disposeOptimizer(optimizer: tf.Optimizer): void {
  optimizer.dispose();
  if ((optimizer.constructor as { className?: string }).className === "Momentum") {
    (optimizer as unknown as { c?: tf.Scalar }).c?.dispose();
  }
}
