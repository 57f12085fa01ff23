/** A labelled data set with two features: what the book's 2-D classifiers train on. */
import type { Extent } from "../ml/trainable";

export interface TwoFeatureSet {
  /** Short name shown in the widget. */
  readonly name: string;
  /** Feature values, row-major [n, 2]. */
  readonly x: Float32Array;
  /** Labels ±1, [n]. Models that need {0, 1} convert with (y + 1) / 2. */
  readonly y: Float32Array;
  readonly n: number;
  /** Axis titles, e.g. ["sepal length (standardised)", …]. */
  readonly featureNames: readonly [string, string];
  /** Names of the −1 and +1 classes, in that order. */
  readonly classNames: readonly [string, string];
  /** Plotting window with a margin around the points. */
  readonly extent: Extent;
}

/** The window that holds every point plus `pad` of the span on each side. */
export function extentOf(x: Float32Array, pad = 0.15): Extent {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (let i = 0; i < x.length; i += 2) {
    x0 = Math.min(x0, x[i]); x1 = Math.max(x1, x[i]);
    y0 = Math.min(y0, x[i + 1]); y1 = Math.max(y1, x[i + 1]);
  }
  const px = (x1 - x0) * pad || 1, py = (y1 - y0) * pad || 1;
  return [x0 - px, x1 + px, y0 - py, y1 + py];
}
