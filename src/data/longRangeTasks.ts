/**
 * The adding problem (Hochreiter & Schmidhuber 1997, experiment 4), a long-range
 * memory task: a sequence of T pairs (value, marker), values uniform in [0, 1],
 * markers 1 at exactly two steps (one in each half) and 0 elsewhere. The target
 * is the sum of the two marked values. Everything between and after the marks is
 * noise the network must carry the first value through. Predicting the mean sum,
 * 1, scores an MSE of Var(u₁ + u₂) = 2/12 = 1/6: the baseline a network that
 * remembers nothing reaches.
 */
import seedrandom from "seedrandom";

/** Features per time step: the value and the marker. */
export const ADDING_FEATURES = 2;

/** The MSE of always predicting the mean sum 1: Var(u₁ + u₂) for independent U(0, 1). */
export const ADDING_BASELINE_MSE = 1 / 6;

/** A batch of adding-problem sequences. */
export interface AddingBatch {
  /** Inputs, row-major [batch, T, 2]: (value, marker) per step. */
  readonly x: Float32Array;
  /** Targets, [batch]: the sum of the two marked values. */
  readonly y: Float32Array;
  /** The two marked steps of each sequence, [batch, 2]. */
  readonly marks: Int32Array;
  readonly batch: number;
  readonly length: number;
}

/** A seeded source of adding-problem batches of sequence length `length` (T ≥ 2). */
export interface AddingTask {
  readonly length: number;
  next(batch: number): AddingBatch;
}

/** Fresh sequences on every call, reproducible from `seed` (every batch is new data: no overfitting). */
export function createAddingTask(length: number, seed: number, stream = "train"): AddingTask {
  if (!Number.isInteger(length) || length < 2) throw new Error(`The adding problem needs a length of at least 2, got ${length}.`);
  const random = seedrandom.alea(`adding-${stream}-${seed}`);
  const half = Math.floor(length / 2);
  return {
    length,
    next(batch) {
      const x = new Float32Array(batch * length * ADDING_FEATURES);
      const y = new Float32Array(batch);
      const marks = new Int32Array(batch * 2);
      for (let b = 0; b < batch; b++) {
        const base = b * length * ADDING_FEATURES;
        for (let t = 0; t < length; t++) x[base + t * ADDING_FEATURES] = random();
        const first = Math.floor(random() * half);
        const second = half + Math.floor(random() * (length - half));
        for (const t of [first, second]) x[base + t * ADDING_FEATURES + 1] = 1;
        y[b] = x[base + first * ADDING_FEATURES] + x[base + second * ADDING_FEATURES];
        marks[2 * b] = first;
        marks[2 * b + 1] = second;
      }
      return { x, y, marks, batch, length };
    },
  };
}
