/** The CNN chapter's model: seed 000's network on the shipped MNIST digits. */
import type { Settings } from "../../hyperparams/schema";
import type { ModelFactory } from "../models";
import { CNN_SIZES, type CnnInit, type CnnSize } from "./architecture";
import { createCnn } from "./cnnTrainer";
import { useFastCpuConvFilterGrad } from "./cpuConvFilterGrad";

const num = (s: Settings, key: string) => Number(s[key]);

export const cnnModels: Readonly<Record<string, ModelFactory>> = {
  "cnn-mnist": async (settings) => {
    useFastCpuConvFilterGrad();
    // Imported here, not at the top: its `?url` asset import exists only in Vite builds, and
    // Node (facts, unit tests) imports this registry without ever building this model.
    const { loadMnist } = await import("../../data/mnistAsset");
    const trainable = createCnn(await loadMnist(), {
      widths: CNN_SIZES[settings.size as CnnSize],
      init: settings.init as CnnInit,
      seed: num(settings, "seed"),
      learningRate: num(settings, "learningRate"),
      batchSize: num(settings, "batchSize"),
      epochs: num(settings, "epochs"),
      trainCount: num(settings, "trainCount"),
      digit: num(settings, "digit"),
    });
    if (typeof settings.drawing === "string") trainable.setLive({ drawing: settings.drawing });
    return { trainable };
  },
};
