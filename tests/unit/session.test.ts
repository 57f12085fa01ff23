import * as tf from "@tensorflow/tfjs-core";
import { beforeAll, describe, expect, it } from "vitest";
import { defaults, type Settings } from "../../src/hyperparams/schema";
import { createSession } from "../../src/ml/session";
import { createModel } from "../../src/ml/models";
import type { Report } from "../../src/worker/protocol";
import { widgetCatalog } from "../../src/widgets/catalog";
import type { Trainable } from "../../src/ml/trainable";
import { useCpu } from "./tfCpu";

beforeAll(useCpu);

const mlpDefaults = (): Settings => ({ ...defaults(widgetCatalog["mlp-xnor"].schema), backend: "cpu" });

/** A session whose reports are collected; `until` waits for a report matching a predicate. */
function harness(options: Parameters<typeof createSession>[1] = {}) {
  const reports: Report[] = [];
  const waiters: { test: (r: Report) => boolean; resolve: (r: Report) => void }[] = [];
  const session = createSession((r) => {
    reports.push(r);
    for (const w of [...waiters]) if (w.test(r)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(r); }
  }, options);
  const until = (test: (r: Report) => boolean) => new Promise<Report>((resolve) => {
    const hit = reports.find(test);
    if (hit) resolve(hit); else waiters.push({ test, resolve });
  });
  const losses = () => reports.flatMap((r) => (r.type === "progress" ? r.points.map((p) => p.loss) : []));
  return { session, reports, until, losses };
}

describe("the training session", () => {
  it("gives the same losses for the same seed, and different ones for another", async () => {
    const run = async (seed: number) => {
      const h = harness();
      await h.session.handle({ type: "init", model: "mlp-xnor", settings: { ...mlpDefaults(), seed } });
      await h.session.handle({ type: "step", count: 50 });
      return h.losses();
    };
    const a = await run(5), b = await run(5), c = await run(6);
    expect(a).toHaveLength(50);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it("trains the MLP until XNOR is solved and says so", async () => {
    const h = harness();
    await h.session.handle({ type: "init", model: "mlp-xnor", settings: mlpDefaults() });
    await h.session.handle({ type: "train" });
    const done = await h.until((r) => r.type === "progress" && r.status === "done");
    const losses = h.losses();
    expect(losses.at(-1)!).toBeLessThan(0.01);
    expect(losses[0]).toBeGreaterThan(losses.at(-1)! * 10);
    expect(done.type === "progress" && done.message).toMatch(/loss fell below/);
  });

  it("streams at a bounded rate, sending only new points", async () => {
    const h = harness({ reportsPerSecond: 20 });
    await h.session.handle({ type: "init", model: "mlp-xnor", settings: { ...mlpDefaults(), learningRate: 0.001 } });
    const t0 = performance.now();
    await h.session.handle({ type: "train" });
    await new Promise((r) => setTimeout(r, 1000));
    await h.session.handle({ type: "pause" });
    const seconds = (performance.now() - t0) / 1000;
    const progress = h.reports.filter((r) => r.type === "progress");
    // one report on train, ~20 a second, one on pause
    expect(progress.length).toBeLessThanOrEqual(Math.ceil(20 * seconds) + 3);
    const steps = progress.flatMap((r) => (r.type === "progress" ? r.points.map((p) => p.step) : []));
    expect(new Set(steps).size).toBe(steps.length);
    expect([...steps].sort((x, y) => x - y)).toEqual(steps);
  });

  it("applies a live learning rate without resetting Adam, and restarts on a structural change", async () => {
    // Same seed, 20 steps: with lr changed live at step 10 the run must differ from an
    // uninterrupted one from step 11 on, but match it up to step 10.
    const twoPhase = async (lr2: number) => {
      const h = harness();
      await h.session.handle({ type: "init", model: "mlp-xnor", settings: mlpDefaults() });
      await h.session.handle({ type: "step", count: 10 });
      await h.session.handle({ type: "set", settings: { learningRate: lr2 } });
      await h.session.handle({ type: "step", count: 10 });
      return h.losses();
    };
    const same = await twoPhase(0.05);
    const changed = await twoPhase(0.2);
    // Loss at step k is measured before update k, so the new rate shows from step 12.
    expect(changed.slice(0, 11)).toEqual(same.slice(0, 11));
    expect(changed[11]).not.toEqual(same[11]);

    // A rebuilt Adam's first update moves every weight by almost exactly lr (m̂/√v̂ = ±1);
    // with its moments kept, the step after the change does not.
    const setup = await createModel("mlp-xnor", mlpDefaults());
    await setup.trainable.run(10);
    const before = (await setup.trainable.view()).params!;
    setup.trainable.setLive({ learningRate: 0.2 });
    await setup.trainable.run(1);
    const after = (await setup.trainable.view()).params!;
    setup.trainable.dispose();
    const moves = Object.keys(before).flatMap((k) => before[k].map((v, i) => Math.abs(after[k][i] - v)));
    expect(moves.some((m) => Math.abs(m - 0.2) > 0.02)).toBe(true);
    expect(Math.max(...moves)).toBeGreaterThan(0.01);

    const h = harness();
    await h.session.handle({ type: "init", model: "mlp-xnor", settings: mlpDefaults() });
    await h.session.handle({ type: "step", count: 5 });
    await h.session.handle({ type: "reset", settings: { ...mlpDefaults(), hiddenUnits: 8 } });
    const rebuilt = h.reports.at(-1)!;
    expect(rebuilt.type === "progress" && rebuilt.view.step).toBe(0);
    expect(rebuilt.type === "progress" && rebuilt.view.params?.["layer1.kernel"]).toHaveLength(16);
  });

  it("returns exactly to the tensor baseline over 10 reset cycles", async () => {
    const h = harness();
    await h.session.handle({ type: "init", model: "mlp-xnor", settings: mlpDefaults() });
    await h.session.handle({ type: "memory" });
    const first = h.reports.at(-1)!;
    for (let cycle = 0; cycle < 10; cycle++) {
      await h.session.handle({ type: "step", count: 20 });
      await h.session.handle({ type: "reset", settings: mlpDefaults() });
    }
    await h.session.handle({ type: "memory" });
    const last = h.reports.at(-1)!;
    expect(first.type).toBe("memory");
    expect(last.type === "memory" && last.numTensors).toBe(first.type === "memory" && first.numTensors);
  });

  it("reports the high-water mark of tensors and bytes since the model was built", async () => {
    const h = harness();
    await h.session.handle({ type: "init", model: "mlp-xnor", settings: mlpDefaults() });
    await h.session.handle({ type: "step", count: 3 });
    await h.session.handle({ type: "memory" });
    const m = h.reports.at(-1)!;
    if (m.type !== "memory") throw new Error(`expected a memory report, got ${m.type}`);
    // The model's weights, Adam's two moments per weight and the data are all alive at a chunk's end.
    expect(m.peakTensors).toBeGreaterThanOrEqual(m.numTensors);
    expect(m.peakTensors).toBeGreaterThan(m.baseline + 4);
    expect(m.peakBytes).toBeGreaterThanOrEqual(m.numBytes);
    expect(m.peakBytes).toBeGreaterThan(0);
  });

  it("stops a diverging run, names the step and suggests a lower learning rate", async () => {
    // Gradient descent on L(w) = w² with η = 5: w ← (1 − 2η)w = −9w, which overflows float32.
    const bowl = (lr: number): Trainable => {
      const w = tf.variable(tf.scalar(1));
      let step = 0;
      return {
        async run(count) {
          const losses: number[] = [];
          for (let k = 0; k < count; k++) {
            const loss = tf.tidy(() => { w.assign(tf.sub(w, tf.mul(tf.mul(w, 2), lr))); return tf.square(w); });
            losses.push((await loss.data())[0]);
            loss.dispose();
          }
          return { points: losses.map((loss) => ({ step: ++step, loss })), converged: false };
        },
        async view() { return { step }; },
        setLive() {},
        dispose() { w.dispose(); },
      };
    };
    const h = harness({ factory: (_id, s) => ({ trainable: bowl(Number(s.learningRate)) }) });
    await h.session.handle({ type: "init", model: "mlp-xnor", settings: { ...mlpDefaults(), learningRate: 5 } });
    await h.session.handle({ type: "train" });
    const diverged = await h.until((r) => r.type === "progress" && r.status === "diverged");
    expect(diverged.type === "progress" && diverged.message).toMatch(/at step \d+.*lower learning rate/);
    expect(h.losses().every(Number.isFinite)).toBe(true);
    await h.session.handle({ type: "train" });
    expect(h.reports.at(-1)).toBe(diverged); // Train is refused until Reset
  });
});

describe("the models", () => {
  it("build the shapes their widgets draw", async () => {
    for (const id of ["perceptron-iris", "perceptron-xnor", "mlp-xnor"] as const) {
      const setup = await createModel(id, defaults(widgetCatalog[id].schema));
      const view = await setup.trainable.view();
      expect(view.grid?.values).toHaveLength(view.grid!.size ** 2);
      setup.trainable.dispose();
    }
  });
});
