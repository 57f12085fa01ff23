/**
 * The GAN chapter's checkable numbers, computed by the losses, networks and
 * samplers the widgets run.
 */
import seedrandom from "seedrandom";
import { ganTarget, MAX_SHAPE_POINTS, sampleTarget } from "../../data/ganTargets";
import { defaults } from "../../hyperparams/schema";
import * as tf from "../tf";
import { discriminatorLoss, generatorLoss, type GeneratorLoss } from "../gan/ganLosses";
import { buildGan2dPlayers } from "../gan/gan2d";
import { disposePlayers } from "../gan/ganStep";
import { buildMnistGanPlayers } from "../gan/mnistGan";
import { gan2dSchema, ganMnistSchema } from "../../hyperparams/gan";
import { energyDistance } from "../gan/sampleDistance";
import type { Fact } from "./fact";

const fixed = (value: number, digits: number): Fact => ({ value, text: value.toFixed(digits) });
const count = (value: number): Fact => ({ value, text: value.toLocaleString("en-US") });

const read = (t: tf.Scalar) => { const v = t.dataSync()[0]; t.dispose(); return v; };
const col = (v: number[]) => tf.tensor2d(v, [v.length, 1]);

/** |∂ℓ_G/∂l| for a generated sample the discriminator scores D = p, i.e. at logit log(p / (1 − p)). */
function slopeAt(p: number, variant: GeneratorLoss): number {
  return tf.tidy(() => Math.abs(tf.grad((l: tf.Tensor) => generatorLoss(l, variant))(col([Math.log(p / (1 - p))])).dataSync()[0]));
}

export async function ganFacts(): Promise<Record<string, Fact>> {
  const facts: Record<string, Fact> = {};
  // D's loss where it cannot tell real from fake (every logit 0): 2 log 2 = log 4.
  facts["gan.log4"] = fixed(tf.tidy(() => read(discriminatorLoss(col([0]), col([0]), "nonSaturating"))), 3);
  // The worked example: real logits (0, 2), generated (0, −1).
  tf.tidy(() => {
    const real = col([0, 2]), fake = col([0, -1]);
    facts["gan.exampleD"] = fixed(read(discriminatorLoss(real, fake, "nonSaturating")), 3);
    facts["gan.exampleG"] = fixed(read(generatorLoss(fake, "nonSaturating")), 3);
    facts["gan.exampleMinimax"] = fixed(read(generatorLoss(fake, "minimax")), 3);
    facts["gan.exampleSeedD"] = fixed(read(discriminatorLoss(real, fake, "seed000")), 3);
    facts["gan.exampleSeedG"] = fixed(read(generatorLoss(fake, "seed000")), 3);
    // However sure D is (logits ±50), seed 000's double sigmoid keeps its loss above softplus(−1) + log 2.
    facts["gan.seedFloor"] = fixed(read(discriminatorLoss(col([50]), col([-50]), "seed000")), 3);
  });
  // Early in training D rejects generated samples with D(G(z)) ≈ 0.01.
  const ns = slopeAt(0.01, "nonSaturating"), mm = slopeAt(0.01, "minimax");
  facts["gan.slopeNonSaturating"] = fixed(ns, 2);
  facts["gan.slopeMinimax"] = fixed(mm, 2);
  facts["gan.slopeRatio"] = count(Math.round(ns / mm));

  // Energy distance between two independent samples of the ring, of the size the widget compares: its floor.
  tf.tidy(() => {
    const a = tf.tensor2d(sampleTarget(ganTarget("ring"), 256, seedrandom.alea("floor-a")), [256, 2]);
    const b = tf.tensor2d(sampleTarget(ganTarget("ring"), 256, seedrandom.alea("floor-b")), [256, 2]);
    facts["gan.energyFloor"] = fixed(read(energyDistance(a, b)), 3);
  });

  // Parameters of the 2-D widget's networks at their default size.
  const settings = defaults(gan2dSchema);
  const players = buildGan2dPlayers({
    seed: 1, hiddenUnits: Number(settings.hiddenUnits), hiddenLayers: Number(settings.hiddenLayers), optimizer: "adam",
    dLearningRate: Number(settings.dLearningRate), gLearningRate: Number(settings.gLearningRate),
  });
  facts["gan.hidden2d"] = count(Number(settings.hiddenUnits));
  facts["gan.layers2d"] = count(Number(settings.hiddenLayers));
  facts["gan.paramsG2d"] = count(players.generator.countParams());
  facts["gan.paramsD2d"] = count(players.discriminator.countParams());
  disposePlayers(players);

  // Seed 000's MNIST networks, and the widget's default learning rates.
  const mnist = buildMnistGanPlayers(1, 1e-3, 1e-3);
  facts["gan.paramsGMnist"] = count(mnist.generator.countParams());
  facts["gan.paramsDMnist"] = count(mnist.discriminator.countParams());
  disposePlayers(mnist);
  facts["gan.mnistLr"] = { value: Number(defaults(ganMnistSchema).gLearningRate), text: String(defaults(ganMnistSchema).gLearningRate) };
  facts["gan.shapePoints"] = count(MAX_SHAPE_POINTS);
  return facts;
}
