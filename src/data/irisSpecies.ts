/** All three Iris species at once, for softmax regression (datasets/iris.json). */
import irisRows from "../../datasets/iris.json";
import type { MultiClassSet } from "./multiClassSet";
import { standardise } from "./standardise";
import { extentOf } from "./twoFeatureSet";

type IrisRow = [number, number, number, number, string];
const SPECIES = ["setosa", "versicolor", "virginica"] as const;

/**
 * 150 flowers, classes setosa = 0, versicolor = 1, virginica = 2, by petal
 * length and petal width, each standardised over all 150.
 */
export function irisPetalsThreeSpecies(): MultiClassSet {
  const rows = irisRows as unknown as IrisRow[];
  const raw = new Float32Array(rows.length * 2);
  const labels = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    raw[2 * i] = r[2];
    raw[2 * i + 1] = r[3];
    const k = SPECIES.indexOf(r[4] as (typeof SPECIES)[number]);
    if (k < 0) throw new Error(`unknown Iris species ${r[4]}`);
    labels[i] = k;
  });
  const x = standardise(raw, 2);
  return {
    name: "Iris: three species",
    x, labels, n: rows.length, classCount: SPECIES.length,
    featureNames: ["petal length (standardised)", "petal width (standardised)"],
    classNames: SPECIES,
    extent: extentOf(x),
  };
}
