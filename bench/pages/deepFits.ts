/**
 * model.fit baselines for the deep widgets, by widget id: each builds the
 * widget's exact network with the chapter's own builder, compiles it with the
 * widget's optimizer and loss, and hands over its training data as tensors.
 * A widget whose training is not a `model.fit` (the GANs' alternating D/G
 * steps) has none here; (e) compares it with its own bare step loop instead.
 */
import type * as tfl from "@tensorflow/tfjs-layers";
import type { Settings } from "../../src/hyperparams/schema";
import type * as tf from "../../src/ml/tf";

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

export const fitBaselines: Readonly<Record<string, FitBaselineFactory>> = {};

export const fitBaselineIds: readonly string[] = Object.keys(fitBaselines);
