/**
 * Seed article 000's dense GAN on MNIST, with its shapes kept and its bugs
 * fixed: G maps 100 noise values through 128 units to 784 pixels (tanh, so
 * pixels in [−1, 1]); D maps 784 pixels through 128 units to one logit. Hidden
 * layers use LeakyReLU(0.2), both players Adam with β₁ = 0.5. One step = k
 * discriminator updates, then one generator update, on random batches of the
 * 8,000 training digits. The view is a grid of G's samples from fixed noise.
 */
import * as tf from "../tf";
import seedrandom from "seedrandom";
import { DIGIT_PIXELS, type DigitSet } from "../../data/mnist";
import { gaussian } from "../../data/nonlinearSets";
import type { ModelView, StepMetrics, Trainable } from "../trainable";
import type { GeneratorLoss } from "./ganLosses";
import { disposePlayers, generate, logitsOf, runGame, setLiveGame, type GameSettings, type GanPlayers } from "./ganStep";
import { buildDiscriminator, buildGenerator } from "./networks";
import { MNIST_HIDDEN, MNIST_NOISE, SAMPLE_GRID } from "./mnistGanSizes";
import { energyDistance } from "./sampleDistance";

/** Real and generated digits compared by the energy distance. */
const COMPARED = 64;

export interface MnistGanOptions {
  readonly seed: number;
  readonly dLearningRate: number;
  readonly gLearningRate: number;
  readonly dSteps: number;
  readonly batchSize: number;
  readonly loss: GeneratorLoss;
}

/** G and D with seed 000's sizes, and an Adam (β₁ = 0.5) for each. */
export function buildMnistGanPlayers(seed: number, dLearningRate: number, gLearningRate: number): GanPlayers {
  return {
    generator: buildGenerator(MNIST_NOISE, [MNIST_HIDDEN], DIGIT_PIXELS, "tanh", 1000 * seed),
    discriminator: buildDiscriminator(DIGIT_PIXELS, [MNIST_HIDDEN], 1000 * seed + 500),
    dOptimizer: tf.train.adam(dLearningRate, 0.5),
    gOptimizer: tf.train.adam(gLearningRate, 0.5),
  };
}

/**
 * Digits as the generator's tanh produces them: bytes 0–255 → [−1, 1].
 * @returns [count, 784]
 */
export function digitsToUnitRange(set: DigitSet): tf.Tensor2D {
  return tf.tidy(() => tf.sub(tf.div(tf.tensor2d(Float32Array.from(set.images), [set.count, DIGIT_PIXELS]), 127.5), 1) as tf.Tensor2D);
}

/** `rows` × 100 standard-normal noise values. */
export function mnistNoise(rows: number, random: () => number): Float32Array {
  return Float32Array.from({ length: rows * MNIST_NOISE }, () => gaussian(random));
}

/** The dense MNIST GAN on `train`. */
export function createMnistGan(train: DigitSet, options: MnistGanOptions): Trainable {
  const players = buildMnistGanPlayers(options.seed, options.dLearningRate, options.gLearningRate);
  const random = seedrandom.alea(`mnist-gan-${options.seed}`);
  const images = digitsToUnitRange(train);                                                  // [n, 784]
  const fixedNoise = tf.tensor2d(mnistNoise(SAMPLE_GRID, seedrandom.alea(`mnist-gan-grid-${options.seed}`)), [SAMPLE_GRID, MNIST_NOISE]);
  const comparedNoise = tf.tensor2d(mnistNoise(COMPARED, seedrandom.alea(`mnist-gan-compare-${options.seed}`)), [COMPARED, MNIST_NOISE]);
  const comparedReal = tf.tidy(() => tf.slice(images, [0, 0], [COMPARED, DIGIT_PIXELS]));  // the first 64 training digits
  const game: GameSettings = { dSteps: options.dSteps, batchSize: options.batchSize, loss: options.loss };
  let step = 0;

  const realBatch = () => tf.gather(images, tf.tensor1d(Array.from({ length: game.batchSize }, () => Math.floor(random() * train.count)), "int32")) as tf.Tensor2D;
  const noiseBatch = () => tf.tensor2d(mnistNoise(game.batchSize, random), [game.batchSize, MNIST_NOISE]);

  /** [mean D(real), mean D(fake), energy distance] on the fixed comparison digits. */
  function measures(): tf.Tensor1D {
    return tf.tidy(() => {
      const fake = generate(players, comparedNoise);
      return tf.stack([
        tf.mean(tf.sigmoid(logitsOf(players, comparedReal))),
        tf.mean(tf.sigmoid(logitsOf(players, fake))),
        energyDistance(fake, comparedReal),
      ]) as tf.Tensor1D;
    });
  }

  return {
    async run(count) {
      const values = await runGame(players, game, count, realBatch, noiseBatch, measures);   // [d₁, g₁, …, d_count, g_count, D(real), D(fake), energy]
      const points: StepMetrics[] = [];
      for (let k = 0; k < count; k++) {
        const last = k === count - 1;
        const m = 2 * count;
        points.push({
          step: ++step, loss: values[2 * k],
          extra: last ? { gLoss: values[2 * k + 1], dReal: values[m], dFake: values[m + 1], energy: values[m + 2] } : { gLoss: values[2 * k + 1] },
        });
      }
      return { points, converged: false };
    },

    async view(): Promise<ModelView> {
      const packed = tf.tidy(() => tf.concat([
        tf.reshape(tf.div(tf.add(generate(players, fixedNoise), 1), 2), [-1]),   // pixels in [0, 1]
        tf.reshape(measures(), [-1]),
      ]));
      const all = (await packed.data()) as Float32Array;
      packed.dispose();
      const pixels = all.slice(0, SAMPLE_GRID * DIGIT_PIXELS);
      const [dReal, dFake, energy] = all.subarray(SAMPLE_GRID * DIGIT_PIXELS);
      return {
        step,
        params: { energy: [energy], dReal: [dReal], dFake: [dFake] },
        stats: [
          { label: "mean D(real)", value: dReal, digits: 3 },
          { label: "mean D(fake)", value: dFake, digits: 3 },
          { label: "Energy distance", value: energy, digits: 2 },
        ],
        extra: { samples: pixels },
      };
    },

    setLive(settings) {
      setLiveGame(players, game, settings);
    },

    dispose() {
      disposePlayers(players);
      [images, fixedNoise, comparedNoise, comparedReal].forEach((t) => t.dispose());
    },
  };
}
