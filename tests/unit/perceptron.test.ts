import * as tf from "@tensorflow/tfjs-core";
import { beforeAll, describe, expect, it } from "vitest";
import { irisSetosaVersicolor } from "../../src/data/iris";
import { xnorTable } from "../../src/data/xnor";
import { marginBound } from "../../src/ml/perceptron/marginBound";
import { createPerceptron } from "../../src/ml/perceptron/perceptron";
import { useCpu } from "./tfCpu";

beforeAll(useCpu);

/** Trains until an error-free epoch or `limit` steps; returns the steps run and the last result. */
async function trainUntilConverged(data = irisSetosaVersicolor(), seed = 1, limit = 20_000) {
  const bound = marginBound(data.x, data.y, 2)?.bound;
  const p = createPerceptron(data, { seed, learningRate: 1, bound });
  let steps = 0;
  let converged = false;
  while (!converged && steps < limit) {
    const r = await p.run(data.n);
    steps += data.n;
    converged = r.converged;
  }
  const view = await p.view();
  p.dispose();
  return { steps, converged, view, bound };
}

describe("the perceptron", () => {
  it("converges on the separable Iris pair within Novikoff's bound", async () => {
    const { converged, view, bound } = await trainUntilConverged();
    expect(converged).toBe(true);
    expect(bound).toBeDefined();
    expect(view.mistakes).toBeGreaterThan(0);
    expect(view.mistakes).toBeLessThanOrEqual(bound as number);
    // every flower is on its own side of the learned line
    const data = irisSetosaVersicolor();
    const [w1, w2] = view.params!.w;
    const b = view.params!.b[0];
    for (let i = 0; i < data.n; i++) {
      expect(data.y[i] * (w1 * data.x[2 * i] + w2 * data.x[2 * i + 1] + b)).toBeGreaterThan(0);
    }
  });

  it("never has an error-free epoch on XNOR, and its weights stay bounded (they cycle)", async () => {
    const data = xnorTable();
    expect(marginBound(data.x, data.y, 2)).toBeNull();
    const p = createPerceptron(data, { seed: 3, learningRate: 1 });
    const seenWeights = new Set<string>();
    for (let epoch = 0; epoch < 100; epoch++) {
      const before = (await p.view()).mistakes ?? 0;
      const r = await p.run(data.n);
      expect(r.converged).toBe(false);
      const v = await p.view();
      expect((v.mistakes ?? 0) - before).toBeGreaterThan(0);
      seenWeights.add([...v.params!.w, ...v.params!.b].join(","));
    }
    // 100 epochs visit only a handful of distinct integer weight vectors
    expect(seenWeights.size).toBeLessThan(30);
    p.dispose();
  });

  it("is deterministic per seed and differs across seeds", async () => {
    const a = await trainUntilConverged(undefined, 7);
    const b = await trainUntilConverged(undefined, 7);
    const c = await trainUntilConverged(undefined, 8);
    expect(a.view.params).toEqual(b.view.params);
    expect(a.steps).toBe(b.steps);
    expect(c.view.params).not.toEqual(a.view.params);
  });

  it("frees every tensor it made", async () => {
    const before = tf.memory().numTensors;
    await trainUntilConverged();
    expect(tf.memory().numTensors).toBe(before);
  });
});
