/** A labelled data set with two features and K ≥ 2 classes: what softmax regression trains on. */
import type { Extent } from "../ml/trainable";

export interface MultiClassSet {
  readonly name: string;
  /** Feature values, row-major [n, 2]. */
  readonly x: Float32Array;
  /** Class index 0…K−1 of each row, [n]. */
  readonly labels: Int32Array;
  readonly n: number;
  /** K, the number of classes. */
  readonly classCount: number;
  readonly featureNames: readonly [string, string];
  /** Class names, by index. */
  readonly classNames: readonly string[];
  /** Plotting window with a margin around the points. */
  readonly extent: Extent;
}
