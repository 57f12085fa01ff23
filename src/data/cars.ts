/** The auto-mpg cars (1970–1982), as shipped in datasets/cars.json: 392 cars with every value. */
import carRows from "../../datasets/cars.json";
import type { RegressionSet } from "./regressionSet";

type CarRow = [string, number, number, number, number, number, number, number, string];

/** The features the book regresses fuel economy on. */
export type CarFeature = "horsepower" | "weight";

const column: Record<CarFeature, number> = { horsepower: 4, weight: 5 };
const words: Record<CarFeature, string> = { horsepower: "horsepower (hp)", weight: "weight (lbs)" };
const MPG = 1;

/** Number of cars in the shipped file. */
export const carCount = (carRows as unknown as CarRow[]).length;

/**
 * Fuel economy (miles per US gallon) against the chosen features, in original
 * units, every car in file order.
 */
export function carsMpg(features: readonly CarFeature[]): RegressionSet {
  const rows = carRows as unknown as CarRow[];
  const d = features.length;
  const x = new Float64Array(rows.length * d);
  const y = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    features.forEach((f, j) => { x[i * d + j] = r[column[f]] as number; });
    y[i] = r[MPG];
  });
  return {
    name: `Cars: fuel economy from ${features.join(" and ")}`,
    x, y, n: rows.length, d,
    featureNames: features.map((f) => words[f]),
    targetName: "fuel economy (mpg)",
  };
}

/** The make and model of car `i`, e.g. "ford torino". */
export function carName(i: number): string {
  return (carRows as unknown as CarRow[])[i][0];
}
