/**
 * Bench (g) off the browser: trains the cnn-mnist widget's default settings
 * (its own schema defaults, its own trainer, the same shipped digits and split)
 * on TF.js's cpu backend in Node, and prints the held-out accuracy after every
 * epoch and the seconds to reach 97 %. The arithmetic is the widget's; only the
 * backend differs from a reader's GPU, so float rounding can move the last
 * digit of a figure, not whether the recipe reaches the target.
 *
 *   npm run bench:mnist97-node            # the defaults, seed included
 *   npm run bench:mnist97-node -- --seed 7 --shift 0   # any setting by its key
 */
import "@tensorflow/tfjs-backend-cpu";
import { cnnMnistSchema } from "../src/hyperparams/cnn";
import { defaults } from "../src/hyperparams/schema";
import { createCnn } from "../src/ml/cnn/cnnTrainer";
import { useFastCpuConvKernels } from "../src/ml/cnn/cpuConvKernels";
import { cnnOptions } from "../src/ml/cnn/models";
import * as tf from "../src/ml/tf";
import { readMnist } from "../tests/unit/mnistFile";

const TARGET = 0.97;
// --key value pairs override settings; values are the URL's, so numbers are numbers.
const overrides = Object.fromEntries(process.argv.slice(2).flatMap((arg, i, all) =>
  arg.startsWith("--") ? [[arg.slice(2), Number.isNaN(Number(all[i + 1])) ? all[i + 1] : Number(all[i + 1])]] : []));
const settings = { ...defaults(cnnMnistSchema), ...overrides };

await tf.setBackend("cpu");
useFastCpuConvKernels();
const options = cnnOptions(settings);
const trainable = createCnn(await readMnist(), options);
// The trainer scores the held-out digits when a step crosses into a new epoch, and after the last step.
const epochOf = (step: number) => Math.floor((step * options.batchSize) / (options.trainCount ?? 8000));
const totalSteps = Math.ceil((options.epochs * (options.trainCount ?? 8000)) / options.batchSize);
const started = performance.now();
const seconds = () => (performance.now() - started) / 1000;
let reachedAt: { step: number; seconds: number } | undefined;
let last = 0;
let best = 0;
console.log(`cnn-mnist defaults on Node cpu: ${JSON.stringify(settings)}`);
for (;;) {
  const { points, converged } = await trainable.run(20);
  for (const p of points) {
    const scored = epochOf(p.step) > epochOf(p.step - 1) || p.step === totalSteps;
    if (!scored || p.accuracy === undefined) continue;
    last = p.accuracy;
    best = Math.max(best, p.accuracy);
    if (!reachedAt && p.accuracy >= TARGET) reachedAt = { step: p.step, seconds: seconds() };
    console.log(`step ${p.step}: held-out ${(p.accuracy * 100).toFixed(2)} %, loss ${p.loss.toFixed(4)}, ${seconds().toFixed(0)} s`);
  }
  if (converged) break;
}
trainable.dispose();
console.log(JSON.stringify({ backend: "node-cpu", target: TARGET, finalAccuracy: last, bestAccuracy: best, reachedAt, totalSeconds: seconds() }));
