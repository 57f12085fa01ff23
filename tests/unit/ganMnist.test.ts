/**
 * Seed 000's dense MNIST GAN, fixed: the sizes are the article's (noise 100 →
 * 128 → 784, 784 → 128 → 1), the discriminator learns to tell digits from the
 * generator's output, the sample grid is 36 digits in [0, 1], and every tensor
 * is freed.
 */
import * as tf from "@tensorflow/tfjs-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { MnistSplit } from "../../src/data/mnist";
import { buildMnistGanPlayers, createMnistGan } from "../../src/ml/gan/mnistGan";
import { disposePlayers } from "../../src/ml/gan/ganStep";
import { readMnist } from "./mnistFile";
import { useCpu } from "./tfCpu";

let mnist: MnistSplit;
beforeAll(async () => {
  await useCpu();
  mnist = await readMnist();
});

describe("the MNIST GAN", () => {
  it("has seed 000's shapes", () => {
    const players = buildMnistGanPlayers(1, 1e-3, 1e-3);
    expect(players.generator.inputs[0].shape).toEqual([null, 100]);
    expect(players.generator.outputs[0].shape).toEqual([null, 784]);
    expect(players.discriminator.outputs[0].shape).toEqual([null, 1]);
    // 100·128 + 128 + 128·784 + 784 and 784·128 + 128 + 128 + 1
    expect(players.generator.countParams()).toBe(114_064);
    expect(players.discriminator.countParams()).toBe(100_609);
    disposePlayers(players);
  });

  it("D learns to tell digits from G's output (G held still), the grid is 36 digits in [0, 1], tensors are freed", async () => {
    const before = tf.memory().numTensors;
    const gan = createMnistGan(mnist.train, { seed: 1, dLearningRate: 2e-3, gLearningRate: 1e-6, dSteps: 1, batchSize: 16, loss: "nonSaturating" });
    const first = await gan.run(1);
    const later = await gan.run(9);
    const view = await gan.view();
    gan.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(first.points[0].loss).toBeGreaterThan(1.2);
    const last = later.points[later.points.length - 1];
    expect(last.loss).toBeLessThan(0.5 * first.points[0].loss);
    expect(last.extra!.dReal).toBeGreaterThan(last.extra!.dFake);
    const samples = view.extra!.samples as Float32Array;
    expect(samples).toHaveLength(36 * 784);
    expect(samples.every((v) => v >= 0 && v <= 1)).toBe(true);
  }, 60_000);
});
