/**
 * The CNN chapter's claims: the convolution formula and output-size arithmetic
 * agree with TF.js's conv2d and pooling, seed 000's network has the shapes and
 * parameter counts the chapter derives, the fast cpu filter gradient matches
 * TF.js's own, training on real digits lowers the loss and scores the held-out
 * digits, an all-zero start learns nothing, a drawn digit is centred like
 * MNIST, and every tensor is freed.
 */
import * as tf from "@tensorflow/tfjs-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { MnistSplit } from "../../src/data/mnist";
import { buildCnn, CNN_SIZES, compileCnn, summarise } from "../../src/ml/cnn/architecture";
import { digitTensors } from "../../src/ml/cnn/digitTensors";
import { createCnn, type CnnOptions } from "../../src/ml/cnn/cnnTrainer";
import { convolve, convParams, denseParams, outputSize, receptiveField, samePaddingBefore, windowOf } from "../../src/ml/cnn/convArithmetic";
import { useFastCpuConvKernels } from "../../src/ml/cnn/cpuConvKernels";
import { decodeDigit, encodeDigit, mnistStyle } from "../../src/ml/cnn/drawnDigit";
import facts from "../../src/content/facts.json";
import { readMnist } from "./mnistFile";
import { useCpu } from "./tfCpu";

let mnist: MnistSplit;
beforeAll(async () => {
  await useCpu();
  mnist = await readMnist();
});

/** A seeded pseudo-random array in [−1, 1). */
function noise(length: number, seed: number): Float32Array {
  let s = seed;
  return Float32Array.from({ length }, () => ((s = (s * 16807) % 2147483647) / 2147483647) * 2 - 1);
}

describe("convolution arithmetic", () => {
  it("gives ⌊(n + 2p − k)/s⌋ + 1 outputs, and 0 when the window does not fit", () => {
    expect(outputSize(28, { kernel: 3, stride: 1, padding: 0 })).toBe(26);
    expect(outputSize(26, { kernel: 2, stride: 2, padding: 0 })).toBe(13);
    expect(outputSize(11, { kernel: 2, stride: 2, padding: 0 })).toBe(5);
    expect(outputSize(5, { kernel: 3, stride: 2, padding: 1 })).toBe(3);
    expect(outputSize(28, { kernel: 3, stride: 1, padding: 1 })).toBe(28);
    expect(outputSize(6, { kernel: 3, stride: 2, padding: 0 })).toBe(2); // the last column is never reached
    expect(outputSize(2, { kernel: 5, stride: 1, padding: 1 })).toBe(0);
    expect(windowOf(2, { kernel: 3, stride: 2, padding: 1 })).toEqual({ from: 3, to: 5 });
    expect(samePaddingBefore(28, 3, 1)).toBe(1);
  });

  it("matches TF.js's conv2d, with stride and padding, element for element", async () => {
    for (const g of [{ kernel: 3, stride: 1, padding: 0 }, { kernel: 3, stride: 2, padding: 1 }, { kernel: 5, stride: 3, padding: 2 }, { kernel: 2, stride: 1, padding: 3 }]) {
      const n = 9;
      const x = noise(n * n, 7 + g.kernel), w = noise(g.kernel * g.kernel, 3 + g.stride);
      const ours = convolve(x, n, w, g, 0.25);
      const theirs = tf.tidy(() => tf.add(tf.conv2d(tf.tensor4d(x, [1, n, n, 1]), tf.tensor4d(w, [g.kernel, g.kernel, 1, 1]), g.stride, g.padding), 0.25));
      expect(theirs.shape).toEqual([1, outputSize(n, g), outputSize(n, g), 1]);
      const values = await theirs.data();
      theirs.dispose();
      values.forEach((v, i) => expect(ours[i]).toBeCloseTo(v, 5));
    }
  });

  it("widens the receptive field by (k − 1)·jump per layer", () => {
    const conv = { kernel: 3, stride: 1, padding: 0 }, pool = { kernel: 2, stride: 2, padding: 0 };
    expect(receptiveField([conv])).toEqual({ size: 3, jump: 1 });
    expect(receptiveField([conv, conv])).toEqual({ size: 5, jump: 1 });
    expect(receptiveField([conv, pool, conv, pool])).toEqual({ size: 10, jump: 4 });
  });
});

describe("seed 000's network", () => {
  it("has the layer shapes and parameter counts the chapter derives", () => {
    const model = buildCnn(CNN_SIZES.seed000, 1);
    const layers = summarise(model);
    expect(layers.map((l) => l.kind)).toEqual(["conv", "pool", "conv", "pool", "flatten", "dense", "dense"]);
    expect(layers.map((l) => l.output)).toEqual([[26, 26, 32], [13, 13, 32], [11, 11, 64], [5, 5, 64], [1600], [128], [10]]);
    expect(layers.map((l) => l.params)).toEqual([
      convParams(3, 1, 32), 0, convParams(3, 32, 64), 0, 0, denseParams(1600, 128), denseParams(128, 10),
    ]);
    expect(layers.map((l) => l.params)).toEqual([320, 0, 18496, 0, 0, 204928, 1290]);
    expect(model.countParams()).toBe(225034);
    // 26·26·32·9 + 11·11·64·288 + 1600·128 + 128·10 multiply-adds forward, as the chapter's fact says.
    expect((facts as Record<string, { value: number }>)["cnn.macs.forward"].value).toBe(26 * 26 * 32 * 9 + 11 * 11 * 64 * 288 + 1600 * 128 + 128 * 10);
    model.dispose();
  });

  it("compiles for a bare model.fit with the widget's loss, and fit lowers it", { timeout: 120_000 }, async () => {
    useFastCpuConvKernels();
    const model = buildCnn(CNN_SIZES.quarter, 1);
    compileCnn(model, 0.005);
    const { images, labels } = digitTensors(mnist.train, 64);
    const history = await model.fit(images, labels, { batchSize: 16, epochs: 2, shuffle: false });
    const losses = history.history.loss as number[];
    expect(losses[1]).toBeLessThan(losses[0]);
    [images, labels].forEach((t) => t.dispose());
    model.dispose();
  });

  it("is the same network for the same seed, and a different one for another", async () => {
    const first = async (seed: number) => {
      const m = buildCnn(CNN_SIZES.quarter, seed);
      const v = Array.from(await m.layers[0].getWeights()[0].data());
      m.dispose();
      return v;
    };
    expect(await first(3)).toEqual(await first(3));
    expect(await first(3)).not.toEqual(await first(4));
  });
});

describe("training on the digits", () => {
  const quick: CnnOptions = { widths: CNN_SIZES.quarter, init: "he", seed: 1, learningRate: 0.003, batchSize: 16, epochs: 2, trainCount: 128, digit: 5, testCount: 300 };

  it("lowers the loss, scores the held-out digits after each epoch, stops after its epochs, trains one more on Train on, and frees every tensor", { timeout: 180_000 }, async () => {
    useFastCpuConvKernels();
    const baseline = tf.memory().numTensors;
    const model = createCnn(mnist, quick);
    const first = await model.run(3);
    expect(first.points.map((p) => p.step)).toEqual([1, 2, 3]);
    expect(first.points.every((p) => p.accuracy === undefined)).toBe(true); // no epoch ended yet
    const rest = await model.run(100); // stops at the epoch's end to score it
    expect(rest.points.at(-1)!.step).toBe(8);
    expect(rest.points.at(-1)!.extra!.trainAccuracy).toBeGreaterThan(0);
    const heldOut = rest.points.at(-1)!.accuracy!;
    expect(heldOut).toBeGreaterThan(0.2);
    const end = await model.run(100);
    expect(end.converged).toBe(true);
    expect(end.points.at(-1)!.step).toBe(16);
    expect(end.message).toMatch(/Finished 2 epochs \(16 steps\)/);
    const losses = [...first.points, ...rest.points, ...end.points].map((p) => p.loss);
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(mean(losses.slice(-4))).toBeLessThan(mean(losses.slice(0, 4)) - 0.3);
    const more = await model.run(100); // Train on after the last epoch: one more epoch, then done again
    expect(more.points.map((p) => p.step)).toEqual([17, 18, 19, 20, 21, 22, 23, 24]);
    expect(more.converged).toBe(true);
    expect(more.message).toMatch(/Finished 3 epochs \(24 steps\)/);

    const view = await model.view();
    const extra = view.extra!;
    expect((extra.filters as Float32Array).length).toBe(8 * 9);
    expect((extra.maps1 as Float32Array).length).toBe(8 * 26 * 26);
    expect((extra.maps2 as Float32Array).length).toBe(16 * 11 * 11);
    expect((extra.digitProbs as Float32Array).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    expect(extra.digitLabel).toBe(mnist.test.labels[5]);
    const confusion = extra.confusion as number[];
    expect(confusion.reduce((a, b) => a + b, 0)).toBe(300);
    const diagonal = Array.from({ length: 10 }, (_, i) => confusion[i * 11]).reduce((a, b) => a + b, 0);
    expect(diagonal / 300).toBeCloseTo(more.points.at(-1)!.accuracy!, 10);
    const wrong = extra.wrongIndex as number[];
    expect(wrong.length).toBeGreaterThan(0);
    wrong.forEach((i, k) => expect((extra.wrongLabel as number[])[k]).toBe(mnist.test.labels[i]));
    wrong.forEach((_, k) => expect((extra.wrongPredicted as number[])[k]).not.toBe((extra.wrongLabel as number[])[k]));

    model.setLive({ digit: 7, drawing: encodeDigit(Float32Array.from({ length: 784 }, (_, i) => mnist.test.images[7 * 784 + i] / 255)) });
    const drawn = await model.view();
    expect(drawn.extra!.digitIndex).toBe(7);
    expect(Array.from(drawn.extra!.drawProbs as Float32Array)).toEqual(Array.from(drawn.extra!.digitProbs as Float32Array).map((v) => expect.closeTo(v, 5)));
    model.setLive({ drawing: "not a digit" });
    expect((await model.view()).extra!.drawProbs).toBeUndefined();

    model.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it("with shifted digits, trains on different pixels each epoch, the same ones for the same seed, and frees every tensor", { timeout: 120_000 }, async () => {
    useFastCpuConvKernels();
    const baseline = tf.memory().numTensors;
    const losses = async (shift: number, seed: number) => {
      const model = createCnn(mnist, { ...quick, shift, seed, epochs: 1 });
      const r = await model.run(8);
      model.dispose();
      return r.points.map((p) => p.loss);
    };
    const shifted = await losses(2, 1);
    expect(shifted.every(Number.isFinite)).toBe(true);
    expect(await losses(2, 1)).toEqual(shifted);
    // Same network, same order of digits: only the shifts differ, and so do the losses.
    const plain = await losses(0, 1);
    expect(plain[0]).not.toBe(shifted[0]);
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it("decays the learning rate by its factor after every epoch, live too", { timeout: 120_000 }, async () => {
    useFastCpuConvKernels();
    const losses = async (decay: number, liveDecay?: number) => {
      const model = createCnn(mnist, { ...quick, decay, epochs: 3 });
      const first = await model.run(100); // epoch 1 (8 steps), then scoring
      if (liveDecay !== undefined) model.setLive({ decay: liveDecay });
      const rest = [...(await model.run(100)).points, ...(await model.run(100)).points];
      model.dispose();
      return [...first.points, ...rest].map((p) => p.loss);
    };
    const constant = await losses(1);
    const decayed = await losses(0.3);
    expect(constant).toHaveLength(24);
    expect(decayed.slice(0, 9)).toEqual(constant.slice(0, 9)); // epoch 1 and the first step of epoch 2 (its loss is taken before its update)
    expect(decayed.slice(9)).not.toEqual(constant.slice(9));
    expect(await losses(1, 0.3)).toEqual(decayed); // set live after epoch 1: the same as from the start
  });

  it("from seed 004's all-zero start, keeps every kernel at 0 and the loss at ln 10", { timeout: 120_000 }, async () => {
    useFastCpuConvKernels();
    const model = createCnn(mnist, { ...quick, init: "zeros", epochs: 1 });
    const r = await model.run(8);
    r.points.forEach((p) => expect(p.loss).toBeCloseTo(Math.log(10), 2));
    const view = await model.view();
    expect(Array.from(view.extra!.filters as Float32Array).every((v) => v === 0)).toBe(true);
    expect(Array.from(view.extra!.maps1 as Float32Array).every((v) => v === 0)).toBe(true);
    // One answer for every digit: the accuracy is the share of that digit among the held-out ones.
    const confusion = view.extra!.confusion as number[];
    const answered = Array.from({ length: 10 }, (_, c) => Array.from({ length: 10 }, (_, t) => confusion[t * 10 + c]).reduce((a, b) => a + b, 0));
    expect(answered.filter((n) => n > 0)).toEqual([300]);
    const share = mnist.test.labels.subarray(0, 300).filter((l) => l === answered.indexOf(300)).length / 300;
    expect(r.points.at(-1)!.accuracy).toBeCloseTo(share, 10);
    model.dispose();
  });
});

describe("a drawn digit", () => {
  /** A filled rectangle of ink in a side × side drawing. */
  function rectangle(side: number, top: number, left: number, h: number, w: number): Float32Array {
    const ink = new Float32Array(side * side);
    for (let r = top; r < top + h; r++) for (let c = left; c < left + w; c++) ink[r * side + c] = 1;
    return ink;
  }

  it("is scaled so its longer side is 20 pixels and centred by its centre of mass, like MNIST", () => {
    const out = mnistStyle(rectangle(112, 5, 70, 40, 10), 112)!; // small and off to the right
    let mass = 0, mr = 0, mc = 0, top = 28, bottom = -1, left = 28, right = -1;
    out.forEach((v, i) => {
      const r = Math.floor(i / 28), c = i % 28;
      mass += v; mr += v * (r + 0.5); mc += v * (c + 0.5);
      if (v > 0.05) { top = Math.min(top, r); bottom = Math.max(bottom, r); left = Math.min(left, c); right = Math.max(right, c); }
    });
    expect(bottom - top + 1).toBe(20);
    expect(right - left + 1).toBe(5);
    expect(Math.abs(mr / mass - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(mc / mass - 14)).toBeLessThanOrEqual(0.5);
    expect(mnistStyle(new Float32Array(112 * 112), 112)).toBeUndefined();
  });

  it("travels to the worker as 784 bytes of base64 and nothing else is accepted", () => {
    const pixels = Float32Array.from({ length: 784 }, (_, i) => (i % 256) / 255);
    const back = decodeDigit(encodeDigit(pixels))!;
    back.forEach((v, i) => expect(v).toBeCloseTo(pixels[i], 6));
    expect(decodeDigit("")).toBeUndefined();
    expect(decodeDigit("<script>")).toBeUndefined();
    expect(decodeDigit(encodeDigit(pixels).slice(4))).toBeUndefined();
  });
});
