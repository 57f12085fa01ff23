/**
 * The GAN chapter's claims: the losses on logits whose values are worked out by
 * hand (the correct ones and seed 000's broken variant), the drawn-shape code,
 * the energy distance and mode coverage, and training itself: the 2-D GAN's
 * generated cloud gets close to a ring, seed 000's code sends it away, and every
 * tensor is freed.
 */
import * as tf from "@tensorflow/tfjs-core";
import seedrandom from "seedrandom";
import { beforeAll, describe, expect, it } from "vitest";
import {
  decodeShape, DEFAULT_SHAPE, encodeShape, ganTarget, MAX_SHAPE_POINTS, mixtureModes, MIXTURE_STD, sampleTarget, SHAPE_PATTERN,
} from "../../src/data/ganTargets";
import { createGan2d, type Gan2dOptions } from "../../src/ml/gan/gan2d";
import { discriminatorLoss, generatorLoss } from "../../src/ml/gan/ganLosses";
import { energyDistance, modesCovered, samplesPerMode } from "../../src/ml/gan/sampleDistance";
import { useCpu } from "./tfCpu";

beforeAll(useCpu);

const value = (t: tf.Scalar) => { const v = t.dataSync()[0]; t.dispose(); return v; };
const col = (v: number[]) => tf.tensor2d(v, [v.length, 1]);

describe("GAN losses on known logits", () => {
  // Real logits (0, 2), generated ones (0, −1); softplus(u) = log(1 + eᵘ):
  //   softplus(0) = 0.693147, softplus(−2) = 0.126928, softplus(−1) = 0.313262, softplus(1) = 1.313262.
  const real = col([0, 2]);
  const fake = col([0, -1]);

  it("discriminator: mean softplus(−l_real) + mean softplus(l_fake)", () => {
    // (0.693147 + 0.126928)/2 + (0.693147 + 0.313262)/2
    expect(value(discriminatorLoss(real, fake, "nonSaturating"))).toBeCloseTo(0.913242, 5);
    expect(value(discriminatorLoss(real, fake, "minimax"))).toBeCloseTo(0.913242, 5);
  });

  it("generator: non-saturating −log D = mean softplus(−l), minimax log(1 − D) = −mean softplus(l)", () => {
    expect(value(generatorLoss(fake, "nonSaturating"))).toBeCloseTo((0.693147 + 1.313262) / 2, 5);
    expect(value(generatorLoss(fake, "minimax"))).toBeCloseTo(-(0.693147 + 0.313262) / 2, 5);
  });

  it("D ≡ ½ (all logits 0) gives D's loss 2 log 2", () => {
    expect(value(discriminatorLoss(col([0, 0]), col([0, 0]), "nonSaturating"))).toBeCloseTo(2 * Math.log(2), 6);
  });

  it("seed 000: a sigmoid before a from-logits loss, and G trained toward label 0", () => {
    // σ(0) = 0.5, σ(2) = 0.880797, σ(−1) = 0.268941 are then treated as logits:
    // D: (softplus(−0.5) + softplus(−0.880797))/2 + (softplus(0.5) + softplus(0.268941))/2
    expect(value(discriminatorLoss(real, fake, "seed000"))).toBeCloseTo(1.315764, 5);
    // G: (softplus(0.5) + softplus(0.268941))/2, minimised by making D(G(z)) smaller: "look fake".
    expect(value(generatorLoss(fake, "seed000"))).toBeCloseTo(0.905354, 5);
  });

  it("seed 000's discriminator loss can never fall below softplus(−1) + log 2, however sure D is", () => {
    const sure = value(discriminatorLoss(col([50, 50]), col([-50, -50]), "seed000"));
    expect(sure).toBeCloseTo(0.313262 + 0.693147, 5);
    expect(value(discriminatorLoss(col([50, 50]), col([-50, -50]), "nonSaturating"))).toBeLessThan(1e-6);
  });

  it("the generator's gradient: seed 000's points the other way, minimax's vanishes where D is sure", () => {
    // d/dl of each loss at l = −5 (D is sure the sample is fake): G wants l to grow.
    const slope = (variant: "nonSaturating" | "minimax" | "seed000") =>
      tf.tidy(() => tf.grad((l: tf.Tensor) => generatorLoss(l, variant))(col([-5])).dataSync()[0]);
    expect(slope("nonSaturating")).toBeCloseTo(-(1 - 1 / (1 + Math.exp(5))), 5);   // −(1 − σ(l)) ≈ −0.993
    expect(slope("minimax")).toBeCloseTo(-1 / (1 + Math.exp(5)), 5);               // −σ(l) ≈ −0.0067
    expect(slope("seed000")).toBeGreaterThan(0);                                    // descent lowers l: more fake
  });
});

describe("targets and the drawn-shape code", () => {
  it("a shape survives its URL code to within the lattice step, and the code is URL-safe", () => {
    const points = [-1, -1, 1, 1, 0.3, -0.42, 0, 0.99];
    const code = encodeShape(points);
    expect(code).toMatch(SHAPE_PATTERN);
    expect(encodeURIComponent(code)).toBe(code);
    const back = decodeShape(code)!;
    points.forEach((v, i) => expect(Math.abs(back[i] - v)).toBeLessThanOrEqual(1 / 63 + 1e-6));
  });

  it("long strokes are thinned to the maximum, malformed codes refused", () => {
    const long = Array.from({ length: 2 * 1000 }, (_, i) => Math.sin(i));
    expect(encodeShape(long).length).toBeLessThanOrEqual(2 * MAX_SHAPE_POINTS);
    expect(decodeShape("abc")).toBeUndefined();
    expect(decodeShape("a<")).toBeUndefined();
    expect(SHAPE_PATTERN.test("<script>")).toBe(false);
    expect(SHAPE_PATTERN.test("AA")).toBe(false);      // one point is not a shape
    expect(SHAPE_PATTERN.test(DEFAULT_SHAPE)).toBe(true);
  });

  it("samples lie where each target says: the ring near radius 0.6, the mixture near its modes", () => {
    const random = seedrandom.alea("t");
    const ring = sampleTarget(ganTarget("ring"), 500, random);
    let r = 0;
    for (let i = 0; i < ring.length; i += 2) r += Math.hypot(ring[i], ring[i + 1]);
    expect(r / 500).toBeCloseTo(0.6, 1);
    const mix = sampleTarget(ganTarget("mixture"), 800, random);
    const perMode = samplesPerMode(mix, mixtureModes(), MIXTURE_STD);
    expect(perMode.reduce((a, b) => a + b)).toBeGreaterThan(0.98 * 800);
    expect(modesCovered(perMode, 800)).toBe(8);
    // Everything on one mode covers one mode.
    expect(modesCovered(samplesPerMode(new Float32Array(800).fill(0).map((_, i) => (i % 2 ? 0 : 0.65)), mixtureModes(), MIXTURE_STD), 400)).toBe(1);
  });
});

describe("energy distance", () => {
  it("is near 0 for two samples of one distribution and large for a shifted one", () => {
    const random = seedrandom.alea("e");
    const a = tf.tensor2d(sampleTarget(ganTarget("ring"), 256, random), [256, 2]);
    const b = tf.tensor2d(sampleTarget(ganTarget("ring"), 256, random), [256, 2]);
    const shifted = tf.tidy(() => tf.add(b, tf.tensor1d([0.5, 0])) as tf.Tensor2D);
    const same = value(energyDistance(a, b));
    const apart = value(energyDistance(a, shifted));
    expect(same).toBeGreaterThan(0);
    expect(same).toBeLessThan(0.01);
    expect(apart).toBeGreaterThan(20 * same);
    [a, b, shifted].forEach((t) => t.dispose());
  });
});

describe("the 2-D GAN", () => {
  const options = (loss: Gan2dOptions["loss"]): Gan2dOptions => ({
    target: ganTarget("ring"), seed: 1, hiddenUnits: 24, hiddenLayers: 2, optimizer: "adam", dLearningRate: 0.003, gLearningRate: 0.003,
    dSteps: 1, batchSize: 64, noise: "uniform", loss, samples: 128,
  });

  /** Trains `steps` steps in chunks and returns the energy distance after each chunk. */
  async function energies(loss: Gan2dOptions["loss"], steps: number) {
    const before = tf.memory().numTensors;
    const gan = createGan2d(options(loss));
    const out: number[] = [];
    for (let done = 0; done < steps; done += 50) {
      const r = await gan.run(50);
      out.push(r.points[r.points.length - 1].extra!.energy);
    }
    const view = await gan.view();
    gan.dispose();
    expect(tf.memory().numTensors).toBe(before);
    return { out, view };
  }

  it("brings the generated cloud close to the ring, while seed 000's code drives it away", async () => {
    const good = await energies("nonSaturating", 300);
    const bad = await energies("seed000", 150);
    expect(good.out[good.out.length - 1]).toBeLessThan(good.out[0] / 4);
    expect(good.out[good.out.length - 1]).toBeLessThan(0.05);
    expect(bad.out[bad.out.length - 1]).toBeGreaterThan(bad.out[0]);
    expect(bad.out[bad.out.length - 1]).toBeGreaterThan(10 * good.out[good.out.length - 1]);
    // Seed 000's D is sure of every sample; the working game ends near D ≈ ½ everywhere.
    expect(bad.view.params!.dFake[0]).toBeLessThan(0.05);
    expect(Math.abs(good.view.params!.dFake[0] - 0.5)).toBeLessThan(0.15);
  }, 120_000);

  it("mode collapse is measurable: a hasty generator covers few of the eight Gaussians, a balanced one most", async () => {
    const covered = async (dLearningRate: number, gLearningRate: number) => {
      const gan = createGan2d({ ...options("nonSaturating"), target: ganTarget("mixture"), samples: 256, dLearningRate, gLearningRate });
      for (let done = 0; done < 500; done += 100) await gan.run(100);
      const view = await gan.view();
      gan.dispose();
      return view.params!.modesCovered[0];
    };
    const balanced = await covered(0.003, 0.003);   // the widget's defaults
    const hasty = await covered(0.001, 0.01);       // the chapter's recipe for collapse
    expect(balanced).toBeGreaterThanOrEqual(5);
    expect(hasty).toBeLessThanOrEqual(2);
  }, 120_000);

  it("is reproducible: the same seed gives the same losses", async () => {
    const run = async () => {
      const gan = createGan2d(options("nonSaturating"));
      const r = await gan.run(5);
      gan.dispose();
      return r.points.map((p) => p.loss);
    };
    expect(await run()).toEqual(await run());
  });
});
