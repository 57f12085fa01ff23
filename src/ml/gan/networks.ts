/**
 * The GAN's two networks as tfjs-layers models, built by pure functions so the
 * benchmark can time a bare loop of exactly the same networks. Hidden layers
 * are dense + LeakyReLU(0.2), the usual choice for GANs (a dead ReLU unit in
 * D passes no gradient on to G).
 */
import * as tf from "../tf";
import * as tfl from "@tensorflow/tfjs-layers";

export type OutputActivation = "linear" | "tanh";

export interface DenseStackSpec {
  readonly inputDim: number;
  /** Units of each hidden layer, in order. */
  readonly hidden: readonly number[];
  readonly outputDim: number;
  readonly output: OutputActivation;
  /** Seeds the Glorot-uniform kernels (layer i uses seed + i). */
  readonly seed: number;
}

/** LeakyReLU's slope for negative inputs. */
const LEAK = 0.2;

/** dense → LeakyReLU for each hidden width, then dense(outputDim, output). */
function denseStack(spec: DenseStackSpec): tfl.Sequential {
  const model = tfl.sequential();
  let seed = spec.seed;
  spec.hidden.forEach((units, i) => {
    model.add(tfl.layers.dense({
      ...(i === 0 ? { inputShape: [spec.inputDim] } : {}),
      units, kernelInitializer: tfl.initializers.glorotUniform({ seed: seed++ }), biasInitializer: "zeros",
    }));
    model.add(tfl.layers.leakyReLU({ alpha: LEAK }));
  });
  model.add(tfl.layers.dense({
    ...(spec.hidden.length === 0 ? { inputShape: [spec.inputDim] } : {}),
    units: spec.outputDim, activation: spec.output,
    kernelInitializer: tfl.initializers.glorotUniform({ seed }), biasInitializer: "zeros",
  }));
  return model;
}

/**
 * The generator G: noise z → a sample.
 * @returns a model mapping [batch, noiseDim] → [batch, dataDim]
 */
export function buildGenerator(noiseDim: number, hidden: readonly number[], dataDim: number, output: OutputActivation, seed: number): tfl.Sequential {
  return denseStack({ inputDim: noiseDim, hidden, outputDim: dataDim, output, seed });
}

/**
 * The discriminator D: a sample → one logit (σ(logit) = P(real)). No sigmoid at
 * the end: the losses take logits (see ganLosses.ts).
 * @returns a model mapping [batch, dataDim] → logits [batch, 1]
 */
export function buildDiscriminator(dataDim: number, hidden: readonly number[], seed: number): tfl.Sequential {
  return denseStack({ inputDim: dataDim, hidden, outputDim: 1, output: "linear", seed });
}

/** The trainable variables of a layers model, for optimizer.minimize's var list. */
export function variablesOf(model: tfl.LayersModel): tf.Variable[] {
  // LayerVariable.read() hands back the tf.Variable it wraps.
  return model.trainableWeights.map((w) => w.read() as tf.Variable);
}
