/** Fisher's Iris, as shipped in datasets/iris.json. */
import irisRows from "../../datasets/iris.json";
import { extentOf, type TwoFeatureSet } from "./twoFeatureSet";
import { standardise } from "./standardise";

type IrisRow = [number, number, number, number, string];
export type IrisFeature = "sepalLength" | "sepalWidth" | "petalLength" | "petalWidth";
export type IrisSpecies = "setosa" | "versicolor" | "virginica";

const column: Record<IrisFeature, number> = { sepalLength: 0, sepalWidth: 1, petalLength: 2, petalWidth: 3 };
const words: Record<IrisFeature, string> = {
  sepalLength: "sepal length", sepalWidth: "sepal width", petalLength: "petal length", petalWidth: "petal width",
};

/**
 * Two species and two features of Iris, each feature standardised to mean 0 and
 * standard deviation 1 over the rows kept (per feature, not one mean for all).
 * The first species gets label −1, the second +1.
 */
export function irisPair(
  species: readonly [IrisSpecies, IrisSpecies],
  features: readonly [IrisFeature, IrisFeature],
): TwoFeatureSet {
  const rows = (irisRows as unknown as IrisRow[]).filter((r) => r[4] === species[0] || r[4] === species[1]);
  const raw = new Float32Array(rows.length * 2);
  const y = new Float32Array(rows.length);
  rows.forEach((r, i) => {
    raw[2 * i] = r[column[features[0]]] as number;
    raw[2 * i + 1] = r[column[features[1]]] as number;
    y[i] = r[4] === species[0] ? -1 : 1;
  });
  const x = standardise(raw, 2);
  return {
    name: `Iris: ${species[0]} vs ${species[1]}`,
    x, y, n: rows.length,
    featureNames: [`${words[features[0]]} (standardised)`, `${words[features[1]]} (standardised)`],
    classNames: [species[0], species[1]],
    extent: extentOf(x),
  };
}

/** The perceptron chapter's set: setosa vs versicolor by sepal length and width (100 flowers). */
export function irisSetosaVersicolor(): TwoFeatureSet {
  return irisPair(["setosa", "versicolor"], ["sepalLength", "sepalWidth"]);
}
