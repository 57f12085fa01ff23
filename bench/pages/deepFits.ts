/**
 * model.fit baselines for the deep widgets, by widget id: each builds the
 * widget's exact network with the chapter's own builder, compiles it with the
 * widget's optimizer and loss, and hands over its training data as tensors.
 * A widget whose training is not a `model.fit` (the GANs' alternating D/G
 * steps) has none here; (e) compares it with its own bare step loop instead.
 */
import type * as tfl from "@tensorflow/tfjs-layers";
import { loadMnist } from "../../src/data/mnistAsset";
import type { Settings } from "../../src/hyperparams/schema";
import { buildCnn, compileCnn, CNN_SIZES, type CnnInit, type CnnSize } from "../../src/ml/cnn/architecture";
import { digitTensors } from "../../src/ml/cnn/digitTensors";
import * as tf from "../../src/ml/tf";
import type { WindowEncoding } from "../../src/data/co2";
import { createAddingTask } from "../../src/data/longRangeTasks";
import { addingTensors, buildAddingModel, RACERS } from "../../src/ml/lstm/addingRace";
import { buildForecaster, forecasterWindows } from "../../src/ml/lstm/co2Forecaster";

/** One compiled model and its training data. */
export interface FitPart {
  readonly model: tfl.LayersModel;
  readonly x: tf.Tensor | tf.Tensor[];
  readonly y: tf.Tensor | tf.Tensor[];
}

export interface FitBaseline {
  /** The models one widget step trains, one minibatch each (two for RNN against LSTM). */
  readonly parts: readonly FitPart[];
  readonly batchSize: number;
  /** What is fitted, in words, for the report. */
  readonly what: string;
  dispose(): void;
}

export type FitBaselineFactory = (settings: Settings) => Promise<FitBaseline>;

const num = (s: Settings, key: string) => Number(s[key]);

/**
 * cnn-mnist: buildCnn with the widget's size, compileCnn (Adam, softmax cross-entropy on logits,
 * accuracy as the widget counts it), the same training digits. Unshifted: model.fit has no
 * augmentation, so with its default shifts the widget also makes and uploads each batch, which
 * the ratio counts against it.
 */
async function cnnMnist(settings: Settings): Promise<FitBaseline> {
  const model = buildCnn(CNN_SIZES[settings.size as CnnSize], num(settings, "seed"), settings.init as CnnInit);
  compileCnn(model, num(settings, "learningRate"));
  const train = digitTensors((await loadMnist()).train, num(settings, "trainCount"));
  return {
    parts: [{ model, x: train.images, y: train.labels }],
    batchSize: num(settings, "batchSize"),
    what: `buildCnn(${String(settings.size)}) on ${train.count} digits (unshifted), Adam, softmax cross-entropy`,
    dispose() { model.dispose(); train.images.dispose(); train.labels.dispose(); },
  };
}

/** lstm-co2: buildForecaster on the same training windows, Adam, mean squared error. */
async function lstmCo2(settings: Settings): Promise<FitBaseline> {
  const lookBack = num(settings, "lookBack");
  const model = buildForecaster({ lookBack, units: num(settings, "units"), seed: num(settings, "seed") });
  model.compile({ optimizer: tf.train.adam(num(settings, "learningRate")), loss: "meanSquaredError" });
  const windows = forecasterWindows(lookBack, settings.encoding as WindowEncoding);
  const x = tf.tensor3d(windows.x, [windows.n, lookBack, 1]);
  const y = tf.tensor2d(windows.y, [windows.n, 1]);
  return {
    parts: [{ model, x, y }],
    batchSize: num(settings, "batchSize"),
    what: `buildForecaster(look-back ${lookBack}, ${String(settings.units)} units) on ${windows.n} windows, Adam, MSE`,
    dispose() { model.dispose(); x.dispose(); y.dispose(); },
  };
}

/**
 * rnn-vs-lstm: both networks, one minibatch each per step, on adding-problem
 * sequences drawn up front (the widget draws fresh ones every step, which
 * costs it an upload per step the baseline does not pay).
 */
async function rnnVsLstm(settings: Settings): Promise<FitBaseline> {
  const options = { length: num(settings, "length"), units: num(settings, "units"), seed: num(settings, "seed") };
  const batchSize = num(settings, "batchSize");
  const [x, y] = addingTensors(createAddingTask(options.length, options.seed).next(batchSize * 64));
  const models = RACERS.map((kind) => buildAddingModel(kind, options));
  models.forEach((m) => m.compile({ optimizer: tf.train.adam(num(settings, "learningRate")), loss: "meanSquaredError" }));
  return {
    parts: models.map((model) => ({ model, x, y })),
    batchSize,
    what: `simple RNN and LSTM (T = ${options.length}, ${options.units} units), ${batchSize * 64} sequences, Adam, MSE`,
    dispose() { models.forEach((m) => m.dispose()); x.dispose(); y.dispose(); },
  };
}

export const fitBaselines: Readonly<Record<string, FitBaselineFactory>> = {
  "cnn-mnist": cnnMnist,
  "lstm-co2": lstmCo2,
  "rnn-vs-lstm": rnnVsLstm,
};

export const fitBaselineIds: readonly string[] = Object.keys(fitBaselines);
