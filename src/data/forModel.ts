/**
 * Which data set each model learns from. Pure data, so a widget can draw the
 * points before its worker (and TF.js) has loaded.
 */
import type { ModelId } from "../worker/protocol";
import { irisSetosaVersicolor } from "./iris";
import type { TwoFeatureSet } from "./twoFeatureSet";
import { xnorTable } from "./xnor";

/** The training data of `model`. */
export function dataFor(model: ModelId): TwoFeatureSet {
  switch (model) {
    case "perceptron-iris": return irisSetosaVersicolor();
    case "perceptron-xnor":
    case "mlp-xnor": return xnorTable();
  }
}
