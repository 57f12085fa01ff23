/** Fisher's Iris, as shipped in datasets/iris.json. */
import { speciesPair, type SpeciesTable } from "./speciesPair";
import type { TwoFeatureSet } from "./twoFeatureSet";
import irisRows from "../../datasets/iris.json";

type IrisRow = [number, number, number, number, string];
export type IrisFeature = "sepalLength" | "sepalWidth" | "petalLength" | "petalWidth";
export type IrisSpecies = "setosa" | "versicolor" | "virginica";

const column: Record<IrisFeature, number> = { sepalLength: 0, sepalWidth: 1, petalLength: 2, petalWidth: 3 };
const words: Record<IrisFeature, string> = {
  sepalLength: "sepal length", sepalWidth: "sepal width", petalLength: "petal length", petalWidth: "petal width",
};

const table: SpeciesTable<IrisFeature, IrisSpecies> = { name: "Iris", rows: irisRows as unknown as IrisRow[], column, words, speciesColumn: 4 };

/** Two species and two features, standardised per feature; the first species gets −1, the second +1. */
export function irisPair(species: readonly [IrisSpecies, IrisSpecies], features: readonly [IrisFeature, IrisFeature]): TwoFeatureSet {
  return speciesPair(table, species, features);
}

/** The perceptron chapter's set: setosa vs versicolor by sepal length and width (100 flowers). */
export function irisSetosaVersicolor(): TwoFeatureSet {
  return irisPair(["setosa", "versicolor"], ["sepalLength", "sepalWidth"]);
}
