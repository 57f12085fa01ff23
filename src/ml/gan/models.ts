/** The GAN chapter's models: a GAN on a 2-D target, and seed 000's dense GAN on MNIST. */
import { ganTarget, type TargetName } from "../../data/ganTargets";
import type { Settings } from "../../hyperparams/schema";
import type { ModelFactory } from "../models";
import { createGan2d, type GanOptimizerName, type NoiseName } from "./gan2d";
import type { GeneratorLoss } from "./ganLosses";
import { createMnistGan } from "./mnistGan";

const num = (s: Settings, key: string) => Number(s[key]);

export const ganModels: Readonly<Record<string, ModelFactory>> = {
  "gan-2d": (settings) => ({
    trainable: createGan2d({
      target: ganTarget(settings.target as TargetName, String(settings.shape)),
      seed: num(settings, "seed"),
      hiddenUnits: num(settings, "hiddenUnits"),
      hiddenLayers: num(settings, "hiddenLayers"),
      optimizer: settings.optimizer as GanOptimizerName,
      dLearningRate: num(settings, "dLearningRate"),
      gLearningRate: num(settings, "gLearningRate"),
      dSteps: num(settings, "dSteps"),
      batchSize: num(settings, "batchSize"),
      noise: settings.noise as NoiseName,
      loss: settings.loss as GeneratorLoss,
    }),
  }),
  "gan-mnist": async (settings) => ({
    // Imported when first needed: the asset URL means nothing to Node (facts, unit tests).
    trainable: createMnistGan((await (await import("../../data/mnistAsset")).loadMnist()).train, {
      seed: num(settings, "seed"),
      dLearningRate: num(settings, "dLearningRate"),
      gLearningRate: num(settings, "gLearningRate"),
      dSteps: num(settings, "dSteps"),
      batchSize: num(settings, "batchSize"),
      loss: settings.loss as GeneratorLoss,
    }),
  }),
};
