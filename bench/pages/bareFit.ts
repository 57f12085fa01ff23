/**
 * The baseline: the widget's exact network (buildMlp with the widget's
 * defaults) trained by plain `model.fit` on the 4 XNOR rows, full batch, so
 * one epoch is one optimizer step. Runs in a worker or on the main thread.
 */
import * as tfl from "@tensorflow/tfjs-layers";
import { xnorTable } from "../../src/data/xnor";
import { selectBackend } from "../../src/ml/backend";
import { buildMlp, zeroOneLabels } from "../../src/ml/mlp";
import * as tf from "../../src/ml/tf";
import type { BackendChoice } from "../../src/hyperparams/schema";

export interface FitOptions {
  readonly backend: BackendChoice;
  readonly learningRate: number;
  /** Warm-up (shader compilation, JIT) before anything is timed; also calibrates the timed run. */
  readonly warmupMs: number;
  /** Roughly how long the timed fit should last. */
  readonly windowMs: number;
}

export interface FitResult {
  readonly backend: string;
  readonly warmupStepsPerSecond: number;
  /** Epochs (= optimizer steps) in the timed fit, and how long it took. */
  readonly steps: number;
  readonly ms: number;
  readonly stepsPerSecond: number;
  readonly finalLoss: number;
  readonly tensorsAfter: number;
}

/** Trains with `model.fit` for warmupMs (counting epochs), then times a fixed number of epochs with no callbacks. */
export async function bareFit(o: FitOptions): Promise<FitResult> {
  const { backend } = await selectBackend(o.backend);
  const data = xnorTable();
  const model = buildMlp(1, 4, "tanh");
  model.compile({ optimizer: tf.train.adam(o.learningRate), loss: "binaryCrossentropy" });
  const X = tf.tensor2d(data.x, [data.n, 2]);
  const Y = tf.tensor2d(zeroOneLabels(data.y), [data.n, 1]);
  const fitArgs = { batchSize: data.n, shuffle: false, verbose: 0 } as const;

  // Warm-up: as many epochs as fit in warmupMs, counted by a callback.
  let warm = 0;
  const w0 = performance.now();
  await model.fit(X, Y, {
    ...fitArgs,
    epochs: 1e7,
    callbacks: {
      onEpochEnd: () => {
        warm++;
        if (performance.now() - w0 >= o.warmupMs) model.stopTraining = true;
      },
    },
  });
  const warmMs = performance.now() - w0;
  const warmRate = (warm / warmMs) * 1000;

  // Timed: a fixed epoch count sized to last about windowMs, no user callbacks.
  const steps = Math.max(20, Math.round((warmRate * o.windowMs) / 1000));
  const t0 = performance.now();
  const history = await model.fit(X, Y, { ...fitArgs, epochs: steps });
  const ms = performance.now() - t0;
  const losses = history.history.loss as number[];
  const result = {
    backend,
    warmupStepsPerSecond: warmRate,
    steps,
    ms,
    stepsPerSecond: (steps / ms) * 1000,
    finalLoss: Number(losses[losses.length - 1]),
    tensorsAfter: 0,
  };
  model.dispose();
  X.dispose();
  Y.dispose();
  return { ...result, tensorsAfter: tf.memory().numTensors };
}

// Keep tfl referenced for its side effects (layers registers its serialisables).
void tfl;
