/** The SVM chapter's real data: two Iris species that overlap a little in their petals. */
import { irisPair } from "./iris";
import type { TwoFeatureSet } from "./twoFeatureSet";

/**
 * Versicolor (−1) vs virginica (+1) by petal length and width, standardised
 * (100 flowers). No line separates them: a few flowers sit on the wrong side,
 * which is what a soft margin is for.
 */
export function irisVersicolorVirginica(): TwoFeatureSet {
  return irisPair(["versicolor", "virginica"], ["petalLength", "petalWidth"]);
}
