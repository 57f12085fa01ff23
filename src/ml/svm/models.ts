/** The SVM chapter's models: a linear soft-margin SVM on Iris, a kernel SVM on moons or circles. */
import { irisVersicolorVirginica } from "../../data/svmSets";
import { nonlinearSet, type NonlinearSetName } from "../../data/nonlinearSets";
import type { Settings } from "../../hyperparams/schema";
import type { ModelFactory } from "../models";
import { createKernelSvm } from "./kernelSvm";
import { createLinearSvm } from "./linearSvm";

const num = (s: Settings, key: string) => Number(s[key]);

export const svmModels: Readonly<Record<string, ModelFactory>> = {
  "svm-linear": (settings) => ({
    trainable: createLinearSvm(irisVersicolorVirginica(), {
      C: num(settings, "C"), learningRate: num(settings, "learningRate"), seed: num(settings, "seed"),
    }),
    pace: num(settings, "speed"),
  }),
  "svm-kernel": (settings) => ({
    trainable: createKernelSvm(nonlinearSet(settings.dataset as NonlinearSetName, num(settings, "seed")), {
      C: num(settings, "C"), learningRate: num(settings, "learningRate"), seed: num(settings, "seed"),
      gamma: num(settings, "gamma"), features: num(settings, "features"),
    }),
    pace: num(settings, "speed"),
  }),
};
