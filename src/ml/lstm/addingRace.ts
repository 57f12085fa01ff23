/**
 * A simple RNN and an LSTM of the same width, trained side by side on the adding
 * problem (src/data/longRangeTasks.ts): every step draws one fresh batch and
 * takes one Adam step for each network on it. The loss is the LSTM's batch MSE;
 * both networks' losses go to StepMetrics.extra. The view scores both on a fixed
 * held-out set and traces the trained LSTM's gates over one held-out sequence,
 * recomputed in plain numbers from the layer's weights.
 */
import * as tf from "../tf";
import { ADDING_BASELINE_MSE, ADDING_FEATURES, createAddingTask, type AddingBatch } from "../../data/longRangeTasks";
import { setLearningRate } from "../optimizers";
import type { ModelView, StepMetrics, Trainable } from "../trainable";
import { readout, runLstm, runSimpleRnn } from "./lstmCell";
import { buildSequenceModel, flatWeights, mseStep, unpackWeights, type RecurrentKind } from "./sequenceModel";

/** Settings of the race (the widget's, validated). */
export interface AddingRaceOptions {
  /** Sequence length T. */
  readonly length: number;
  /** Hidden units of each network. */
  readonly units: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly seed: number;
  /** Held-out sequences the view scores both networks on. */
  readonly evalSize?: number;
}

/** The two racers, in a fixed order: index 0 is the simple RNN, 1 the LSTM. */
export const RACERS: readonly RecurrentKind[] = ["simpleRnn", "lstm"];

/**
 * One of the race's networks (shared with the benchmark).
 * @returns a model mapping [batch, length, 2] → predicted sum [batch, 1]
 */
export function buildAddingModel(kind: RecurrentKind, options: Pick<AddingRaceOptions, "length" | "units" | "seed">) {
  return buildSequenceModel({ kind, timeSteps: options.length, features: ADDING_FEATURES, units: options.units, seed: options.seed });
}

/** A batch as tensors: x [batch, T, 2], y [batch, 1]. */
export function addingTensors(b: AddingBatch): [tf.Tensor3D, tf.Tensor2D] {
  return [tf.tensor3d(b.x, [b.batch, b.length, ADDING_FEATURES]), tf.tensor2d(b.y, [b.batch, 1])];
}

/** The race as a widget's Trainable. */
export function createAddingRace(options: AddingRaceOptions): Trainable {
  const { length, units } = options;
  const task = createAddingTask(length, options.seed);
  const held = createAddingTask(length, options.seed, "held-out").next(options.evalSize ?? 128);
  const models = RACERS.map((kind) => buildAddingModel(kind, options));
  const optimizers = RACERS.map(() => tf.train.adam(options.learningRate));
  let step = 0;

  /** One batch, one step for each network; returns [rnn loss, lstm loss] on the device. */
  function trainStep(): tf.Tensor1D {
    const [x, y] = addingTensors(task.next(options.batchSize));
    const losses = tf.tidy(() => tf.stack(models.map((m, k) => mseStep(m, optimizers[k], x, y))) as tf.Tensor1D);
    [x, y].forEach((t) => t.dispose());
    return losses;
  }

  return {
    async run(count) {
      const results: tf.Tensor1D[] = [];
      for (let k = 0; k < count; k++) results.push(trainStep());
      const stacked = tf.stack(results);
      results.forEach((r) => r.dispose());
      const values = await stacked.data();  // [count, 2]
      stacked.dispose();
      const points: StepMetrics[] = [];
      for (let k = 0; k < count; k++) {
        const [rnn, lstm] = [values[2 * k], values[2 * k + 1]];
        points.push({ step: ++step, loss: lstm, extra: { rnn, lstm, baseline: ADDING_BASELINE_MSE } });
      }
      return { points, converged: false };
    },

    async view(): Promise<ModelView> {
      const flat = tf.tidy(() => tf.concat(models.map(flatWeights)));
      const all = (await flat.data()) as Float32Array;
      flat.dispose();
      const [rnnW, at] = unpackWeights(all, 0, "simpleRnn", ADDING_FEATURES, units);
      const [lstmW] = unpackWeights(all, at, "lstm", ADDING_FEATURES, units);
      const stride = length * ADDING_FEATURES;
      let rnnErr = 0, lstmErr = 0;
      const rnnPredictions = new Float32Array(held.batch);
      const lstmPredictions = new Float32Array(held.batch);
      for (let b = 0; b < held.batch; b++) {
        rnnPredictions[b] = readout(rnnW.readout, runSimpleRnn(rnnW.recurrent, held.x, length, b * stride));
        lstmPredictions[b] = readout(lstmW.readout, runLstm(lstmW.recurrent, held.x, length, b * stride).hidden);
        rnnErr += (rnnPredictions[b] - held.y[b]) ** 2;
        lstmErr += (lstmPredictions[b] - held.y[b]) ** 2;
      }
      rnnErr /= held.batch;
      lstmErr /= held.batch;
      const { trace } = runLstm(lstmW.recurrent, held.x, length, 0, true);
      const gates = trace!;
      return {
        step,
        stats: [
          { label: "Simple RNN, held-out MSE", value: rnnErr, digits: 3 },
          { label: "LSTM, held-out MSE", value: lstmErr, digits: 3 },
          { label: "Predict-the-mean MSE", value: ADDING_BASELINE_MSE, digits: 3 },
        ],
        extra: {
          length, units,
          sequence: held.x.slice(0, stride),
          marks: Float32Array.from(held.marks.subarray(0, 2)),
          target: held.y[0],
          rnnPrediction: rnnPredictions[0],
          lstmPrediction: lstmPredictions[0],
          rnnHeldOut: rnnErr,
          lstmHeldOut: lstmErr,
          input: gates.input,
          forget: gates.forget,
          output: gates.output,
          cell: gates.cell,
        },
      };
    },

    setLive(settings) {
      if (typeof settings.learningRate === "number") optimizers.forEach((o) => setLearningRate(o, settings.learningRate as number));
    },

    dispose() {
      models.forEach((m) => m.dispose());
      optimizers.forEach((o) => o.dispose());
    },
  };
}
