/** The optimizers chapter's models: the optimizer race and logistic regression by batch size. */
import { irisVersicolorVirginica } from "../../data/irisPetals";
import type { Settings } from "../../hyperparams/schema";
import type { ModelFactory } from "../models";
import type { OptimizerName } from "../optimizers";
import { createBatchLogistic } from "./batchLogistic";
import { createRace } from "./race";
import { surfaces, type SurfaceName } from "./surfaces";

const num = (s: Settings, key: string) => Number(s[key]);


/** "full" or a count, as the batch-size setting stores it, in rows. */
export function batchRows(setting: number | string, n: number): number {
  return setting === "full" ? n : Math.min(n, Number(setting));
}

export const optimizerModels: Readonly<Record<string, ModelFactory>> = {
  "optimizer-race": (settings) => ({
    trainable: createRace({
      surface: surfaces[settings.surface as SurfaceName],
      learningRate: num(settings, "learningRate"),
      momentum: num(settings, "momentum"),
      maxSteps: num(settings, "maxSteps"),
    }),
    pace: num(settings, "speed"),
  }),
  "batch-size": (settings) => {
    const data = irisVersicolorVirginica();
    return {
      trainable: createBatchLogistic(data, {
        seed: num(settings, "seed"),
        batchSize: batchRows(settings.batchSize, data.n),
        optimizer: settings.optimizer as OptimizerName,
        learningRate: num(settings, "learningRate"),
        epochs: num(settings, "epochs"),
      }),
    };
  },
};
