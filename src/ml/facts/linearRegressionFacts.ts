/**
 * The linear-regression chapter's checkable numbers, computed by the code the
 * widgets run (same data, same split, same defaults). scripts/facts.ts writes
 * them to src/content/facts.json; a unit test recomputes and compares.
 */
import { carCount } from "../../data/cars";
import { carsLinearProblem, carsPolynomialProblem, HORSEPOWER_DOMAIN } from "../../data/carsProblems";
import { originalCoefficients, type Scaling } from "../../data/scaling";
import { linregCarsSchema, polyfitCarsSchema } from "../../hyperparams/linear-regression";
import { defaults, type Settings } from "../../hyperparams/schema";
import { closedForm } from "../linear-regression/models";
import { conditioning } from "../linear-regression/normalEquations";
import { seed004ArticlePredictions, seed004NormalEquations, seed004Solution, seed004WithIntercept } from "../linear-regression/seed004";
import { validationCurve } from "../linear-regression/validationCurve";
import { createModel } from "../models";
import type { Fact } from "./fact";

const MINUS = "−";

/** A decimal with a real minus sign and no "−0". */
function decimal(v: number, digits: number): string {
  const s = Math.abs(v).toFixed(digits);
  return v < 0 && Number(s) !== 0 ? `${MINUS}${s}` : s;
}

/** Thousands separated by commas: 20,000. */
const whole = (v: number) => Math.round(v).toLocaleString("en-US");

/** About three significant figures, as words a reader can say: 12.6, 32,400, 1.3 × 10⁸. */
function sig(v: number, digits = 3): string {
  if (Math.abs(v) >= 1e6 || (Math.abs(v) < 1e-3 && v !== 0)) {
    const e = Math.floor(Math.log10(Math.abs(v)));
    const sup: Record<string, string> = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };
    return `${decimal(v / 10 ** e, digits - 1)} × 10${String(e).replace(/[-0-9]/g, (c) => sup[c])}`;
  }
  const rounded = Number(v.toPrecision(digits));
  return Math.abs(rounded) >= 1000 ? whole(rounded) : decimal(rounded, Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(rounded) || 1))));
}

const fact = (value: number, text: string): Fact => ({ value, text });

/**
 * Runs the linear-regression widget's model with these settings for at most
 * `limit` steps, `chunk` at a time (1 to learn the exact step it converges at).
 */
async function runLinreg(settings: Settings, limit: number, chunk = 500) {
  const setup = await createModel("linreg-cars", { ...defaults(linregCarsSchema), ...settings });
  let steps = 0, converged = false, distance = NaN, startDistance = NaN, loss = NaN, testLoss = NaN, firstDiverged: number | undefined;
  while (!converged && steps < limit && firstDiverged === undefined) {
    const r = await setup.trainable.run(Math.min(chunk, limit - steps));
    for (const p of r.points) {
      if (!Number.isFinite(p.loss)) { firstDiverged = p.step; break; }
      steps = p.step;
      loss = p.loss;
      distance = p.extra?.distance ?? NaN;
      if (p.step === 1) startDistance = distance;
      testLoss = p.extra?.testLoss ?? NaN;
    }
    converged = r.converged;
  }
  setup.trainable.dispose();
  return { steps, converged, distance, startDistance, loss, testLoss, firstDiverged };
}

function seed004Facts(): Record<string, Fact> {
  const { xtx, xty } = seed004NormalEquations();
  const { w, det } = seed004Solution();
  const article = seed004ArticlePredictions();
  const intercept = seed004WithIntercept();
  const p = "linear-regression.seed004";
  return {
    [`${p}.xtx11`]: fact(xtx[0][0], String(xtx[0][0])),
    [`${p}.xtx12`]: fact(xtx[0][1], String(xtx[0][1])),
    [`${p}.xtx22`]: fact(xtx[1][1], String(xtx[1][1])),
    [`${p}.xty1`]: fact(xty[0], String(xty[0])),
    [`${p}.xty2`]: fact(xty[1], String(xty[1])),
    [`${p}.det`]: fact(det, String(det)),
    [`${p}.w1`]: fact(w[0], decimal(w[0], 0)),
    [`${p}.w2`]: fact(w[1], decimal(w[1], 0)),
    [`${p}.articleFit1`]: fact(article.fitted[0], decimal(article.fitted[0], 2)),
    [`${p}.articleFit2`]: fact(article.fitted[1], decimal(article.fitted[1], 2)),
    [`${p}.articleFit3`]: fact(article.fitted[2], decimal(article.fitted[2], 2)),
    [`${p}.interceptEigenvalue`]: fact(intercept.smallestEigenvalue, decimal(intercept.smallestEigenvalue, 0)),
    [`${p}.minNormW1`]: fact(intercept.minNorm[0], decimal(intercept.minNorm[0], 0)),
    [`${p}.minNormW2`]: fact(intercept.minNorm[1], decimal(intercept.minNorm[1], 0)),
    [`${p}.minNormB`]: fact(intercept.minNorm[2], decimal(intercept.minNorm[2], 0)),
  };
}

function carsFacts(): Record<string, Fact> {
  const p = "linear-regression.cars";
  const both = carsLinearProblem("both", "feature");
  const weight = carsLinearProblem("weight", "feature");
  const cfBoth = closedForm(both), cfWeight = closedForm(weight);
  const ob = originalCoefficients(both.scaling, cfBoth.fit.w, cfBoth.fit.b);
  const ow = originalCoefficients(weight.scaling, cfWeight.fit.w, cfWeight.fit.b);
  const cond = (s: Scaling) => {
    const q = carsLinearProblem("both", s);
    return conditioning(q.train.x, q.train.n, q.d);
  };
  const [cf, c0, cn] = [cond("feature"), cond("seed000"), cond("none")];
  const one = conditioning(weight.train.x, weight.train.n, weight.d);
  const pit = carsLinearProblem("both", "seed000").scaling;
  const rawStd = (j: number) => {
    const { set, split } = both;
    const m = [...split.train].reduce((a, i) => a + set.x[2 * i + j], 0) / split.train.length;
    return Math.sqrt([...split.train].reduce((a, i) => a + (set.x[2 * i + j] - m) ** 2, 0) / split.train.length);
  };
  return {
    [`${p}.n`]: fact(carCount, String(carCount)),
    [`${p}.dropped`]: fact(406 - carCount, String(406 - carCount)),
    [`${p}.train`]: fact(both.train.n, String(both.train.n)),
    [`${p}.test`]: fact(both.test.n, String(both.test.n)),
    [`${p}.weightSlope1000`]: fact(ow.a[0] * 1000, decimal(ow.a[0] * 1000, 2)),
    [`${p}.weightIntercept`]: fact(ow.b0, decimal(ow.b0, 1)),
    [`${p}.weightTrainMse`]: fact(cfWeight.trainMse, decimal(cfWeight.trainMse, 1)),
    [`${p}.weightTestMse`]: fact(cfWeight.testMse, decimal(cfWeight.testMse, 1)),
    [`${p}.weightTestRmse`]: fact(Math.sqrt(cfWeight.testMse), decimal(Math.sqrt(cfWeight.testMse), 1)),
    [`${p}.bothHp100`]: fact(ob.a[0] * 100, decimal(ob.a[0] * 100, 2)),
    [`${p}.bothWeight1000`]: fact(ob.a[1] * 1000, decimal(ob.a[1] * 1000, 2)),
    [`${p}.bothIntercept`]: fact(ob.b0, decimal(ob.b0, 1)),
    [`${p}.bothTrainMse`]: fact(cfBoth.trainMse, decimal(cfBoth.trainMse, 1)),
    [`${p}.bothTestMse`]: fact(cfBoth.testMse, decimal(cfBoth.testMse, 1)),
    [`${p}.kappaFeature`]: fact(cf.kappa, sig(cf.kappa)),
    [`${p}.kappaSeed000`]: fact(c0.kappa, sig(c0.kappa)),
    [`${p}.kappaNone`]: fact(cn.kappa, sig(cn.kappa, 2)),
    [`${p}.etaMaxFeature`]: fact(cf.maxStableRate, decimal(cf.maxStableRate, 2)),
    [`${p}.etaMaxFeatureOne`]: fact(one.maxStableRate, decimal(one.maxStableRate, 2)),
    [`${p}.meanWeight`]: fact(both.scaling.xShift[1], whole(both.scaling.xShift[1])),
    [`${p}.meanHp`]: fact(both.scaling.xShift[0], whole(both.scaling.xShift[0])),
    [`${p}.etaMaxSeed000`]: fact(c0.maxStableRate, decimal(c0.maxStableRate, 2)),
    [`${p}.etaMaxNone`]: fact(cn.maxStableRate, sig(cn.maxStableRate, 2)),
    [`${p}.seed000Mean`]: fact(pit.xShift[0], whole(pit.xShift[0])),
    [`${p}.seed000Std`]: fact(pit.xScale[0], whole(pit.xScale[0])),
    [`${p}.seed000YMean`]: fact(pit.yShift, decimal(pit.yShift, 1)),
    [`${p}.seed000HpStd`]: fact(rawStd(0) / pit.xScale[0], decimal(rawStd(0) / pit.xScale[0], 3)),
    [`${p}.seed000WeightStd`]: fact(rawStd(1) / pit.xScale[1], decimal(rawStd(1) / pit.xScale[1], 2)),
  };
}

async function runFacts(): Promise<Record<string, Fact>> {
  const p = "linear-regression.gd";
  const weight = await runLinreg({}, 5000, 1);
  const both = await runLinreg({ features: "both" }, 5000, 1);
  const pitfallSteps = 2000;
  const pitfall = await runLinreg({ features: "both", scaling: "seed000" }, pitfallSteps);
  const pitfallFast = await runLinreg({ features: "both", scaling: "seed000", learningRate: 0.5 }, 2000);
  const raw = await runLinreg({ features: "both", scaling: "none" }, 100);
  if (!weight.converged || !both.converged) throw new Error("gradient descent should reach the closed form with the default settings");
  if (pitfallFast.firstDiverged === undefined || raw.firstDiverged === undefined) throw new Error("the pitfall at η = 0.5 and raw units at η = 0.1 should diverge");
  return {
    [`${p}.weightSteps`]: fact(weight.steps, whole(weight.steps)),
    [`${p}.bothSteps`]: fact(both.steps, whole(both.steps)),
    [`${p}.pitfallSteps`]: fact(pitfallSteps, whole(pitfallSteps)),
    [`${p}.pitfallDistance`]: fact(pitfall.distance, decimal(pitfall.distance, 2)),
    [`${p}.pitfallStartDistance`]: fact(pitfall.startDistance, decimal(pitfall.startDistance, 2)),
    [`${p}.pitfallLoss`]: fact(pitfall.loss, decimal(pitfall.loss, 2)),
    [`${p}.bothLoss`]: fact(both.loss, decimal(both.loss, 2)),
    [`${p}.pitfallDivergedAt`]: fact(pitfallFast.firstDiverged, whole(pitfallFast.firstDiverged)),
    [`${p}.rawDivergedAt`]: fact(raw.firstDiverged, whole(raw.firstDiverged)),
  };
}

function polyfitFacts(): Record<string, Fact> {
  const p = "linear-regression.poly";
  const s = defaults(polyfitCarsSchema);
  const n = Number(s.trainCount), seed = Number(s.seed), degree = Number(s.degree);
  // The widget's own scale: standardised MSE times the training cars' variance of mpg gives mpg².
  const curve = (l2: number) => validationCurve(n, seed, l2, carsPolynomialProblem(n, seed, 1).yScale ** 2);
  const none = curve(Number(s.l2));
  const ridge = curve(0.01);
  const at = (c: ReturnType<typeof curve>, k: number, which: "trainCurve" | "testCurve") => c[which][c.degrees.indexOf(k)];
  const bestIndex = none.testCurve.indexOf(Math.min(...none.testCurve));
  return {
    [`${p}.n`]: fact(n, String(n)),
    [`${p}.degree`]: fact(degree, String(degree)),
    [`${p}.domainLo`]: fact(HORSEPOWER_DOMAIN[0], String(HORSEPOWER_DOMAIN[0])),
    [`${p}.domainHi`]: fact(HORSEPOWER_DOMAIN[1], String(HORSEPOWER_DOMAIN[1])),
    [`${p}.bestDegree`]: fact(none.degrees[bestIndex], String(none.degrees[bestIndex])),
    [`${p}.train1`]: fact(at(none, 1, "trainCurve"), decimal(at(none, 1, "trainCurve"), 1)),
    [`${p}.test1`]: fact(at(none, 1, "testCurve"), decimal(at(none, 1, "testCurve"), 1)),
    [`${p}.train2`]: fact(at(none, 2, "trainCurve"), decimal(at(none, 2, "trainCurve"), 1)),
    [`${p}.test2`]: fact(at(none, 2, "testCurve"), decimal(at(none, 2, "testCurve"), 1)),
    [`${p}.trainDefault`]: fact(at(none, degree, "trainCurve"), decimal(at(none, degree, "trainCurve"), 1)),
    [`${p}.testDefault`]: fact(at(none, degree, "testCurve"), whole(at(none, degree, "testCurve"))),
    [`${p}.ridgeTrainDefault`]: fact(at(ridge, degree, "trainCurve"), decimal(at(ridge, degree, "trainCurve"), 1)),
    [`${p}.ridgeTestDefault`]: fact(at(ridge, degree, "testCurve"), decimal(at(ridge, degree, "testCurve"), 1)),
  };
}

/** Every fact the linear-regression chapter cites. */
export async function linearRegressionFacts(): Promise<Record<string, Fact>> {
  return { ...seed004Facts(), ...carsFacts(), ...(await runFacts()), ...polyfitFacts() };
}
