/**
 * Seed article 000's convolutional network for 28×28 digits, built with
 * tfjs-layers by one pure function that the widget, the facts, the tests and
 * the benchmark's bare `model.fit` all share:
 *
 *   conv 3×3 (f₁, ReLU) → max-pool 2×2 → conv 3×3 (f₂, ReLU) → max-pool 2×2
 *   → flatten → dense (d, ReLU) → dense (10)
 *
 * The last layer returns logits; the softmax lives in the loss
 * (softmax cross-entropy computed from logits, which is numerically stable).
 */
import * as tfl from "@tensorflow/tfjs-layers";
import * as tf from "../tf";

/** Filter and unit counts of the network. */
export interface CnnWidths {
  /** Filters of the first convolution (f₁). */
  readonly conv1: number;
  /** Filters of the second convolution (f₂). */
  readonly conv2: number;
  /** Units of the hidden dense layer (d). */
  readonly dense: number;
}

/** The sizes the widget offers; "seed000" is the article's network. */
export type CnnSize = "seed000" | "half" | "quarter";

export const CNN_SIZES: Readonly<Record<CnnSize, CnnWidths>> = {
  seed000: { conv1: 32, conv2: 64, dense: 128 },
  half: { conv1: 16, conv2: 32, dense: 64 },
  quarter: { conv1: 8, conv2: 16, dense: 32 },
};

/** How the weights start: seeded He-uniform (the right choice before ReLU), or seed article 004's zeros. */
export type CnnInit = "he" | "zeros";

export const DIGIT_CLASSES = 10;

/**
 * The network, weights drawn from initialisers seeded by `seed` (biases start at 0).
 * @returns a model mapping images [batch, 28, 28, 1] in [0, 1] → logits [batch, 10]
 */
export function buildCnn(widths: CnnWidths, seed: number, init: CnnInit = "he"): tfl.Sequential {
  const kernel = (k: number) => (init === "zeros" ? tfl.initializers.zeros() : tfl.initializers.heUniform({ seed: seed + k }));
  return tfl.sequential({
    layers: [
      tfl.layers.conv2d({ inputShape: [28, 28, 1], filters: widths.conv1, kernelSize: 3, activation: "relu", kernelInitializer: kernel(0) }),
      tfl.layers.maxPooling2d({ poolSize: 2 }),
      tfl.layers.conv2d({ filters: widths.conv2, kernelSize: 3, activation: "relu", kernelInitializer: kernel(1) }),
      tfl.layers.maxPooling2d({ poolSize: 2 }),
      tfl.layers.flatten(),
      tfl.layers.dense({ units: widths.dense, activation: "relu", kernelInitializer: kernel(2) }),
      tfl.layers.dense({ units: DIGIT_CLASSES, kernelInitializer: init === "zeros" ? kernel(3) : tfl.initializers.glorotUniform({ seed: seed + 3 }) }),
    ],
  });
}

/**
 * Mean softmax cross-entropy of logits against one-hot labels: the loss the
 * widget minimises, and the one to compile for a bare `model.fit`.
 * @param labels one-hot [batch, 10]
 * @param logits [batch, 10]
 * @returns scalar
 */
export function cnnLoss(labels: tf.Tensor, logits: tf.Tensor): tf.Scalar {
  return tf.losses.softmaxCrossEntropy(labels, logits) as tf.Scalar;
}

/**
 * Compiles `model` as the widget trains it (Adam, softmax cross-entropy on
 * logits), for a bare `model.fit(images, labels, { batchSize })` of the same
 * network on digitTensors(...): one fit batch is one widget step. The
 * optimizer is not the model's to free: dispose `model.optimizer` too.
 */
export function compileCnn(model: tfl.LayersModel, learningRate: number): void {
  model.compile({ optimizer: tf.train.adam(learningRate), loss: cnnLoss, metrics: ["categoricalAccuracy"] });
}

/** One layer as the chapter's table and diagram show it, read from the built model. */
export interface LayerSummary {
  /** "conv", "pool", "flatten" or "dense". */
  readonly kind: "conv" | "pool" | "flatten" | "dense";
  /** Output shape without the batch axis, e.g. [26, 26, 32]. */
  readonly output: readonly number[];
  /** Trainable numbers in the layer (weights and biases). */
  readonly params: number;
}

const kinds: Readonly<Record<string, LayerSummary["kind"]>> = {
  Conv2D: "conv", MaxPooling2D: "pool", Flatten: "flatten", Dense: "dense",
};

/** Each layer's output shape and parameter count, taken from the model itself (never typed by hand). */
export function summarise(model: tfl.LayersModel): LayerSummary[] {
  return model.layers.map((layer) => {
    const kind = kinds[layer.getClassName()];
    if (!kind) throw new Error(`summarise: unexpected layer ${layer.getClassName()}`);
    const shape = layer.outputShape as (number | null)[];
    return { kind, output: shape.slice(1) as number[], params: layer.countParams() };
  });
}
