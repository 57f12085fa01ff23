/**
 * The optimizers chapter's checkable numbers, computed by the same code the
 * widgets run (same surfaces, same defaults, same seed).
 */
import { defaults } from "../../hyperparams/schema";
import { batchSizeSchema, optimizerRaceSchema } from "../../hyperparams/optimizers";
import { irisVersicolorVirginica } from "../../data/irisPetals";
import { createModel } from "../models";
import { createRace, type RacerSummary } from "../optimizers/race";
import { criticalLearningRate, hessianEigenvalues, surfaces, type SurfaceName } from "../optimizers/surfaces";
import type { Fact } from "./fact";

const int = (v: number): Fact => ({ value: v, text: v.toLocaleString("en-US") });
const fixed = (v: number, digits: number): Fact => ({ value: v, text: v.toFixed(digits) });

/** Races on `surface` with the widget's defaults (or `learningRate`) until it ends or `limit` steps pass. */
export async function raceToEnd(surface: SurfaceName, limit: number, learningRate?: number): Promise<readonly RacerSummary[]> {
  const d = defaults(optimizerRaceSchema);
  const race = createRace({
    surface: surfaces[surface],
    learningRate: learningRate ?? Number(d.learningRate),
    momentum: Number(d.momentum),
    maxSteps: limit,
  });
  try {
    for (let steps = 0; steps < limit; steps += 100) {
      if ((await race.run(Math.min(100, limit - steps))).converged) break;
    }
    return race.racers();
  } finally {
    race.dispose();
  }
}

/** Trains the batch-size widget's model with its defaults and `batchSize`; returns steps and final loss. */
async function batchRun(batchSize: string): Promise<{ steps: number; loss: number }> {
  const setup = await createModel("batch-size", { ...defaults(batchSizeSchema), batchSize });
  try {
    let last = { steps: 0, loss: NaN };
    for (;;) {
      const r = await setup.trainable.run(500);
      const p = r.points.at(-1);
      if (p) last = { steps: p.step, loss: p.loss };
      if (r.converged) return last;
    }
  } finally {
    setup.trainable.dispose();
  }
}

const arrival = (racers: readonly RacerSummary[], name: string): number => {
  const r = racers.find((q) => q.name === name);
  if (r?.arrivedAt === undefined) throw new Error(`${name} should reach the tolerance with the default settings`);
  return r.arrivedAt;
};

/** Every fact the optimizers chapter cites. */
export async function optimizersFacts(): Promise<Record<string, Fact>> {
  const quad = surfaces.quadratic;
  const [lambdaMin, lambdaMax] = hessianEigenvalues(quad, 0, 0);
  const critical = criticalLearningRate(quad);
  const d = defaults(optimizerRaceSchema);
  const momentum = Number(d.momentum);
  const above = Number((critical * 1.1).toPrecision(2));
  const race = await raceToEnd("quadratic", 3000);
  const over = await raceToEnd("quadratic", 200, above);
  const sgdOver = over.find((r) => r.name === "sgd");
  if (sgdOver?.divergedAt === undefined) throw new Error("SGD should diverge just above the critical learning rate");
  const saddle = await raceToEnd("saddle", 3000);
  const n = irisVersicolorVirginica().n;
  const [b1, b32, bFull] = [await batchRun("1"), await batchRun("32"), await batchRun("full")];
  const facts: Record<string, Fact> = {
    "optimizers.quad.lambdaMin": int(Math.round(lambdaMin)),
    "optimizers.quad.lambdaMax": int(Math.round(lambdaMax)),
    "optimizers.quad.kappa": int(Math.round(lambdaMax / lambdaMin)),
    "optimizers.quad.critical": { value: critical, text: String(Number(critical.toPrecision(3))) },
    "optimizers.quad.momentumCritical": fixed((2 * (1 + momentum)) / lambdaMax, 2),
    "optimizers.quad.above": { value: above, text: String(above) },
    "optimizers.quad.sgdDivergesAt": int(sgdOver.divergedAt),
    "optimizers.default.lr": { value: Number(d.learningRate), text: String(d.learningRate) },
    "optimizers.default.momentum": { value: momentum, text: String(momentum) },
    "optimizers.rosenbrock.critical": { value: criticalLearningRate(surfaces.rosenbrock), text: criticalLearningRate(surfaces.rosenbrock).toPrecision(3) },
    "optimizers.batch.n": int(n),
    "optimizers.batch.epochs": int(Number(defaults(batchSizeSchema).epochs)),
    "optimizers.batch.lr": { value: Number(defaults(batchSizeSchema).learningRate), text: String(defaults(batchSizeSchema).learningRate) },
    "optimizers.batch.steps1": int(b1.steps),
    "optimizers.batch.steps32": int(b32.steps),
    "optimizers.batch.stepsFull": int(bFull.steps),
    "optimizers.batch.loss1": fixed(b1.loss, 3),
    "optimizers.batch.loss32": fixed(b32.loss, 3),
    "optimizers.batch.lossFull": fixed(bFull.loss, 3),
  };
  for (const name of ["sgd", "momentum", "rmsprop", "adam"]) {
    facts[`optimizers.quad.steps.${name}`] = int(arrival(race, name));
    facts[`optimizers.saddle.steps.${name}`] = int(arrival(saddle, name));
  }
  return facts;
}
