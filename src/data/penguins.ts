/** Palmer penguins, as shipped in datasets/penguins.json (342 birds with every measurement). */
import penguinRows from "../../datasets/penguins.json";
import { standardise } from "./standardise";
import { extentOf, type TwoFeatureSet } from "./twoFeatureSet";

type PenguinRow = [number, number, number, number, string];
export type PenguinFeature = "beakLength" | "beakDepth" | "flipperLength" | "bodyMass";
export type PenguinSpecies = "Adelie" | "Chinstrap" | "Gentoo";

const column: Record<PenguinFeature, number> = { beakLength: 0, beakDepth: 1, flipperLength: 2, bodyMass: 3 };
const words: Record<PenguinFeature, string> = {
  beakLength: "beak length", beakDepth: "beak depth", flipperLength: "flipper length", bodyMass: "body mass",
};

/**
 * Two species and two features, each feature standardised to mean 0 and
 * standard deviation 1 over the birds kept. The first species gets label −1,
 * the second +1 (the "positive" class of a confusion matrix).
 */
export function penguinPair(
  species: readonly [PenguinSpecies, PenguinSpecies],
  features: readonly [PenguinFeature, PenguinFeature],
): TwoFeatureSet {
  const rows = (penguinRows as unknown as PenguinRow[]).filter((r) => r[4] === species[0] || r[4] === species[1]);
  const raw = new Float32Array(rows.length * 2);
  const y = new Float32Array(rows.length);
  rows.forEach((r, i) => {
    raw[2 * i] = r[column[features[0]]] as number;
    raw[2 * i + 1] = r[column[features[1]]] as number;
    y[i] = r[4] === species[0] ? -1 : 1;
  });
  const x = standardise(raw, 2);
  return {
    name: `Penguins: ${species[0]} vs ${species[1]}`,
    x, y, n: rows.length,
    featureNames: [`${words[features[0]]} (standardised)`, `${words[features[1]]} (standardised)`],
    classNames: [species[0], species[1]],
    extent: extentOf(x),
  };
}

/** The logistic-regression chapter's set: Adelie (−1) vs Chinstrap (+1) by beak length and flipper length (219 birds). */
export function adelieChinstrap(): TwoFeatureSet {
  return penguinPair(["Adelie", "Chinstrap"], ["beakLength", "flipperLength"]);
}
