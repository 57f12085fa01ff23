/** The CNN chapter's model: seed 000's network on the shipped MNIST digits. */
import type { Settings } from "../../hyperparams/schema";
import type { ModelFactory } from "../models";
import { CNN_SIZES, type CnnInit, type CnnSize } from "./architecture";
import { createCnn, type CnnOptions } from "./cnnTrainer";
import { useFastCpuConvKernels } from "./cpuConvKernels";

const num = (s: Settings, key: string) => Number(s[key]);

/** The widget's settings as trainer options; also what `bench/mnist97Node.ts` trains, so both run one recipe. */
export function cnnOptions(settings: Settings): CnnOptions {
  return {
    widths: CNN_SIZES[settings.size as CnnSize],
    init: settings.init as CnnInit,
    seed: num(settings, "seed"),
    learningRate: num(settings, "learningRate"),
    decay: num(settings, "decay"),
    batchSize: num(settings, "batchSize"),
    epochs: num(settings, "epochs"),
    trainCount: num(settings, "trainCount"),
    shift: num(settings, "shift"),
    digit: num(settings, "digit"),
  };
}

export const cnnModels: Readonly<Record<string, ModelFactory>> = {
  "cnn-mnist": async (settings) => {
    useFastCpuConvKernels();
    // Imported here, not at the top: its `?url` asset import exists only in Vite builds, and
    // Node (facts, unit tests) imports this registry without ever building this model.
    const { loadMnist } = await import("../../data/mnistAsset");
    const trainable = createCnn(await loadMnist(), cnnOptions(settings));
    if (typeof settings.drawing === "string") trainable.setLive({ drawing: settings.drawing });
    return { trainable };
  },
};
