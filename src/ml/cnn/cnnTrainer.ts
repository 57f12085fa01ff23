/**
 * Seed 000's CNN trained live on the shipped MNIST digits: minibatch Adam on
 * softmax cross-entropy, the held-out digits evaluated at the end of every
 * epoch, and a view of what the network has learned (first-layer filters,
 * feature maps of one held-out digit, confusion matrix, misclassified digits,
 * the reader's drawing).
 */
import type { DigitSet, MnistSplit } from "../../data/mnist";
import { createDigitShifter } from "../../data/digitShift";
import { createVisitOrder } from "../../data/order";
import { createEpochBudget } from "../epochBudget";
import { createOptimizer, setLearningRate } from "../optimizers";
import * as tf from "../tf";
import type { ModelView, StepMetrics, Trainable } from "../trainable";
import { buildCnn, cnnLoss, type CnnInit, type CnnWidths } from "./architecture";
import { decodeDigit, PIXELS } from "./drawnDigit";
import { digitTensors, disposeDigits, gatherBatch } from "./digitTensors";
import { evaluate, type Evaluation } from "./evaluation";

export interface CnnOptions {
  readonly widths: CnnWidths;
  readonly init: CnnInit;
  readonly seed: number;
  readonly learningRate: number;
  /** The learning rate is multiplied by this after every epoch (1 or absent: constant). */
  readonly decay?: number;
  readonly batchSize: number;
  /** Passes over the training digits; training is "done" after the last, and each Train on adds one. */
  readonly epochs: number;
  /** Train on the first this many training digits (all by default). */
  readonly trainCount?: number;
  /** The held-out digit whose feature maps the view shows. */
  readonly digit: number;
  /** Most misclassified digits the view carries. */
  readonly gallery?: number;
  /** Most pixels each training digit is shifted every time it is drawn (0 or absent: never; see data/digitShift.ts). */
  readonly shift?: number;
  /** Score only the first this many held-out digits (all by default; tests use fewer). */
  readonly testCount?: number;
}

/** Index of the largest of each row, on the device. @param logits [n, 10] @returns [n] */
const argMax = (logits: tf.Tensor) => tf.argMax(logits, 1);

/** A trainable CNN on `data`; the held-out digits are `data.test`. */
export function createCnn(data: MnistSplit, options: CnnOptions): Trainable {
  const model = buildCnn(options.widths, options.seed, options.init);
  const optimizer = createOptimizer("adam", options.learningRate);
  const train = digitTensors(data.train, options.trainCount);
  const test = digitTensors(data.test, options.testCount);
  const testSet = { ...data.test, count: test.count };
  const order = createVisitOrder(train.count, options.seed);
  const shifter = options.shift ? createDigitShifter(data.train, options.shift, options.seed) : undefined;
  const batchSize = options.batchSize;
  const budget = createEpochBudget(options.epochs, (e) => Math.ceil((e * train.count) / batchSize));
  const gallery = options.gallery ?? 24;
  let digit = options.digit;
  let drawing: Float32Array | undefined;
  let step = 0;
  let epochCorrect = 0;
  let epochSeen = 0;
  let evaluation: Evaluation | undefined;

  const epochOf = (s: number) => Math.floor((s * batchSize) / train.count);

  let baseRate = options.learningRate;
  let decay = options.decay ?? 1;
  /** Epoch e trains at learningRate · decay^e: big steps first, then small ones that settle instead of rattling. */
  const applyRate = (atStep: number) => setLearningRate(optimizer, baseRate * decay ** epochOf(atStep));

  /** One Adam step; returns [loss, correct count in the batch] on the device. */
  function trainStep(): tf.Tensor1D {
    const indices = Int32Array.from({ length: batchSize }, () => order.next());
    return tf.tidy(() => {
      // Unshifted digits are gathered on the device; shifted ones are made here and uploaded (about 200 kB a step).
      const { x, y } = shifter
        ? { x: tf.tensor4d(shifter.batch(indices), [batchSize, 28, 28, 1]), y: tf.gather(train.labels, tf.tensor1d(indices, "int32")) }
        : gatherBatch(train, indices);
      let logits: tf.Tensor | undefined;
      const loss = optimizer.minimize(() => {
        logits = tf.keep(model.apply(x) as tf.Tensor); // [batch, 10], kept so accuracy needs no second pass
        return cnnLoss(y, logits);
      }, true) as tf.Scalar;
      const correct = tf.sum(tf.cast(tf.equal(argMax(logits as tf.Tensor), argMax(y)), "float32"));
      (logits as tf.Tensor).dispose();
      return tf.stack([loss, correct]) as tf.Tensor1D;
    });
  }

  /** Predicted class of every held-out digit, in chunks so no activation tensor grows large. @returns [testCount] as float32 */
  function predictTest(): tf.Tensor1D {
    return tf.tidy(() => {
      const chunks: tf.Tensor[] = [];
      for (let at = 0; at < test.count; at += 250) {
        const x = tf.slice(test.images, [at, 0, 0, 0], [Math.min(250, test.count - at), 28, 28, 1]);
        chunks.push(tf.cast(argMax(model.apply(x) as tf.Tensor), "float32"));
      }
      return tf.concat(chunks) as tf.Tensor1D;
    });
  }

  return {
    async run(count) {
      budget.extendIfDone(step);
      const { epochs, totalSteps } = budget;
      const n = Math.max(0, Math.min(count, totalSteps - step));
      if (n === 0) return { points: [], converged: false }; // run(0): nothing asked for
      const parts: tf.Tensor1D[] = [];
      let evalAfter = -1;
      for (let k = 0; k < n; k++) {
        applyRate(step + k);
        parts.push(trainStep());
        const s = step + k + 1;
        if (epochOf(s) > epochOf(s - 1) || s === totalSteps) {
          parts.push(predictTest());
          evalAfter = k;
          break; // a chunk ends with an evaluation, so its figures are the chunk's last
        }
      }
      const ran = evalAfter >= 0 ? evalAfter + 1 : n;
      const stacked = tf.concat(parts);
      parts.forEach((t) => t.dispose());
      const values = (await stacked.data()) as Float32Array; // [loss₁, correct₁, …, loss_ran, correct_ran, predictions?]
      stacked.dispose();
      const points: StepMetrics[] = [];
      for (let k = 0; k < ran; k++) {
        step++;
        epochCorrect += values[2 * k + 1];
        epochSeen += batchSize;
        const ended = evalAfter === k;
        if (ended) evaluation = evaluate(values.subarray(2 * ran), testSet, gallery);
        points.push({
          step, loss: values[2 * k], accuracy: evaluation?.accuracy,
          extra: { trainAccuracy: epochCorrect / epochSeen },
        });
        if (epochOf(step) > epochOf(step - 1)) { epochCorrect = 0; epochSeen = 0; }
      }
      const converged = step >= totalSteps;
      const message = converged
        ? `Finished ${epochs} epoch${epochs === 1 ? "" : "s"} (${step} steps): ${((evaluation?.accuracy ?? 0) * 100).toFixed(1)} % of the ${test.count} held-out digits are right.`
        : undefined;
      return { points, converged, message };
    },

    async view(): Promise<ModelView> {
      const d = Math.min(Math.max(0, digit), test.count - 1);
      const kernel = model.layers[0].getWeights()[0]; // [3, 3, 1, f₁]
      const { packed, sizes } = tf.tidy(() => {
        const filters = tf.transpose(tf.reshape(kernel, [9, -1])); // [f₁, 9]
        let h: tf.Tensor = tf.slice(test.images, [d, 0, 0, 0], [1, 28, 28, 1]);
        const maps: tf.Tensor[] = [];
        model.layers.forEach((layer, i) => {
          h = layer.apply(h) as tf.Tensor;
          if (i === 0 || i === 2) maps.push(tf.transpose(tf.squeeze(h, [0]), [2, 0, 1])); // [f, height, width]
        });
        const parts = [filters, maps[0], maps[1], tf.softmax(h)];
        if (drawing) parts.push(tf.softmax(model.apply(tf.tensor4d(drawing, [1, 28, 28, 1])) as tf.Tensor));
        return { packed: tf.concat(parts.map((p) => tf.reshape(p, [-1]))), sizes: parts.map((p) => p.size) };
      });
      const all = (await packed.data()) as Float32Array;
      packed.dispose();
      let at = 0;
      const [filters, maps1, maps2, digitProbs, drawProbs] = sizes.map((size) => all.slice(at, (at += size)));
      const extra: Record<string, Float32Array | number[] | number> = {
        filters, maps1, maps2, digitProbs,
        digitPixels: pixelsOf(data.test, d),
        digitLabel: data.test.labels[d],
        digitIndex: d,
        epoch: epochOf(step),
      };
      if (drawProbs) extra.drawProbs = drawProbs;
      if (evaluation) Object.assign(extra, evaluation.view);
      return {
        step,
        stats: [
          { label: "Epoch", value: Math.min(budget.epochs, epochOf(step)) },
          ...(evaluation ? [{ label: "Held-out accuracy %", value: evaluation.accuracy * 100, digits: 1 }] : []),
        ],
        extra,
      };
    },

    setLive(settings) {
      if (typeof settings.learningRate === "number") baseRate = settings.learningRate;
      if (typeof settings.decay === "number") decay = settings.decay;
      applyRate(step);
      if (typeof settings.digit === "number") digit = settings.digit;
      if (typeof settings.drawing === "string") drawing = decodeDigit(settings.drawing);
    },

    dispose() {
      model.dispose();
      optimizer.dispose();
      disposeDigits(train);
      disposeDigits(test);
    },
  };
}

/** One digit's pixels in [0, 1]. @returns [784] */
export function pixelsOf(set: DigitSet, index: number): Float32Array {
  return Float32Array.from(set.images.subarray(index * PIXELS, (index + 1) * PIXELS), (v) => v / 255);
}
