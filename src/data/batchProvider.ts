/**
 * The one interface every loader serves batches through. Batches are plain typed
 * arrays; src/ml turns them into tensors, so this module never touches TF.js.
 */
import { createVisitOrder } from "./order";
import type { TwoFeatureSet } from "./twoFeatureSet";

export interface Batch {
  /** Which rows of the data set, in visiting order. */
  readonly indices: Int32Array;
  /** Features, row-major [batch, featureCount]. */
  readonly x: Float32Array;
  /** Labels, [batch]. */
  readonly y: Float32Array;
}

export interface BatchProvider {
  readonly size: number;
  readonly featureCount: number;
  /** The next `batchSize` rows in the seeded order (epochs roll over and reshuffle). */
  nextBatch(batchSize: number): Batch;
  /** Every row, in storage order: full-batch training and evaluation. */
  all(): Batch;
  /** Completed passes over the data. */
  readonly epoch: number;
}

/** Serves a two-feature set in a seeded, per-epoch shuffled order. */
export function createBatchProvider(data: TwoFeatureSet, seed: number): BatchProvider {
  const d = 2;
  const order = createVisitOrder(data.n, seed);
  const everything: Batch = {
    indices: Int32Array.from({ length: data.n }, (_, i) => i),
    x: data.x,
    y: data.y,
  };
  return {
    size: data.n,
    featureCount: d,
    nextBatch(batchSize) {
      const indices = new Int32Array(batchSize);
      const x = new Float32Array(batchSize * d);
      const y = new Float32Array(batchSize);
      for (let k = 0; k < batchSize; k++) {
        const i = order.next();
        indices[k] = i;
        x.set(data.x.subarray(i * d, i * d + d), k * d);
        y[k] = data.y[i];
      }
      return { indices, x, y };
    },
    all: () => everything,
    get epoch() { return order.epoch; },
  };
}
