/** The optimizers chapter's data: two Iris species that overlap a little, so the best fit has a finite loss. */
import { irisPair } from "./iris";
import type { TwoFeatureSet } from "./twoFeatureSet";

/** Versicolor (−1) vs virginica (+1) by petal length and width, standardised per feature (100 flowers). */
export function irisVersicolorVirginica(): TwoFeatureSet {
  return irisPair(["versicolor", "virginica"], ["petalLength", "petalWidth"]);
}
