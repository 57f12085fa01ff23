/**
 * An LSTM that forecasts the Keeling curve: trained on (look-back months → next
 * month) windows of the training months, one minibatch per step, then asked for
 * the whole held-out tail autoregressively, every prediction fed back as input.
 * The loss is the training MSE in the network's (scaled) units; the view
 * carries the forecast in ppm, its RMSE on the tail and its seasonal amplitude.
 */
import * as tf from "../tf";
import { co2Series, co2Windows, HOLDOUT_MONTHS, type Co2Series, type Co2Windows, type WindowEncoding } from "../../data/co2";
import { createVisitOrder } from "../../data/order";
import { createEpochBudget } from "../epochBudget";
import { setLearningRate } from "../optimizers";
import type { ModelView, StepMetrics, Trainable } from "../trainable";
import { autoregressiveForecast, rmse, seasonalAmplitude } from "./co2Forecast";
import { readout, runLstm } from "./lstmCell";
import { buildSequenceModel, flatWeights, mseStep, unpackWeights, type SequenceWeights } from "./sequenceModel";

/** Settings of the forecaster (the widget's, validated). */
export interface Co2ForecasterOptions {
  readonly lookBack: number;
  readonly units: number;
  /** Passes over the training windows before training stops ("done"). */
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly encoding: WindowEncoding;
  readonly seed: number;
}

/**
 * The forecaster's network: an LSTM over `lookBack` months, one value each.
 * @returns a model mapping [batch, lookBack, 1] → next month (scaled) [batch, 1]
 */
export function buildForecaster(options: Pick<Co2ForecasterOptions, "lookBack" | "units" | "seed">) {
  return buildSequenceModel({ kind: "lstm", timeSteps: options.lookBack, features: 1, units: options.units, seed: options.seed });
}

/** The training windows the forecaster learns from (shared with the benchmark). */
export function forecasterWindows(lookBack: number, encoding: WindowEncoding, series: Co2Series = co2Series()): Co2Windows {
  return co2Windows(series, lookBack, encoding, HOLDOUT_MONTHS);
}

/** The held-out tail forecast from the training months alone, by the plain-number LSTM with `w`. */
export function forecastTail(series: Co2Series, windows: Co2Windows, w: SequenceWeights): Float64Array {
  const { lookBack, scaling, trainEnd } = windows;
  const input = new Float32Array(lookBack);
  return autoregressiveForecast(series.ppm.subarray(0, trainEnd), series.ppm.length - trainEnd, (s, end) => {
    scaling.encode(s, end, lookBack, input, 0);
    return scaling.decode(readout(w.readout, runLstm(w.recurrent, input, lookBack).hidden), s[end - 1]);
  });
}

/** The forecaster as a widget's Trainable. */
export function createCo2Forecaster(options: Co2ForecasterOptions): Trainable {
  const series = co2Series();
  const windows = forecasterWindows(options.lookBack, options.encoding, series);
  const { n, lookBack } = windows;
  const model = buildForecaster(options);
  const optimizer = tf.train.adam(options.learningRate);
  const X = tf.tensor3d(windows.x, [n, lookBack, 1]);   // every training window, kept on the device
  const Y = tf.tensor2d(windows.y, [n, 1]);
  const order = createVisitOrder(n, options.seed);
  const batchSize = Math.min(options.batchSize, n);
  const stepsPerEpoch = Math.ceil(n / batchSize);
  const budget = createEpochBudget(options.epochs, (e) => e * stepsPerEpoch);
  const truth = series.ppm.subarray(windows.trainEnd);
  const truthAmplitude = seasonalAmplitude(truth);
  let step = 0;

  /** One minibatch step; the loss stays on the device. */
  function trainStep(): tf.Scalar {
    const rows = Int32Array.from({ length: batchSize }, () => order.next());
    return tf.tidy(() => {
      const index = tf.tensor1d(rows, "int32");
      return mseStep(model, optimizer, tf.gather(X, index) as tf.Tensor3D, tf.gather(Y, index) as tf.Tensor2D);
    });
  }

  return {
    async run(count) {
      budget.extendIfDone(step);
      const { epochs, totalSteps } = budget;
      const todo = Math.max(0, Math.min(count, totalSteps - step));
      const points: StepMetrics[] = [];
      if (todo > 0) {
        const losses: tf.Scalar[] = [];
        for (let k = 0; k < todo; k++) losses.push(trainStep());
        const stacked = tf.stack(losses);
        losses.forEach((l) => l.dispose());
        const values = await stacked.data();
        stacked.dispose();
        for (let k = 0; k < todo; k++) points.push({ step: ++step, loss: values[k] });
      }
      const converged = step >= totalSteps;
      const message = converged ? `Trained for ${epochs} epochs (${totalSteps} steps of ${batchSize} windows). Train on adds an epoch; Reset starts again.` : undefined;
      return { points, converged, message };
    },

    async view(): Promise<ModelView> {
      const flat = flatWeights(model);
      const all = (await flat.data()) as Float32Array;
      flat.dispose();
      const [w] = unpackWeights(all, 0, "lstm", 1, options.units);
      const forecast = forecastTail(series, windows, w);
      const error = rmse(forecast, truth);
      const amplitude = seasonalAmplitude(forecast);
      return {
        step,
        stats: [
          { label: "Tail RMSE (ppm)", value: error, digits: 2 },
          { label: "Season, forecast (ppm)", value: amplitude, digits: 2 },
          { label: "Season, truth (ppm)", value: truthAmplitude, digits: 2 },
          { label: "Epoch", value: Math.min(budget.epochs, Math.floor(step / stepsPerEpoch)) },
        ],
        extra: { forecast: Float32Array.from(forecast), rmse: error, amplitude },
      };
    },

    setLive(settings) {
      if (typeof settings.learningRate === "number") setLearningRate(optimizer, settings.learningRate);
    },

    dispose() {
      model.dispose();
      optimizer.dispose();
      [X, Y].forEach((t) => t.dispose());
    },
  };
}
