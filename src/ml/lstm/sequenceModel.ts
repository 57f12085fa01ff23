/**
 * The chapter's networks: one recurrent layer (LSTM or simple RNN) reading a
 * sequence, then a dense read-out of its last hidden state, trained on the mean
 * squared error by Adam. `buildSequenceModel` is shared with the benchmark's
 * bare `model.fit`, so both train exactly the same network.
 */
import * as tf from "../tf";
import * as tfl from "@tensorflow/tfjs-layers";
import seedrandom from "seedrandom";
import { gaussian } from "../../data/nonlinearSets";
import type { Readout, RecurrentWeights } from "./lstmCell";

/** Which recurrent layer: the LSTM or the simple (Elman) RNN with tanh. */
export type RecurrentKind = "lstm" | "simpleRnn";

/** What buildSequenceModel builds. */
export interface SequenceModelOptions {
  readonly kind: RecurrentKind;
  /** Sequence length T. */
  readonly timeSteps: number;
  /** Features per time step. */
  readonly features: number;
  readonly units: number;
  /** Seeds every initialiser: same seed, same starting weights. */
  readonly seed: number;
}

/**
 * recurrent(units) → dense(1), recurrent weights orthogonal, the LSTM's forget
 * bias 1, everything else Glorot-uniform or zero. The LSTM's gates use the logistic sigmoid (TF.js
 * defaults to a piecewise-linear "hard" sigmoid), so the layer computes exactly
 * the equations in the chapter.
 * @returns a model mapping [batch, timeSteps, features] → [batch, 1]
 */
export function buildSequenceModel({ kind, timeSteps, features, units, seed }: SequenceModelOptions): tfl.Sequential {
  const shared = {
    units,
    inputShape: [timeSteps, features],
    kernelInitializer: tfl.initializers.glorotUniform({ seed }),
    // Replaced below by orthogonal rows: TF.js's own orthogonal initialiser calls chained ops Node lacks.
    recurrentInitializer: "zeros" as const,
    biasInitializer: "zeros" as const,
  };
  const recurrent = kind === "lstm"
    ? tfl.layers.lstm({ ...shared, recurrentActivation: "sigmoid" })
    : tfl.layers.simpleRNN({ ...shared, activation: "tanh" });
  const model = tfl.sequential({
    layers: [
      recurrent,
      tfl.layers.dense({ units: 1, kernelInitializer: tfl.initializers.glorotUniform({ seed: seed + 2 }), biasInitializer: "zeros" }),
    ],
  });
  const [kernel, recurrentKernel] = recurrent.getWeights();
  const [rows, cols] = recurrentKernel.shape;
  const orthogonal = tf.tensor2d(orthogonalRows(rows, cols, seed + 1), [rows, cols]);
  // Forget-gate bias 1 (Gers et al. 2000): the cell starts out remembering. TF.js's
  // unitForgetBias option does the same but leaks four tensors per model.
  const bias = tf.tensor1d(Float32Array.from({ length: cols }, (_, j) => (kind === "lstm" && j >= units && j < 2 * units ? 1 : 0)));
  recurrent.setWeights([kernel, orthogonal, bias]);
  [orthogonal, bias].forEach((t) => t.dispose());
  return model;
}

/**
 * `rows` ≤ `cols` orthonormal rows of length `cols` (Gram–Schmidt on seeded
 * Gaussian rows), row-major: the usual recurrent initialisation, which keeps a
 * linear recurrence's state from shrinking or growing at the start.
 */
export function orthogonalRows(rows: number, cols: number, seed: number): Float32Array {
  const random = seedrandom.alea(`orthogonal-${seed}`);
  const m = Array.from({ length: rows }, () => Float64Array.from({ length: cols }, () => gaussian(random)));
  m.forEach((row, r) => {
    for (let q = 0; q < r; q++) {
      let dot = 0;
      for (let j = 0; j < cols; j++) dot += row[j] * m[q][j];
      for (let j = 0; j < cols; j++) row[j] -= dot * m[q][j];
    }
    const norm = Math.hypot(...row);
    for (let j = 0; j < cols; j++) row[j] /= norm;
  });
  return Float32Array.from(m.flatMap((row) => Array.from(row)));
}

/**
 * One Adam (or any optimizer) step on the mean squared error of `model` on (x, y).
 * @param x [batch, T, features]
 * @param y [batch, 1]
 * @returns the loss before the step, a scalar the caller disposes
 */
export function mseStep(model: tfl.LayersModel, optimizer: tf.Optimizer, x: tf.Tensor3D, y: tf.Tensor2D): tf.Scalar {
  return optimizer.minimize(() => tf.mean(tf.squaredDifference(model.apply(x) as tf.Tensor, y)) as tf.Scalar, true) as tf.Scalar;
}

/** Every weight of `model`, flattened into one tensor [total] (one GPU readback for all of them). */
export function flatWeights(model: tfl.LayersModel): tf.Tensor1D {
  return tf.tidy(() => tf.concat(model.layers.flatMap((l) => l.getWeights()).map((w) => tf.reshape(w, [-1]))) as tf.Tensor1D);
}

/** The weights of a recurrent → dense(1) model, as plain numbers from a flatWeights readback. */
export interface SequenceWeights {
  readonly recurrent: RecurrentWeights;
  readonly readout: Readout;
}

/**
 * Splits a flatWeights readback (from `offset`) into the recurrent layer's and
 * the read-out's weights. `gates` is 4 for an LSTM, 1 for a simple RNN.
 * @returns the weights and the offset just past them
 */
export function unpackWeights(all: Float32Array, offset: number, kind: RecurrentKind, inputDim: number, units: number): [SequenceWeights, number] {
  const width = (kind === "lstm" ? 4 : 1) * units;
  let at = offset;
  const take = (n: number) => all.subarray(at, (at += n));
  const kernel = take(inputDim * width);
  const recurrentKernel = take(units * width);
  const bias = take(width);
  const readKernel = take(units);
  const readBias = take(1)[0];
  return [{ recurrent: { inputDim, units, kernel, recurrentKernel, bias }, readout: { kernel: readKernel, bias: readBias } }, at];
}
