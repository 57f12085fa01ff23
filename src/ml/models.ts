/** Which data and model each widget's worker trains, built from validated settings. */
import { dataFor } from "../data/forModel";
import type { TwoFeatureSet } from "../data/twoFeatureSet";
import type { Settings } from "../hyperparams/schema";
import type { ModelId } from "../worker/protocol";
import { marginBound } from "./marginBound";
import { createMlp, type Activation } from "./mlp";
import type { OptimizerName } from "./optimizers";
import { createPerceptron } from "./perceptron";
import type { Trainable } from "./trainable";

/** A model and the data it learns from. */
export interface ModelSetup {
  readonly data: TwoFeatureSet;
  readonly trainable: Trainable;
  /** Steps per second when training is paced for watching (the perceptron); undefined = as fast as possible. */
  readonly pace?: number;
}

const num = (s: Settings, key: string) => Number(s[key]);

/** Builds the model `id` with `settings` (already validated against the widget's schema). */
export function createModel(id: ModelId, settings: Settings): ModelSetup {
  const seed = num(settings, "seed");
  switch (id) {
    case "perceptron-iris":
    case "perceptron-xnor": {
      const data = dataFor(id);
      const bound = marginBound(data.x, data.y, 2)?.bound;
      const trainable = createPerceptron(data, { seed, learningRate: num(settings, "learningRate"), bound });
      return { data, trainable, pace: num(settings, "speed") };
    }
    case "mlp-xnor": {
      const data = dataFor(id);
      const trainable = createMlp(data, {
        seed,
        hiddenUnits: num(settings, "hiddenUnits"),
        activation: settings.activation as Activation,
        optimizer: settings.optimizer as OptimizerName,
        learningRate: num(settings, "learningRate"),
      });
      return { data, trainable };
    }
  }
}
