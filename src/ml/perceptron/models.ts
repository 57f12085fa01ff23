/** The perceptron chapter's models: the perceptron on Iris and on XNOR, and the MLP that solves XNOR. */
import { irisSetosaVersicolor } from "../../data/iris";
import { xnorTable } from "../../data/xnor";
import type { TwoFeatureSet } from "../../data/twoFeatureSet";
import type { Settings } from "../../hyperparams/schema";
import { createMlp, type Activation } from "../mlp";
import type { ModelFactory } from "../models";
import type { OptimizerName } from "../optimizers";
import { marginBound } from "./marginBound";
import { createPerceptron } from "./perceptron";

const num = (s: Settings, key: string) => Number(s[key]);

function perceptronOn(data: () => TwoFeatureSet): ModelFactory {
  return (settings) => {
    const set = data();
    const bound = marginBound(set.x, set.y, 2)?.bound;
    const trainable = createPerceptron(set, { seed: num(settings, "seed"), learningRate: num(settings, "learningRate"), bound });
    return { trainable, pace: num(settings, "speed") };
  };
}

export const perceptronModels: Readonly<Record<string, ModelFactory>> = {
  "perceptron-iris": perceptronOn(irisSetosaVersicolor),
  "perceptron-xnor": perceptronOn(xnorTable),
  "mlp-xnor": (settings) => ({
    trainable: createMlp(xnorTable(), {
      seed: num(settings, "seed"),
      hiddenUnits: num(settings, "hiddenUnits"),
      activation: settings.activation as Activation,
      optimizer: settings.optimizer as OptimizerName,
      learningRate: num(settings, "learningRate"),
    }),
  }),
};
