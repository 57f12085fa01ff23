import * as tf from "@tensorflow/tfjs-core";
import { beforeAll, describe, expect, it } from "vitest";
import { defaults } from "../../src/hyperparams/schema";
import { batchSizeSchema, optimizerRaceSchema } from "../../src/hyperparams/optimizers";
import { createModel } from "../../src/ml/models";
import { createRace, type RacerSummary } from "../../src/ml/optimizers/race";
import { criticalLearningRate, QUAD_B, surfaces, surfaceValue } from "../../src/ml/optimizers/surfaces";
import { thinTrajectory } from "../../src/ml/optimizers/trajectory";
import { createOptimizer, setLearningRate } from "../../src/ml/optimizers";
import { useCpu } from "./tfCpu";

beforeAll(useCpu);

const quad = surfaces.quadratic;
/** ∇f of ½(x² + 20y²), by hand. */
const gradQuad = (x: number, y: number): [number, number] => [x, QUAD_B * y];

/** Runs a race for `steps` steps and returns where each racer is. */
async function raceSteps(steps: number, learningRate: number, momentum = 0.9, surface = quad): Promise<Record<string, RacerSummary>> {
  const race = createRace({ surface, learningRate, momentum, maxSteps: 100_000, tolerance: -1 });
  try {
    await race.run(steps);
    return Object.fromEntries(race.racers().map((r) => [r.name, r]));
  } finally {
    race.dispose();
  }
}

describe("each optimizer's update rule, against steps computed by hand on f = ½(x² + 20y²) from (−4, 1.5)", () => {
  // The gradient at the start is (−4, 30); η = 0.08 throughout.
  it("SGD: θ₁ = θ₀ − η∇f = (−3.68, −0.9)", async () => {
    const r = await raceSteps(1, 0.08);
    expect(r.sgd.position[0]).toBeCloseTo(-3.68, 5);
    expect(r.sgd.position[1]).toBeCloseTo(-0.9, 5);
  });

  it("momentum: v₁ = g₁, v₂ = βv₁ + g₂, θ₂ = (−3.0976, −1.62)", async () => {
    // θ₁ = (−3.68, −0.9); g₂ = (−3.68, −18); v₂ = 0.9·(−4, 30) + g₂ = (−7.28, 9); θ₂ = θ₁ − 0.08·v₂.
    const r = await raceSteps(2, 0.08);
    expect(r.momentum.position[0]).toBeCloseTo(-3.0976, 4);
    expect(r.momentum.position[1]).toBeCloseTo(-1.62, 4);
  });

  it("RMSProp: s₁ = 0.1·g², step η·g/√s₁ = η/√0.1 per coordinate", async () => {
    const r = await raceSteps(1, 0.08);
    const step = 0.08 / Math.sqrt(0.1);   // 0.25298…, the same for both coordinates whatever |g|
    expect(r.rmsprop.position[0]).toBeCloseTo(-4 + step, 5);
    expect(r.rmsprop.position[1]).toBeCloseTo(1.5 - step, 5);
  });

  it("Adam: the bias-corrected first step moves every coordinate by η, to (−3.92, 1.42)", async () => {
    const r = await raceSteps(1, 0.08);
    expect(r.adam.position[0]).toBeCloseTo(-3.92, 5);
    expect(r.adam.position[1]).toBeCloseTo(1.42, 5);
  });

  it("Adam: five steps match the formulas with bias correction (β₁ 0.9, β₂ 0.999, ε 1e-7)", async () => {
    let [x, y] = quad.start as [number, number];
    const m = [0, 0], v = [0, 0];
    for (let t = 1; t <= 5; t++) {
      const g = gradQuad(x, y);
      const next = [x, y].map((p, i) => {
        m[i] = 0.9 * m[i] + 0.1 * g[i];
        v[i] = 0.999 * v[i] + 0.001 * g[i] ** 2;
        const mHat = m[i] / (1 - 0.9 ** t), vHat = v[i] / (1 - 0.999 ** t);
        return p - (0.08 * mHat) / (Math.sqrt(vHat) + 1e-7);
      });
      [x, y] = next;
    }
    const r = await raceSteps(5, 0.08);
    expect(r.adam.position[0]).toBeCloseTo(x, 4);
    expect(r.adam.position[1]).toBeCloseTo(y, 4);
    // Without the correction the first step alone would be 0.1/√0.001 ≈ 3.16 times longer: not what ran.
    expect(Math.abs(r.adam.position[0] - (-4 + 5 * 0.08 * 3.16))).toBeGreaterThan(0.5);
  });

  it("momentum with β = 0 follows plain gradient descent exactly", async () => {
    const r = await raceSteps(20, 0.08, 0);
    expect(r.momentum.position).toEqual(r.sgd.position);
  });
});

describe("live settings keep optimizer state and take effect", () => {
  it("a new learning rate changes SGD's next step (TF.js's SGD multiplies by a tensor made once)", () => {
    const x = tf.variable(tf.scalar(2));
    const opt = createOptimizer("sgd", 0.5);
    setLearningRate(opt, 0.1);
    opt.minimize(() => tf.square(x) as tf.Scalar, false, [x]);   // x ← 2 − 0.1·4
    expect(x.dataSync()[0]).toBeCloseTo(1.6, 6);
    opt.dispose(); x.dispose();
  });

  it("a new momentum β applies from the next step (setLive on the race)", async () => {
    const race = createRace({ surface: quad, learningRate: 0.08, momentum: 0.9, tolerance: -1 });
    race.setLive({ momentum: 0 });
    await race.run(10);
    const [sgd, momentum] = race.racers();
    expect(momentum.position).toEqual(sgd.position);
    race.dispose();
  });
});

describe("the critical learning rate 2/λ_max", () => {
  it("is 2/20 = 0.1 for the widget's quadratic", () => {
    expect(criticalLearningRate(quad)).toBeCloseTo(2 / QUAD_B, 6);
  });

  it("SGD converges just below it and diverges just above it", async () => {
    const critical = criticalLearningRate(quad);
    const below = await raceSteps(300, critical * 0.95);
    expect(below.sgd.divergedAt).toBeUndefined();
    expect(below.sgd.loss).toBeLessThan(1e-3);
    const above = await raceSteps(300, critical * 1.05);
    expect(above.sgd.divergedAt).toBeGreaterThan(0);
  });

  it("just above it, momentum, RMSProp and Adam keep going (as the chapter says)", async () => {
    const r = await raceSteps(200, criticalLearningRate(quad) * 1.1);
    expect(r.sgd.divergedAt).toBeGreaterThan(0);
    for (const name of ["momentum", "rmsprop", "adam"]) expect(r[name].divergedAt, name).toBeUndefined();
  });

  it("the race reports the best running loss, and an infinite loss only when all four diverged", async () => {
    const race = createRace({ surface: quad, learningRate: 1, momentum: 0.99, tolerance: -1 });
    const result = await race.run(400);
    const fates = race.racers().map((r) => r.divergedAt !== undefined);
    race.dispose();
    const last = result.points.at(-1)!;
    if (fates.every(Boolean)) expect(last.loss).toBe(Infinity);
    else expect(Number.isFinite(last.loss)).toBe(true);
    // SGD at η = 1 (ten times the critical rate) must be among the diverged.
    expect(fates[0]).toBe(true);
  });
});

describe("surfaces and trajectories", () => {
  it("each surface is 0 at its minimum and positive at the start", () => {
    for (const s of Object.values(surfaces)) {
      expect(surfaceValue(s, s.minimum[0], s.minimum[1])).toBeCloseTo(0, 12);
      expect(surfaceValue(s, s.start[0], s.start[1])).toBeGreaterThan(0);
    }
  });

  it("on the saddle, RMSProp escapes first (as the chapter says)", async () => {
    const race = createRace({ surface: surfaces.saddle, learningRate: Number(defaults(optimizerRaceSchema).learningRate), momentum: 0.9 });
    for (let k = 0; k < 10; k++) if ((await race.run(50)).converged) break;
    const arrived = Object.fromEntries(race.racers().map((r) => [r.name, r.arrivedAt ?? Infinity]));
    race.dispose();
    expect(arrived.rmsprop).toBeLessThan(Math.min(arrived.sgd, arrived.momentum, arrived.adam));
  });

  it("thinning keeps both ends and at most the asked number of points", () => {
    const path = Array.from({ length: 2000 }, (_, i) => i);
    const thin = thinTrajectory(path, 100);
    expect(thin.length).toBe(200);
    expect(thin.slice(0, 2)).toEqual([0, 1]);
    expect(thin.slice(-2)).toEqual([1998, 1999]);
  });
});

describe("batch size on Iris", () => {
  const settings = (over: Record<string, string | number>) => ({ ...defaults(batchSizeSchema), ...over });

  async function losses(over: Record<string, string | number>, steps: number) {
    const setup = await createModel("batch-size", settings(over));
    const r = await setup.trainable.run(steps);
    setup.trainable.dispose();
    return r.points;
  }

  it("the same seed gives the same mini-batch order and losses; another seed another", async () => {
    const a = await losses({ batchSize: "1", seed: 3 }, 60);
    const b = await losses({ batchSize: "1", seed: 3 }, 60);
    const c = await losses({ batchSize: "1", seed: 4 }, 60);
    expect(a.map((p) => p.extra?.batchLoss)).toEqual(b.map((p) => p.extra?.batchLoss));
    expect(a.map((p) => p.loss)).not.toEqual(c.map((p) => p.loss));
  });

  it("the full batch does not depend on the seed", async () => {
    const a = await losses({ batchSize: "full", seed: 3 }, 10);
    const b = await losses({ batchSize: "full", seed: 4 }, 10);
    expect(a.map((p) => p.loss)).toEqual(b.map((p) => p.loss));
  });

  it("the training loss falls below ln 2 (the loss at w = 0) for every batch size, stops after the epochs, and Train on adds one", async () => {
    for (const batchSize of ["1", "32", "full"]) {
      const setup = await createModel("batch-size", settings({ batchSize, epochs: 2 }));
      const r = await setup.trainable.run(1000);
      const more = await setup.trainable.run(1000); // Train on after the last epoch: one more epoch
      setup.trainable.dispose();
      expect(r.converged, batchSize).toBe(true);
      expect(more.points.length, batchSize).toBe(Math.ceil(3 * (100 / (batchSize === "full" ? 100 : Number(batchSize)))) - r.points.length);
      expect(more.message, batchSize).toMatch(/^Trained for 3 epochs/);
      expect(r.points.length).toBe(Math.ceil(2 * (100 / (batchSize === "full" ? 100 : Number(batchSize)))));
      expect(r.points.at(-1)!.loss, batchSize).toBeLessThan(Math.log(2) - 0.05);
      expect(r.points.at(-1)!.extra?.epoch).toBeCloseTo(r.points.length / (100 / (batchSize === "full" ? 100 : Number(batchSize))), 6);
    }
  });

  it("batch size 1 is noisier step to step than the full batch", async () => {
    const roughness = (ls: number[]) => ls.slice(1).reduce((s, l, i) => s + Math.abs(l - ls[i]), 0) / (ls.length - 1);
    const one = (await losses({ batchSize: "1", epochs: 1 }, 100)).map((p) => p.extra!.batchLoss);
    const full = (await losses({ batchSize: "full", epochs: 100 }, 100)).map((p) => p.extra!.batchLoss);
    expect(roughness(one)).toBeGreaterThan(10 * roughness(full));
  });
});

describe("tensors", () => {
  it("every model of the chapter frees what it made: the count returns to its baseline", async () => {
    const baseline = tf.memory().numTensors;
    for (const [id, schema] of [["optimizer-race", optimizerRaceSchema], ["batch-size", batchSizeSchema]] as const) {
      const variants: Record<string, string | number>[] = id === "optimizer-race"
        ? [{ surface: "quadratic" }, { surface: "rosenbrock", learningRate: 1 }]
        : [{ optimizer: "adam" }, { optimizer: "momentum", batchSize: "1" }];
      for (const extra of variants) {
        const setup = await createModel(id, { ...defaults(schema), ...extra });
        await setup.trainable.run(15);
        setup.trainable.setLive({ learningRate: 0.01, momentum: 0.5 });
        await setup.trainable.run(5);
        await setup.trainable.view();
        setup.trainable.dispose();
      }
    }
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
