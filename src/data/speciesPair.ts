/**
 * Two species and two measurements out of a table of rows
 * [measurement…, species]: the shape of both Iris and the Palmer penguins.
 */
import { standardise } from "./standardise";
import { extentOf, type TwoFeatureSet } from "./twoFeatureSet";

/** A shipped table of measured specimens, with the words for its columns. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- S types the species a caller may ask for
export interface SpeciesTable<F extends string, S extends string> {
  /** "Iris", "Penguins": the start of the set's name. */
  readonly name: string;
  /** Rows [measurement…, species]. */
  readonly rows: readonly (readonly (number | string)[])[];
  /** Column of each measurement. */
  readonly column: Readonly<Record<F, number>>;
  /** How the prose names each measurement ("sepal length"). */
  readonly words: Readonly<Record<F, string>>;
  /** Column of the species name (its values are the species type S). */
  readonly speciesColumn: number;
}

/**
 * The rows of two species, two features, each feature standardised to mean 0
 * and standard deviation 1 over the rows kept (per feature, not one mean for
 * all). The first species gets label −1, the second +1.
 */
export function speciesPair<F extends string, S extends string>(
  table: SpeciesTable<F, S>,
  species: readonly [S, S],
  features: readonly [F, F],
): TwoFeatureSet {
  const kind = (r: readonly (number | string)[]) => r[table.speciesColumn];
  const rows = table.rows.filter((r) => kind(r) === species[0] || kind(r) === species[1]);
  const raw = new Float32Array(rows.length * 2);
  const y = new Float32Array(rows.length);
  rows.forEach((r, i) => {
    raw[2 * i] = r[table.column[features[0]]] as number;
    raw[2 * i + 1] = r[table.column[features[1]]] as number;
    y[i] = kind(r) === species[0] ? -1 : 1;
  });
  const x = standardise(raw, 2);
  return {
    name: `${table.name}: ${species[0]} vs ${species[1]}`,
    x, y, n: rows.length,
    featureNames: [`${table.words[features[0]]} (standardised)`, `${table.words[features[1]]} (standardised)`],
    classNames: [species[0], species[1]],
    extent: extentOf(x),
  };
}
