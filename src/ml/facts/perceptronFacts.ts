/**
 * The perceptron chapter's checkable numbers, computed by the same code the
 * widgets run (same data, same defaults, same seed). scripts/facts.ts writes
 * them to src/content/facts.json; a unit test recomputes and compares.
 */
import { defaults } from "../../hyperparams/schema";
import { perceptronSchema } from "../../hyperparams/perceptron";
import { irisSetosaVersicolor } from "../../data/iris";
import { xnorTable } from "../../data/xnor";
import { marginBound } from "../perceptron/marginBound";
import { createModel } from "../models";
import type { Fact } from "./fact";

/** Runs a widget's model with its default settings until it converges or `limit` steps pass. */
async function runDefault(id: "perceptron-iris" | "perceptron-xnor", limit: number) {
  const n = (id === "perceptron-iris" ? irisSetosaVersicolor() : xnorTable()).n;
  const setup = await createModel(id, defaults(perceptronSchema));
  let steps = 0;
  let converged = false;
  while (!converged && steps < limit) {
    const r = await setup.trainable.run(Math.min(n, limit - steps));
    steps += r.points.length;
    converged = r.converged;
  }
  const view = await setup.trainable.view();
  setup.trainable.dispose();
  return { steps, converged, mistakes: view.mistakes ?? 0, n };
}

/** Every fact the perceptron chapter cites. */
export async function perceptronFacts(): Promise<Record<string, Fact>> {
  const iris = irisSetosaVersicolor();
  const m = marginBound(iris.x, iris.y, 2);
  if (!m) throw new Error("the Iris pair should be linearly separable");
  const run = await runDefault("perceptron-iris", 100_000);
  if (!run.converged) throw new Error("the perceptron should converge on the Iris pair");
  const xnor = await runDefault("perceptron-xnor", 100);
  return {
    "perceptron.iris.n": { value: iris.n, text: String(iris.n) },
    "perceptron.iris.R": { value: m.R, text: m.R.toFixed(3) },
    "perceptron.iris.gamma": { value: m.gamma, text: m.gamma.toFixed(4) },
    "perceptron.iris.bound": { value: m.bound, text: m.bound.toFixed(1) },
    "perceptron.iris.boundInt": { value: Math.floor(m.bound), text: String(Math.floor(m.bound)) },
    "perceptron.iris.mistakes": { value: run.mistakes, text: String(run.mistakes) },
    "perceptron.iris.epochs": { value: run.steps / run.n, text: String(run.steps / run.n) },
    "perceptron.iris.steps": { value: run.steps, text: String(run.steps) },
    "perceptron.xnor.mistakes": { value: xnor.mistakes, text: String(xnor.mistakes) },
  };
}
