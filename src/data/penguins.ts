/** Palmer penguins, as shipped in datasets/penguins.json (342 birds with every measurement). */
import { speciesPair, type SpeciesTable } from "./speciesPair";
import type { TwoFeatureSet } from "./twoFeatureSet";
import penguinRows from "../../datasets/penguins.json";

type PenguinRow = [number, number, number, number, string];
export type PenguinFeature = "beakLength" | "beakDepth" | "flipperLength" | "bodyMass";
export type PenguinSpecies = "Adelie" | "Chinstrap" | "Gentoo";

const column: Record<PenguinFeature, number> = { beakLength: 0, beakDepth: 1, flipperLength: 2, bodyMass: 3 };
const words: Record<PenguinFeature, string> = {
  beakLength: "beak length", beakDepth: "beak depth", flipperLength: "flipper length", bodyMass: "body mass",
};

const table: SpeciesTable<PenguinFeature, PenguinSpecies> = { name: "Penguins", rows: penguinRows as unknown as PenguinRow[], column, words, speciesColumn: 4 };

/** Two species and two features, standardised per feature; the first species gets −1, the second +1. */
export function penguinPair(species: readonly [PenguinSpecies, PenguinSpecies], features: readonly [PenguinFeature, PenguinFeature]): TwoFeatureSet {
  return speciesPair(table, species, features);
}

/** The logistic-regression chapter's set: Adelie (−1) vs Chinstrap (+1) by beak length and flipper length (219 birds). */
export function adelieChinstrap(): TwoFeatureSet {
  return penguinPair(["Adelie", "Chinstrap"], ["beakLength", "flipperLength"]);
}
