/** The optimizers widgets offer, and changing a learning rate without losing their state. */
import * as tf from "./tf";

export type OptimizerName = "sgd" | "momentum" | "adam" | "rmsprop";

/** A fresh optimizer; its moment estimates start at zero. */
export function createOptimizer(name: OptimizerName, learningRate: number): tf.Optimizer {
  switch (name) {
    case "sgd": return tf.train.sgd(learningRate);
    case "momentum": return tf.train.momentum(learningRate, 0.9);
    case "rmsprop": return tf.train.rmsprop(learningRate);
    case "adam": return tf.train.adam(learningRate);
  }
}

/**
 * Sets the learning rate used from the next step on. TF.js optimizers read
 * `this.learningRate` on every update, so assigning it keeps Adam's and
 * momentum's accumulated state (GAN Lab rebuilt the optimizer and lost it).
 */
export function setLearningRate(optimizer: tf.Optimizer, learningRate: number): void {
  (optimizer as unknown as { learningRate: number }).learningRate = learningRate;
}
