/**
 * The cpu backend's fast convolution kernels (src/ml/cnn/cpuConvKernels.ts)
 * against TF.js's own kernels, which this file runs first (vitest gives each
 * file its own module registry, so nothing has replaced them yet), and against
 * finite differences.
 */
import * as tf from "../../src/ml/tf";
import { beforeAll, describe, expect, it } from "vitest";
// For its side effect: tfjs-layers registers every core op's gradient.
import "@tensorflow/tfjs-layers";
import { useFastCpuConvKernels } from "../../src/ml/cnn/cpuConvKernels";
import { useCpu } from "./tfCpu";

beforeAll(useCpu);

const KERNELS = ["Conv2D", "Conv2DBackpropInput", "Conv2DBackpropFilter", "MaxPoolGrad"];
const isFast = (name: string) => (tf.getKernel(name, "cpu")!.kernelFunc as { fast?: boolean }).fast === true;

/** A seeded pseudo-random array in [−1, 1), with every `zeroEvery`-th entry 0 (as after a ReLU). */
function noise(length: number, seed: number, zeroEvery = 0): Float32Array {
  let s = seed;
  return Float32Array.from({ length }, (_, i) => {
    const v = ((s = (s * 16807) % 2147483647) / 2147483647) * 2 - 1;
    return zeroEvery && i % zeroEvery === 0 ? 0 : v;
  });
}

type Shape4 = [number, number, number, number];
const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

const convCases: { x: Shape4; f: Shape4; s: number | [number, number]; pad: "valid" | "same" | number }[] = [
  { x: [2, 9, 9, 3], f: [3, 3, 3, 4], s: 1, pad: "valid" },
  { x: [2, 8, 8, 2], f: [3, 3, 2, 5], s: 2, pad: "same" },
  { x: [1, 7, 7, 1], f: [2, 2, 1, 3], s: 1, pad: 1 },
  { x: [3, 10, 6, 4], f: [3, 2, 4, 6], s: [2, 1], pad: "valid" },
  { x: [2, 13, 13, 32], f: [3, 3, 32, 64], s: 1, pad: "valid" }, // seed 000's second convolution
];

/** Output, input gradient and filter gradient of a weighted sum of each case's convolution. */
async function convolutions(): Promise<number[][]> {
  const out: number[][] = [];
  for (const [n, c] of convCases.entries()) {
    const x = tf.tensor4d(noise(size(c.x), 11 + n, 3), c.x);
    const w = tf.tensor4d(noise(size(c.f), 5 + n), c.f);
    const y = tf.conv2d(x, w, c.s, c.pad);
    const weights = tf.tensor(noise(y.size, 7 + n, 4), y.shape); // a gradient with zeros, as after ReLU and pooling
    const loss = (a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.s, c.pad), weights));
    const [dx, dw] = tf.grads(loss)([x, w]);
    for (const t of [y, dx, dw]) out.push(Array.from(await t.data()));
    [x, w, y, weights, dx, dw].forEach((t) => t.dispose());
  }
  return out;
}

/** Max pooling's input gradient, on inputs with ties and negative values. */
async function poolings(): Promise<number[][]> {
  const cases: { x: Shape4; k: number; s: number; pad: "valid" | "same" }[] = [
    { x: [2, 26, 26, 3], k: 2, s: 2, pad: "valid" },
    { x: [1, 11, 11, 2], k: 2, s: 2, pad: "valid" },
    { x: [1, 7, 7, 2], k: 3, s: 2, pad: "same" },
  ];
  const out: number[][] = [];
  for (const [n, c] of cases.entries()) {
    const x = tf.relu(tf.tensor4d(noise(size(c.x), 3 + n), c.x)); // ReLU's zeros tie within a window
    const g = tf.grad((a: tf.Tensor) => tf.sum(tf.mul(tf.maxPool(a as tf.Tensor4D, c.k, c.s, c.pad), 1.5)))(x);
    out.push(Array.from(await g.data()));
    [x, g].forEach((t) => t.dispose());
  }
  return out;
}

describe("the fast cpu convolution kernels", () => {
  it("agree with TF.js's own Conv2D, Conv2DBackpropInput, Conv2DBackpropFilter and MaxPoolGrad", { timeout: 120_000 }, async () => {
    expect(KERNELS.map(isFast)).toEqual([false, false, false, false]);
    const before = [...(await convolutions()), ...(await poolings())];
    useFastCpuConvKernels();
    useFastCpuConvKernels(); // a second call changes nothing
    expect(KERNELS.map(isFast)).toEqual([true, true, true, true]);
    const after = [...(await convolutions()), ...(await poolings())];
    expect(after.map((a) => a.length)).toEqual(before.map((b) => b.length));
    before.forEach((b, i) => {
      const worst = Math.max(...b.map((v, j) => Math.abs(after[i][j] - v) / Math.max(1, Math.abs(v))));
      expect(worst, `result ${i}`).toBeLessThan(1e-5);
    });
  });

  it("give the gradients finite differences give", () => {
    useFastCpuConvKernels();
    const x = tf.tensor4d(noise(2 * 81 * 2, 2, 5), [2, 9, 9, 2]);
    const w = tf.tensor4d(noise(9 * 2 * 3, 4), [3, 3, 2, 3]);
    const loss = (a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.square(tf.maxPool(tf.relu(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 1)), 2, 2, "valid")));
    const [dx, dw] = tf.grads(loss)([x, w]);
    const at = (t: tf.Tensor, i: number, h: number) => tf.tidy(() => {
      const bump = tf.tensor(Float32Array.from({ length: t.size }, (_, j) => (j === i ? h : 0)), t.shape);
      return (t === x ? loss(tf.add(x, bump), w) : loss(x, tf.add(w, bump))).dataSync()[0];
    });
    const central = (t: tf.Tensor, i: number) => (at(t, i, 1e-2) - at(t, i, -1e-2)) / 2e-2;
    const [gx, gw] = [dx.dataSync(), dw.dataSync()];
    for (const i of [7, 40, 100, 161]) expect(gx[i], `dx[${i}]`).toBeCloseTo(central(x, i), 1);
    for (const i of [0, 13, 26, 53]) expect(gw[i], `dw[${i}]`).toBeCloseTo(central(w, i), 1);
    [x, w, dx, dw].forEach((t) => t.dispose());
  });

  it("leave calls they do not handle to TF.js (channels-first, dilated)", async () => {
    useFastCpuConvKernels();
    const x = tf.tensor4d(noise(2 * 7 * 7 * 2, 9), [2, 7, 7, 2]);
    const w = tf.tensor4d(noise(3 * 3 * 2 * 2, 8), [3, 3, 2, 2]);
    const dilated = tf.conv2d(x, w, 1, "valid", "NHWC", 2);
    expect(dilated.shape).toEqual([2, 3, 3, 2]);
    // y[0, 0, 0, 0] by hand: taps at rows and columns 0, 2, 4.
    const xv = await x.data(), wv = await w.data();
    let sum = 0;
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let c = 0; c < 2; c++) sum += xv[(2 * i * 7 + 2 * j) * 2 + c] * wv[((i * 3 + j) * 2 + c) * 2];
    expect((await dilated.data())[0]).toBeCloseTo(sum, 4);
    [x, w, dilated].forEach((t) => t.dispose());
  });
});
