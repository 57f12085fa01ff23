/**
 * The Keeling curve: monthly mean CO₂ at Mauna Loa, March 1958 to April 2020
 * (datasets/co2.json, five missing months interpolated), and the windowed
 * supervised pairs a sequence model learns from. Every scale is computed on the
 * training months only, so nothing about the held-out tail leaks into training
 * (seed 001's mistake was to train on the test set).
 */
import co2File from "../../datasets/co2.json";

interface Co2File {
  readonly start: readonly [number, number];
  readonly ppm: readonly number[];
  readonly interpolated: readonly number[];
}

/** The monthly series. */
export interface Co2Series {
  /** Year and month (1–12) of the first value. */
  readonly start: readonly [number, number];
  /** CO₂ in ppm, one value per month. */
  readonly ppm: Float64Array;
  /** Indices of months the source lacks, filled by linear interpolation. */
  readonly interpolated: readonly number[];
}

/** Months held out at the end of the series: the last ten years. */
export const HOLDOUT_MONTHS = 120;

/** The whole shipped series. */
export function co2Series(): Co2Series {
  const file = co2File as unknown as Co2File;
  return { start: file.start, ppm: Float64Array.from(file.ppm), interpolated: file.interpolated };
}

/** Month `i` of the series as a decimal year at mid-month (1958.21 for March 1958). */
export function decimalYear(series: Co2Series, i: number): number {
  const [year, month] = series.start;
  return year + (month - 1 + i + 0.5) / 12;
}

/**
 * How windows are put in the network's units.
 * - "change": every value relative to the window's last one, and the target is
 *   next month's change; one scale (std of monthly changes). The level drops out,
 *   so a rising trend never pushes inputs beyond anything seen in training.
 * - "level": values standardised by the training months' mean and std, the
 *   target the next level. The tail's levels lie above every training value.
 */
export type WindowEncoding = "change" | "level";

/** Maps ppm windows to network inputs and network outputs back to ppm. Fitted on training months only. */
export interface Co2Scaling {
  readonly encoding: WindowEncoding;
  /** Subtracted before dividing by `spread` ("level" only; 0 for "change"). */
  readonly centre: number;
  readonly spread: number;
  /** Network input for a window of `lookBack` ppm values ending at `end` (exclusive) in `values`. */
  encode(values: ArrayLike<number>, end: number, lookBack: number, out: Float32Array, offset: number): void;
  /** ppm from a network output, given the window's last value. */
  decode(output: number, last: number): number;
  /** The network target for `next` after a window ending in `last`. */
  target(next: number, last: number): number;
}

function meanStd(values: ArrayLike<number>): [number, number] {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i];
  mean /= values.length;
  let variance = 0;
  for (let i = 0; i < values.length; i++) variance += (values[i] - mean) ** 2;
  return [mean, Math.sqrt(variance / values.length) || 1];
}

/** The scaling for `encoding`, fitted on `train` (the training months only). */
export function fitScaling(train: ArrayLike<number>, encoding: WindowEncoding): Co2Scaling {
  if (encoding === "level") {
    const [centre, spread] = meanStd(train);
    return {
      encoding, centre, spread,
      encode(values, end, lookBack, out, offset) {
        for (let k = 0; k < lookBack; k++) out[offset + k] = (values[end - lookBack + k] - centre) / spread;
      },
      decode: (output) => centre + spread * output,
      target: (next) => (next - centre) / spread,
    };
  }
  const changes = Float64Array.from({ length: train.length - 1 }, (_, i) => train[i + 1] - train[i]);
  const spread = meanStd(changes)[1];
  return {
    encoding, centre: 0, spread,
    encode(values, end, lookBack, out, offset) {
      const last = values[end - 1];
      for (let k = 0; k < lookBack; k++) out[offset + k] = (values[end - lookBack + k] - last) / spread;
    },
    decode: (output, last) => last + spread * output,
    target: (next, last) => (next - last) / spread,
  };
}

/** Windowed supervised pairs from the training months. */
export interface Co2Windows {
  /** Inputs, row-major [n, lookBack] (one feature per time step). */
  readonly x: Float32Array;
  /** Targets, [n]. */
  readonly y: Float32Array;
  readonly n: number;
  readonly lookBack: number;
  readonly scaling: Co2Scaling;
  /** Index of the first held-out month; months before it are training months. */
  readonly trainEnd: number;
}

/**
 * Every (look-back months → next month) pair inside the training months, with
 * the scaling fitted on those months. The held-out tail is never touched.
 */
export function co2Windows(series: Co2Series, lookBack: number, encoding: WindowEncoding, holdout = HOLDOUT_MONTHS): Co2Windows {
  const trainEnd = series.ppm.length - holdout;
  const train = series.ppm.subarray(0, trainEnd);
  const scaling = fitScaling(train, encoding);
  const n = trainEnd - lookBack;
  const x = new Float32Array(n * lookBack);
  const y = new Float32Array(n);
  for (let r = 0; r < n; r++) {
    const end = r + lookBack; // the window is months r … end − 1, the target month `end`
    scaling.encode(train, end, lookBack, x, r * lookBack);
    y[r] = scaling.target(train[end], train[end - 1]);
  }
  return { x, y, n, lookBack, scaling, trainEnd };
}
