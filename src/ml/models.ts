/**
 * Every model a widget's worker can train, by widget id. Each chapter exports
 * its own factories (src/ml/<chapter>/models.ts); this file only merges them.
 */
import type { Settings } from "../hyperparams/schema";
import type { ModelId } from "../worker/protocol";
import { perceptronModels } from "./perceptron/models";
import { linearRegressionModels } from "./linear-regression/models";
import { optimizerModels } from "./optimizers/models";
import { svmModels } from "./svm/models";
import { logisticRegressionModels } from "./logistic-regression/models";
import { cnnModels } from "./cnn/models";
import { lstmModels } from "./lstm/models";
import { ganModels } from "./gan/models";
import type { Trainable } from "./trainable";

/** A model ready to train. */
export interface ModelSetup {
  readonly trainable: Trainable;
  /** Steps per second when training is paced for watching (the perceptron); undefined = as fast as possible. */
  readonly pace?: number;
}

/** Builds a model from settings already validated against its widget's schema; async where it loads data first. */
export type ModelFactory = (settings: Settings) => ModelSetup | Promise<ModelSetup>;

const factories: Readonly<Record<string, ModelFactory>> = {
  ...perceptronModels,
  ...linearRegressionModels,
  ...optimizerModels,
  ...svmModels,
  ...logisticRegressionModels,
  ...cnnModels,
  ...lstmModels,
  ...ganModels,
};

/** Whether widget `id` trains a model (conv-arithmetic, for one, only draws). */
export function hasModel(id: ModelId): boolean {
  return Object.hasOwn(factories, id);
}

/** Builds the model `id` with `settings`. Throws for an unknown id. */
export async function createModel(id: ModelId, settings: Settings): Promise<ModelSetup> {
  const factory = Object.hasOwn(factories, id) ? factories[id] : undefined;
  if (!factory) throw new Error(`No model is called “${id}”.`);
  return factory(settings);
}
