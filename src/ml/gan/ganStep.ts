/**
 * The alternating training loop, one update at a time: the discriminator takes
 * a step on a batch of real samples and a batch of generated ones, the
 * generator takes a step on fresh noise. The benchmark's bare loop calls these
 * same functions.
 */
import * as tf from "../tf";
import type * as tfl from "@tensorflow/tfjs-layers";
import { discriminatorLoss, generatorLoss, type GeneratorLoss } from "./ganLosses";
import { variablesOf } from "./networks";
import { disposeOptimizer, setLearningRate } from "../optimizers";

/** The two players and their own optimizers (each updates only its own network). */
export interface GanPlayers {
  readonly generator: tfl.Sequential;
  readonly discriminator: tfl.Sequential;
  readonly dOptimizer: tf.Optimizer;
  readonly gOptimizer: tf.Optimizer;
}

/** D(x) as logits [n, 1]. */
export const logitsOf = (players: GanPlayers, x: tf.Tensor) => players.discriminator.apply(x) as tf.Tensor2D;

/** G(z), [m, dataDim]. */
export const generate = (players: GanPlayers, noise: tf.Tensor) => players.generator.apply(noise) as tf.Tensor2D;

/**
 * One discriminator update; G is held fixed.
 * @param real real samples [n, dataDim]
 * @param noise noise [m, noiseDim] for the generated batch
 * @returns D's loss before the update, a scalar still on the device (the caller disposes it)
 */
export function discriminatorStep(players: GanPlayers, real: tf.Tensor2D, noise: tf.Tensor2D, variant: GeneratorLoss): tf.Scalar {
  return tf.tidy(() => {
    const fake = generate(players, noise);
    const both = tf.concat([real, fake]);
    const n = real.shape[0];
    return players.dOptimizer.minimize(() => {
      // One pass of D over real and generated samples together: half the kernel launches of two.
      const logits = logitsOf(players, both);
      return discriminatorLoss(tf.slice(logits, [0, 0], [n, 1]), tf.slice(logits, [n, 0], [-1, 1]), variant);
    }, true, variablesOf(players.discriminator)) as tf.Scalar;
  });
}

/**
 * One generator update; D is held fixed (only G's variables are in the list).
 * @param noise noise [m, noiseDim]
 * @returns G's loss before the update, a scalar still on the device
 */
export function generatorStep(players: GanPlayers, noise: tf.Tensor2D, variant: GeneratorLoss): tf.Scalar {
  return tf.tidy(() => players.gOptimizer.minimize(
    () => generatorLoss(logitsOf(players, generate(players, noise)), variant),
    true, variablesOf(players.generator),
  ) as tf.Scalar);
}

/** What the alternating loop reads at every step; the widgets change these live. */
export interface GameSettings {
  /** Discriminator updates per generator update (k). */
  dSteps: number;
  batchSize: number;
  loss: GeneratorLoss;
}

/**
 * One training step of the game: k discriminator updates, each on a fresh real
 * batch and fresh noise, then one generator update on fresh noise.
 * @returns [D's loss at its last update, G's loss], on the device
 */
export function gameStep(players: GanPlayers, game: Readonly<GameSettings>, realBatch: () => tf.Tensor2D, noiseBatch: () => tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    let dLoss = tf.scalar(0);
    for (let j = 0; j < game.dSteps; j++) dLoss = discriminatorStep(players, realBatch(), noiseBatch(), game.loss);
    const gLoss = generatorStep(players, noiseBatch(), game.loss);
    return tf.stack([dLoss, gLoss]) as tf.Tensor1D;
  });
}

/** Applies the live settings both GAN widgets share: the two learning rates (optimizer state kept), k, batch size, loss. */
export function setLiveGame(players: GanPlayers, game: GameSettings, settings: Readonly<Record<string, number | string>>): void {
  if (typeof settings.dLearningRate === "number") setLearningRate(players.dOptimizer, settings.dLearningRate);
  if (typeof settings.gLearningRate === "number") setLearningRate(players.gOptimizer, settings.gLearningRate);
  if (typeof settings.dSteps === "number") game.dSteps = settings.dSteps;
  if (typeof settings.batchSize === "number") game.batchSize = settings.batchSize;
  if (settings.loss === "nonSaturating" || settings.loss === "minimax" || settings.loss === "seed000") game.loss = settings.loss;
}

/** Frees both networks and both optimizers' state. */
export function disposePlayers(players: GanPlayers): void {
  players.generator.dispose();
  players.discriminator.dispose();
  disposeOptimizer(players.dOptimizer);
  disposeOptimizer(players.gOptimizer);
}

/**
 * Runs `count` game steps and then `measures` (figures for the chunk's last
 * step), and reads everything back in one transfer.
 * @returns [d₁, g₁, …, d_count, g_count, ...measures]
 */
export async function runGame(
  players: GanPlayers, game: Readonly<GameSettings>, count: number,
  realBatch: () => tf.Tensor2D, noiseBatch: () => tf.Tensor2D, measures: () => tf.Tensor1D,
): Promise<Float32Array> {
  const results: tf.Tensor1D[] = [];
  for (let k = 0; k < count; k++) results.push(gameStep(players, game, realBatch, noiseBatch));
  results.push(measures());
  const stacked = tf.concat(results);
  results.forEach((t) => t.dispose());
  const values = (await stacked.data()) as Float32Array;
  stacked.dispose();
  return values;
}
