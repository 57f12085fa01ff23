/** The logistic-regression chapter's models: two penguin species, and three Iris species with softmax. */
import { irisPetalsThreeSpecies } from "../../data/irisSpecies";
import { adelieChinstrap } from "../../data/penguins";
import type { Settings } from "../../hyperparams/schema";
import type { ModelFactory } from "../models";
import { createLogisticRegression, type LabelCoding } from "./logisticRegression";
import { createSoftmaxRegression } from "./softmaxRegression";

const num = (s: Settings, key: string) => Number(s[key]);

export const logisticRegressionModels: Readonly<Record<string, ModelFactory>> = {
  "logreg-penguins": (settings) => ({
    trainable: createLogisticRegression(adelieChinstrap(), {
      seed: num(settings, "seed"),
      learningRate: num(settings, "learningRate"),
      l2: num(settings, "l2"),
      threshold: num(settings, "threshold"),
      labels: settings.labels as LabelCoding,
    }),
  }),
  "softmax-iris": (settings) => ({
    trainable: createSoftmaxRegression(irisPetalsThreeSpecies(), {
      seed: num(settings, "seed"),
      learningRate: num(settings, "learningRate"),
      l2: num(settings, "l2"),
    }),
  }),
};
