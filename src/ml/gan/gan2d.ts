/**
 * A GAN on a 2-D target (GAN Lab's idea): G maps 2-D noise to a point, D maps a
 * point to a logit. One step = k discriminator updates, then one generator
 * update, each on a fresh batch. The view shows what a reader needs to see the
 * game: D's heat map, the generated cloud from fixed noise, how G warps a
 * lattice of noise, and where G's loss pushes each generated point.
 */
import * as tf from "../tf";
import seedrandom from "seedrandom";
import { GAN_EXTENT, sampleTarget, type GanTarget } from "../../data/ganTargets";
import { gaussian } from "../../data/nonlinearSets";
import { gridPoints } from "../grid";
import { createOptimizer } from "../optimizers";
import type { ModelView, Stat, StepMetrics, Trainable } from "../trainable";
import { generatorLoss, type GeneratorLoss } from "./ganLosses";
import { disposePlayers, generate, logitsOf, runGame, setLiveGame, type GameSettings, type GanPlayers } from "./ganStep";
import { buildDiscriminator, buildGenerator } from "./networks";
import { energyDistance, modesCovered, samplesPerMode } from "./sampleDistance";

export type NoiseName = "uniform" | "gaussian";
export type GanOptimizerName = "sgd" | "adam";

export interface Gan2dOptions {
  readonly target: GanTarget;
  readonly seed: number;
  /** Units in each hidden layer of G and of D. */
  readonly hiddenUnits: number;
  /** Hidden layers in each network. */
  readonly hiddenLayers: number;
  readonly optimizer: GanOptimizerName;
  readonly dLearningRate: number;
  readonly gLearningRate: number;
  /** Discriminator updates per generator update. */
  readonly dSteps: number;
  readonly batchSize: number;
  readonly noise: NoiseName;
  readonly loss: GeneratorLoss;
  readonly gridSize?: number;
  /** Size of the fixed real and generated samples drawn and compared (the energy distance). */
  readonly samples?: number;
}

/** The noise is 2-D so that its lattice can be drawn; this is its side. */
export const NOISE_LATTICE = 17;
/** Generated points that get an arrow. */
export const ARROWS = 64;

/** Fills `out` with noise: uniform on [−1, 1]² or standard normal. */
export function fillNoise(out: Float32Array, noise: NoiseName, random: () => number): Float32Array {
  for (let i = 0; i < out.length; i++) out[i] = noise === "uniform" ? 2 * random() - 1 : gaussian(random);
  return out;
}

/** The lattice of noise values G's mesh is drawn from, row-major [side², 2]. Gaussian noise: the central ±2σ. */
export function noiseLattice(noise: NoiseName): Float32Array {
  const s = noise === "uniform" ? 1 : 2;
  return gridPoints([-s, s, -s, s], NOISE_LATTICE).map((v) => v * NOISE_LATTICE / (NOISE_LATTICE - 1));
}

/** G and D of the 2-D widget: `hiddenLayers` hidden layers of `hiddenUnits` each. */
export function buildGan2dPlayers(options: Pick<Gan2dOptions, "seed" | "hiddenUnits" | "hiddenLayers" | "optimizer" | "dLearningRate" | "gLearningRate">): GanPlayers {
  const hidden = new Array<number>(options.hiddenLayers).fill(options.hiddenUnits);
  return {
    generator: buildGenerator(2, hidden, 2, "linear", 1000 * options.seed),
    discriminator: buildDiscriminator(2, hidden, 1000 * options.seed + 500),
    // Adam with β₁ = 0.5, as GANs usually use (Radford et al.); plain SGD otherwise.
    dOptimizer: options.optimizer === "adam" ? tf.train.adam(options.dLearningRate, 0.5) : createOptimizer("sgd", options.dLearningRate),
    gOptimizer: options.optimizer === "adam" ? tf.train.adam(options.gLearningRate, 0.5) : createOptimizer("sgd", options.gLearningRate),
  };
}

/** A 2-D GAN learning `options.target`. */
export function createGan2d(options: Gan2dOptions): Trainable {
  const gridSize = options.gridSize ?? 40;
  const samples = options.samples ?? 256;
  const players = buildGan2dPlayers(options);
  const random = seedrandom.alea(`gan2d-${options.seed}`);
  // Fixed draws, made once: what the plot shows and the distance compares.
  const realFixed = sampleTarget(options.target, samples, seedrandom.alea(`gan2d-real-${options.seed}`));
  const noiseFixedValues = fillNoise(new Float32Array(2 * samples), options.noise, seedrandom.alea(`gan2d-noise-${options.seed}`));
  const lattice = noiseLattice(options.noise);
  const [realFixedT, noiseFixed, latticeT, grid] = [
    tf.tensor2d(realFixed, [samples, 2]), tf.tensor2d(noiseFixedValues, [samples, 2]),
    tf.tensor2d(lattice, [NOISE_LATTICE * NOISE_LATTICE, 2]), tf.tensor2d(gridPoints(GAN_EXTENT, gridSize), [gridSize * gridSize, 2]),
  ];
  const game: GameSettings = { dSteps: options.dSteps, batchSize: options.batchSize, loss: options.loss };
  let step = 0;

  const realBatch = () => tf.tensor2d(sampleTarget(options.target, game.batchSize, random), [game.batchSize, 2]);
  const noiseBatch = () => tf.tensor2d(fillNoise(new Float32Array(2 * game.batchSize), options.noise, random), [game.batchSize, 2]);

  /** [energy distance, D's accuracy on the fixed real and generated samples], on the device. */
  function measures(): tf.Tensor1D {
    return tf.tidy(() => {
      const fake = generate(players, noiseFixed);
      const correct = tf.add(
        tf.sum(tf.cast(tf.greater(logitsOf(players, realFixedT), 0), "float32")),
        tf.sum(tf.cast(tf.lessEqual(logitsOf(players, fake), 0), "float32")),
      );
      return tf.stack([energyDistance(fake, realFixedT), tf.div(correct, 2 * samples)]) as tf.Tensor1D;
    });
  }

  return {
    async run(count) {
      const values = await runGame(players, game, count, realBatch, noiseBatch, measures);   // [d₁, g₁, …, d_count, g_count, energy, accuracy]
      const points: StepMetrics[] = [];
      for (let k = 0; k < count; k++) {
        const last = k === count - 1;
        points.push({
          step: ++step, loss: values[2 * k], accuracy: last ? values[2 * count + 1] : undefined,
          extra: last ? { gLoss: values[2 * k + 1], energy: values[2 * count] } : { gLoss: values[2 * k + 1] },
        });
      }
      return { points, converged: false };
    },

    async view(): Promise<ModelView> {
      const cells = gridSize * gridSize;
      const nodes = NOISE_LATTICE * NOISE_LATTICE;
      // One readback: heat map, generated points, the mesh, arrows, D's mean outputs, the energy distance.
      const packed = tf.tidy(() => {
        const fake = generate(players, noiseFixed);
        const arrowsAt = tf.slice(fake, [0, 0], [Math.min(ARROWS, samples), 2]);
        // −∂ℓ/∂x for each generated point: where G's loss moves it (per point, hence × count).
        const push = tf.mul(tf.neg(tf.grad((x: tf.Tensor) => generatorLoss(logitsOf(players, x), game.loss))(arrowsAt)), arrowsAt.shape[0]);
        return tf.concat([
          tf.reshape(tf.sigmoid(logitsOf(players, grid)), [-1]),
          tf.reshape(fake, [-1]),
          tf.reshape(generate(players, latticeT), [-1]),
          tf.reshape(push, [-1]),
          tf.reshape(tf.mean(tf.sigmoid(logitsOf(players, realFixedT))), [1]),
          tf.reshape(tf.mean(tf.sigmoid(logitsOf(players, fake))), [1]),
          tf.reshape(energyDistance(fake, realFixedT), [1]),
        ]);
      });
      const all = (await packed.data()) as Float32Array;
      packed.dispose();
      let at = 0;
      const take = (n: number) => all.slice(at, (at += n));
      const heat = take(cells);
      const fake = take(2 * samples);
      const mesh = take(2 * nodes);
      const arrows = take(2 * Math.min(ARROWS, samples));
      const [dReal, dFake, energy] = take(3);
      const stats: Stat[] = [
        { label: "Energy distance", value: energy, digits: 4 },
        { label: "mean D(real)", value: dReal, digits: 3 },
        { label: "mean D(fake)", value: dFake, digits: 3 },
      ];
      const { modes, modeStd } = options.target;
      let covered: number | undefined;
      if (modes && modeStd) {
        covered = modesCovered(samplesPerMode(fake, modes, modeStd), samples);
        stats.push({ label: `Modes covered (of ${modes.length / 2})`, value: covered });
      }
      return {
        step,
        grid: { size: gridSize, values: heat, extent: GAN_EXTENT },
        params: { energy: [energy], dReal: [dReal], dFake: [dFake], ...(covered === undefined ? {} : { modesCovered: [covered] }) },
        stats,
        extra: { real: realFixed, fake, mesh, arrows, lattice: NOISE_LATTICE, ...(modes ? { modes } : {}) },
      };
    },

    setLive(settings) {
      setLiveGame(players, game, settings);
    },

    dispose() {
      disposePlayers(players);
      [realFixedT, noiseFixed, latticeT, grid].forEach((t) => t.dispose());
    },
  };
}
