/** The RNN/LSTM chapter's models: the CO₂ forecaster and the simple-RNN-against-LSTM race. */
import type { WindowEncoding } from "../../data/co2";
import type { Settings } from "../../hyperparams/schema";
import type { ModelFactory } from "../models";
import { createAddingRace } from "./addingRace";
import { createCo2Forecaster } from "./co2Forecaster";

const num = (s: Settings, key: string) => Number(s[key]);

/** Factories by widget id (merged in src/ml/models.ts). */
export const lstmModels: Readonly<Record<string, ModelFactory>> = {
  "lstm-co2": (settings) => ({
    trainable: createCo2Forecaster({
      lookBack: num(settings, "lookBack"), units: num(settings, "units"), epochs: num(settings, "epochs"),
      batchSize: num(settings, "batchSize"), learningRate: num(settings, "learningRate"),
      encoding: settings.encoding as WindowEncoding, seed: num(settings, "seed"),
    }),
  }),
  "rnn-vs-lstm": (settings) => ({
    trainable: createAddingRace({
      length: num(settings, "length"), units: num(settings, "units"), batchSize: num(settings, "batchSize"),
      learningRate: num(settings, "learningRate"), seed: num(settings, "seed"),
    }),
  }),
};
