/**
 * The logistic-regression chapter's checkable numbers, computed by the code the
 * widgets run (same data, same defaults, same seed). scripts/facts.ts writes
 * them to src/content/facts.json.
 */
import { irisPetalsThreeSpecies } from "../../data/irisSpecies";
import { adelieChinstrap } from "../../data/penguins";
import { logregPenguinsSchema, softmaxIrisSchema } from "../../hyperparams/logistic-regression";
import { defaults, type Settings } from "../../hyperparams/schema";
import { seed004 } from "../logistic-regression/seed004";
import { createModel } from "../models";
import type { ModelView, StepMetrics } from "../trainable";
import type { Fact } from "./fact";

const MINUS = "−";

/** A signed decimal with a real minus sign. */
function decimal(v: number, digits: number): string {
  const s = Math.abs(v).toFixed(digits);
  return v < 0 && Number(s) !== 0 ? `${MINUS}${s}` : s;
}

/** "−2/3" when v is a fraction with a small denominator (to float32 precision), else a decimal. */
function fraction(v: number): string {
  for (let q = 1; q <= 12; q++) {
    const p = Math.round(v * q);
    if (Math.abs(v - p / q) < 1e-6) {
      const sign = p < 0 ? MINUS : "";
      return q === 1 ? `${sign}${Math.abs(p)}` : `${sign}${Math.abs(p)}/${q}`;
    }
  }
  return decimal(v, 4);
}

const fact = (value: number, text: string): Fact => ({ value, text });
const pct = (v: number) => fact(v, `${(100 * v).toFixed(1)} %`);

/**
 * Runs a widget's model from `settings` until "done" or `limit` steps. Returns the
 * step at which it converged (the first step whose gradient was below the model's
 * tolerance) or `limit`, the loss and accuracy there, and the final view.
 */
async function run(id: string, settings: Settings, limit: number, thresholds: readonly number[] = []) {
  const setup = await createModel(id, settings);
  const points: StepMetrics[] = [];
  let converged = false;
  while (!converged && points.length < limit) {
    const r = await setup.trainable.run(Math.min(50, limit - points.length));
    points.push(...r.points);
    converged = r.converged;
  }
  const at = converged ? points.findIndex((p) => (p.extra?.gradientNorm ?? Infinity) < 1e-4) : points.length - 1;
  const view = await setup.trainable.view();
  const views: ModelView[] = [];
  for (const t of thresholds) {
    setup.trainable.setLive({ threshold: t });
    views.push(await setup.trainable.view());
  }
  setup.trainable.dispose();
  const p = points[at];
  return { steps: p.step, converged, loss: p.loss, accuracy: p.accuracy ?? NaN, view, at: views };
}

const extra = (v: ModelView, key: string) => Number(v.extra?.[key]);

/** Every fact the logistic-regression chapter cites. */
export async function logisticRegressionFacts(): Promise<Record<string, Fact>> {
  const key = (name: string) => `logistic-regression.${name}`;
  const s = seed004();
  const birds = adelieChinstrap();
  const positives = Array.from(birds.y).filter((v) => v > 0).length;
  const negatives = birds.n - positives;

  const base = defaults(logregPenguinsSchema);
  const good = await run("logreg-penguins", base, 20_000, [0.25, 0.75]);
  if (!good.converged) throw new Error("logistic regression should converge on the penguins with the default settings");
  const [low, high] = good.at;
  const pitfallSteps = 1000;
  const bad = await run("logreg-penguins", { ...base, labels: "pm1" }, pitfallSteps);
  const soft = await run("softmax-iris", defaults(softmaxIrisSchema), 20_000);
  if (!soft.converged) throw new Error("softmax regression should converge on Iris with the default settings");
  const drift = (negatives - positives) / birds.n;

  const facts: Record<string, Fact> = {
    "seed004.loss": fact(s.loss, s.loss.toFixed(3)),
    "seed004.dw1": fact(s.dw[0], fraction(s.dw[0])),
    "seed004.dw2": fact(s.dw[1], fraction(s.dw[1])),
    "seed004.db": fact(s.db, fraction(s.db)),
    "seed004.w1After": fact(s.wAfter[0], decimal(s.wAfter[0], 5)),
    "seed004.w2After": fact(s.wAfter[1], decimal(s.wAfter[1], 5)),
    "seed004.bAfter": fact(s.bAfter, decimal(s.bAfter, 5)),
    "seed004.lossAfter": fact(s.lossAfter, s.lossAfter.toFixed(4)),

    "penguins.n": fact(birds.n, String(birds.n)),
    "penguins.adelie": fact(negatives, String(negatives)),
    "penguins.chinstrap": fact(positives, String(positives)),

    "default.steps": fact(good.steps, String(good.steps)),
    "default.loss": fact(good.loss, good.loss.toFixed(3)),
    "default.accuracy": pct(extra(good.view, "accuracy")),
    "default.tp": fact(extra(good.view, "tp"), String(extra(good.view, "tp"))),
    "default.fp": fact(extra(good.view, "fp"), String(extra(good.view, "fp"))),
    "default.fn": fact(extra(good.view, "fn"), String(extra(good.view, "fn"))),
    "default.tn": fact(extra(good.view, "tn"), String(extra(good.view, "tn"))),
    "default.precision": fact(extra(good.view, "precision"), extra(good.view, "precision").toFixed(3)),
    "default.recall": fact(extra(good.view, "recall"), extra(good.view, "recall").toFixed(3)),
    "low.precision": fact(extra(low, "precision"), extra(low, "precision").toFixed(3)),
    "low.recall": fact(extra(low, "recall"), extra(low, "recall").toFixed(3)),
    "high.precision": fact(extra(high, "precision"), extra(high, "precision").toFixed(3)),
    "high.recall": fact(extra(high, "recall"), extra(high, "recall").toFixed(3)),

    "pitfall.steps": fact(pitfallSteps, String(pitfallSteps)),
    "pitfall.loss": fact(bad.loss, decimal(bad.loss, 2)),
    "pitfall.b": fact(bad.view.params!.b[0], decimal(bad.view.params!.b[0], 1)),
    "pitfall.recall": fact(extra(bad.view, "recall"), extra(bad.view, "recall").toFixed(3)),
    "pitfall.drift": fact(drift, drift.toFixed(3)),

    "softmax.n": fact(irisPetalsThreeSpecies().n, String(irisPetalsThreeSpecies().n)),
    "softmax.steps": fact(soft.steps, String(soft.steps)),
    "softmax.loss": fact(soft.loss, soft.loss.toFixed(3)),
    "softmax.accuracy": pct(soft.accuracy),
  };
  return Object.fromEntries(Object.entries(facts).map(([k, v]) => [key(k), v]));
}
