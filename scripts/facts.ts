/**
 * Computes every number the chapters cite (src/ml/facts) on TF.js's cpu backend
 * and writes src/content/facts.json. With --check it writes nothing and fails
 * if the committed file is stale, so the build can never ship an old number.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as tf from "../src/ml/tf";
import "@tensorflow/tfjs-backend-cpu";
import { allFacts } from "../src/ml/facts/allFacts";

const file = fileURLToPath(new URL("../src/content/facts.json", import.meta.url));

await tf.setBackend("cpu");
const text = JSON.stringify(await allFacts(), null, 2) + "\n";
if (process.argv.includes("--check")) {
  if (readFileSync(file, "utf8") !== text) {
    console.error("src/content/facts.json is stale: run `npm run facts` and commit it.");
    process.exit(1);
  }
  console.log("facts.json is current");
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
