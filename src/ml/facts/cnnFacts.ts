/**
 * The CNN chapter's checkable numbers: every shape and parameter count of seed
 * 000's network read from the built tfjs-layers model (the same builder the
 * widget trains), the output-size and receptive-field arithmetic, and seed
 * 004's all-zero start run for a few steps on real digits.
 */
import { readFileSync } from "node:fs";
import { decodeMnist, type DigitSet } from "../../data/mnist";
import { cnnMnistSchema } from "../../hyperparams/cnn";
import { defaults } from "../../hyperparams/schema";
import { buildCnn, CNN_SIZES, cnnLoss, summarise } from "../cnn/architecture";
import { convParams, denseParams, outputSize, receptiveField } from "../cnn/convArithmetic";
import { digitTensors, disposeDigits, gatherBatch } from "../cnn/digitTensors";
import { useFastCpuConvKernels } from "../cnn/cpuConvKernels";
import * as tf from "../tf";
import type { Fact } from "./fact";

const count = (value: number): Fact => ({ value, text: value.toLocaleString("en-US") });
const fixed = (value: number, digits: number): Fact => ({ value, text: value.toFixed(digits) });
const percent = (value: number, digits = 1): Fact => ({ value, text: `${(100 * value).toFixed(digits)} %` });
const shape = (dims: readonly number[]): Fact => ({ value: dims.reduce((a, b) => a * b, 1), text: dims.join(" × ") });

const LAYER_NAMES = ["conv1", "pool1", "conv2", "pool2", "flatten", "dense1", "dense2"] as const;

/** Shapes and parameter counts of each layer of seed 000's network, from the model itself. */
function architectureFacts(): Record<string, Fact> {
  const model = buildCnn(CNN_SIZES.seed000, 1);
  const layers = summarise(model);
  const total = model.countParams();
  model.dispose();
  const facts: Record<string, Fact> = {};
  layers.forEach((layer, i) => {
    facts[`cnn.${LAYER_NAMES[i]}.shape`] = shape(layer.output);
    facts[`cnn.${LAYER_NAMES[i]}.params`] = count(layer.params);
  });
  const denseShare = (layers[5].params + layers[6].params) / total;
  facts["cnn.params.total"] = count(total);
  // Multiply-adds of one digit's forward pass: each output number of a conv or dense layer costs one per weight feeding it.
  const macs = layers.reduce((sum, layer) => {
    if (layer.kind !== "conv" && layer.kind !== "dense") return sum;
    const units = layer.output[layer.output.length - 1];
    const positions = layer.output.reduce((a, b) => a * b, 1) / units;
    return sum + positions * (layer.params - units);
  }, 0);
  facts["cnn.macs.forward"] = { value: macs, text: `${(macs / 1e6).toFixed(1)} million` };
  facts["cnn.params.denseShare"] = percent(denseShare);
  facts["cnn.params.convShare"] = percent(1 - denseShare);
  // Seed 003's "convolution" is a dense layer: 784 inputs to conv1's 26·26·32 outputs, every pair its own weight.
  const conv1Out = layers[0].output.reduce((a, b) => a * b, 1);
  facts["cnn.seed003.denseWeights"] = count(denseParams(28 * 28, conv1Out));
  facts["cnn.seed003.ratio"] = count(Math.round(denseParams(28 * 28, conv1Out) / convParams(3, 1, 32)));
  return facts;
}

/** The arithmetic the chapter works through. */
function arithmeticFacts(): Record<string, Fact> {
  const conv = { kernel: 3, stride: 1, padding: 0 };
  const pool = { kernel: 2, stride: 2, padding: 0 };
  const sides = [28];
  for (const g of [conv, pool, conv, pool]) sides.push(outputSize(sides[sides.length - 1], g));
  const field = receptiveField([conv, pool, conv, pool]);
  return {
    "cnn.side.conv1": count(sides[1]),
    "cnn.side.pool1": count(sides[2]),
    "cnn.side.conv2": count(sides[3]),
    "cnn.side.pool2": count(sides[4]),
    "cnn.rf.final": { value: field.size, text: `${field.size} × ${field.size}` },
    "cnn.rf.jump": count(field.jump),
    "cnn.example.out": count(outputSize(5, { kernel: 3, stride: 2, padding: 1 })),
    "cnn.example.same": count(outputSize(28, { kernel: 3, stride: 1, padding: 1 })),
    "cnn.conv1.weightsPerFilter": count(3 * 3 * 1 + 1),
    "cnn.conv2.weightsPerFilter": count(3 * 3 * 32 + 1),
  };
}

/** The data split and the widget's defaults, as the prose cites them. */
function dataFacts(train: DigitSet, test: DigitSet): Record<string, Fact> {
  const share = (set: DigitSet, c: number) => set.labels.filter((l) => l === c).length / set.count;
  const shares = Array.from({ length: 10 }, (_, c) => share(test, c));
  const drift = Math.max(...Array.from({ length: 10 }, (_, c) => Math.abs(share(train, c) - share(test, c))));
  const d = defaults(cnnMnistSchema);
  return {
    "cnn.data.train": count(train.count),
    "cnn.data.test": count(test.count),
    "cnn.data.minShare": percent(Math.min(...shares)),
    "cnn.data.maxShare": percent(Math.max(...shares)),
    "cnn.data.shareDrift": percent(drift, 2),
    "cnn.default.batch": count(Number(d.batchSize)),
    "cnn.default.epochs": count(Number(d.epochs)),
    "cnn.default.lr": { value: Number(d.learningRate), text: String(d.learningRate) },
    "cnn.default.stepsPerEpoch": count(Math.ceil(train.count / Number(d.batchSize))),
    "cnn.default.shift": count(Number(d.shift)),
    "cnn.default.decay": { value: Number(d.decay), text: String(d.decay) },
  };
}

/**
 * Seed 004's start: every weight 0. Trains the quarter-size network from zeros
 * on real digits and reports what moved.
 */
async function zeroStartFacts(train: DigitSet, test: DigitSet): Promise<Record<string, Fact>> {
  useFastCpuConvKernels();
  const steps = 5;
  const batch = 16;
  const digits = digitTensors(train, steps * batch);
  const model = buildCnn(CNN_SIZES.quarter, 1, "zeros");
  const optimizer = tf.train.adam(0.001);
  const losses: number[] = [];
  for (let s = 0; s < steps; s++) {
    const { x, y } = gatherBatch(digits, Int32Array.from({ length: batch }, (_, i) => s * batch + i));
    const loss = optimizer.minimize(() => cnnLoss(y, model.apply(x) as tf.Tensor), true) as tf.Scalar;
    losses.push((await loss.data())[0]);
    [x, y, loss].forEach((t) => t.dispose());
  }
  const weights = model.layers.flatMap((layer) => layer.getWeights());
  const kernels = model.layers.flatMap((layer) => (layer.getWeights().length > 0 ? [layer.getWeights()[0]] : []));
  const largest = (ts: tf.Tensor[]) => Math.max(...ts.map((t) => tf.tidy(() => tf.max(tf.abs(t)).dataSync()[0])));
  const maxKernel = largest(kernels);
  const lastBias = largest([weights[weights.length - 1]]);
  const held = digitTensors(test, 50);
  const answers = tf.tidy(() => tf.argMax(model.apply(held.images) as tf.Tensor, 1).dataSync());
  disposeDigits(held);
  disposeDigits(digits);
  model.dispose();
  optimizer.dispose();
  return {
    "cnn.zero.steps": count(steps),
    "cnn.zero.firstLoss": fixed(losses[0], 4),
    "cnn.zero.lastLoss": fixed(losses[losses.length - 1], 4),
    "cnn.zero.ln10": fixed(Math.log(10), 4),
    "cnn.zero.maxKernel": fixed(maxKernel, 0),
    "cnn.zero.lastBias": fixed(lastBias, 4),
    "cnn.zero.distinctAnswers": count(new Set(answers).size),
    "cnn.zero.tested": count(held.count),
  };
}

/** Every fact the CNN chapter cites. */
export async function cnnFacts(): Promise<Record<string, Fact>> {
  const file = readFileSync(new URL("../../../datasets/mnist.bin.gz", import.meta.url));
  const { train, test } = await decodeMnist(new Uint8Array(file));
  return { ...architectureFacts(), ...arithmeticFacts(), ...dataFacts(train, test), ...(await zeroStartFacts(train, test)) };
}
