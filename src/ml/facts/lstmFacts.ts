/**
 * The RNN/LSTM chapter's checkable numbers: the CO₂ data and its baselines, the
 * adding problem's baseline, the vanishing-gradient factors, the tiny LSTM step
 * and the self-attention example, all computed by the code the widgets run.
 * Nothing here trains a network (facts must be fast); what training reaches is
 * shown live by the widgets.
 */
import { co2Series, decimalYear, fitScaling, HOLDOUT_MONTHS } from "../../data/co2";
import { ADDING_BASELINE_MSE, createAddingTask } from "../../data/longRangeTasks";
import { defaults } from "../../hyperparams/schema";
import { lstmCo2Schema, rnnVsLstmSchema } from "../../hyperparams/lstm";
import * as tf from "../tf";
// For its side effect: tfjs-layers registers every core op's gradient (as in src/ml/optimizers/race.ts).
import "@tensorflow/tfjs-layers";
import { fitLine, linearTrendForecast, repeatLastYearForecast, rmse, seasonalAmplitude } from "../lstm/co2Forecast";
import { runLstm, sigmoid } from "../lstm/lstmCell";
import { ATTENTION_EXAMPLE, selfAttention, TINY_INPUTS, TINY_LSTM } from "../lstm/workedExamples";
import type { Fact } from "./fact";

const fixed = (value: number, digits: number): Fact => ({ value, text: value.toFixed(digits) });
const count = (value: number): Fact => ({ value, text: String(value) });
/** −0.5 as "−0.5" with a true minus sign, for tables of signed numbers. */
const signed = (value: number, digits: number): Fact => ({ value, text: value.toFixed(digits).replace(/^-/, "−").replace(/^−(0\.0*)$/, "$1") });

function co2Facts(): Record<string, Fact> {
  const series = co2Series();
  const months = series.ppm.length;
  const trainEnd = months - HOLDOUT_MONTHS;
  const train = series.ppm.subarray(0, trainEnd), tail = series.ppm.subarray(trainEnd);
  const level = fitScaling(train, "level");
  const change = fitScaling(train, "change");
  const trainMax = Math.max(...train), tailMax = Math.max(...tail);
  const d = defaults(lstmCo2Schema);
  return {
    "lstm.co2Months": count(months),
    "lstm.co2StartYear": count(series.start[0]),
    "lstm.co2EndYear": count(Math.floor(decimalYear(series, months - 1))),
    "lstm.co2Filled": count(series.interpolated.length),
    "lstm.co2FirstPpm": fixed(series.ppm[0], 1),
    "lstm.co2LastPpm": fixed(series.ppm[months - 1], 1),
    "lstm.trainMonths": count(trainEnd),
    "lstm.holdoutMonths": count(HOLDOUT_MONTHS),
    "lstm.holdoutYears": count(HOLDOUT_MONTHS / 12),
    "lstm.holdoutStartYear": count(Math.floor(decimalYear(series, trainEnd))),
    "lstm.trainMean": fixed(level.centre, 1),
    "lstm.trainStd": fixed(level.spread, 1),
    "lstm.trainMaxPpm": fixed(trainMax, 1),
    "lstm.tailMaxPpm": fixed(tailMax, 1),
    "lstm.trainMaxZ": fixed((trainMax - level.centre) / level.spread, 2),
    "lstm.tailMaxZ": fixed((tailMax - level.centre) / level.spread, 2),
    "lstm.changeSpread": fixed(change.spread, 2),
    "lstm.trainGrowth": fixed(12 * fitLine(train)[1], 2),
    "lstm.lastTrainDecadeGrowth": fixed(12 * fitLine(train.subarray(trainEnd - 120))[1], 2),
    "lstm.tailGrowth": fixed(12 * fitLine(tail)[1], 2),
    "lstm.truthSeason": fixed(seasonalAmplitude(tail), 1),
    "lstm.trendRmse": fixed(rmse(linearTrendForecast(train, HOLDOUT_MONTHS), tail), 1),
    "lstm.lastYearRmse": fixed(rmse(repeatLastYearForecast(train, HOLDOUT_MONTHS), tail), 1),
    "lstm.co2LookBack": count(Number(d.lookBack)),
    "lstm.co2Units": count(Number(d.units)),
    "lstm.co2Epochs": count(Number(d.epochs)),
    "lstm.co2Windows": count(trainEnd - Number(d.lookBack)),
  };
}

function addingFacts(): Record<string, Fact> {
  const d = defaults(rnnVsLstmSchema);
  // The mean-predictor's MSE, measured on generated sequences rather than taken from the formula.
  const sample = createAddingTask(Number(d.length), 1, "facts").next(20_000);
  let mean = 0;
  sample.y.forEach((v) => { mean += v; });
  mean /= sample.batch;
  let mse = 0;
  sample.y.forEach((v) => { mse += (v - mean) ** 2; });
  mse /= sample.batch;
  return {
    "lstm.addingBaseline": fixed(ADDING_BASELINE_MSE, 3),
    "lstm.addingBaselineMeasured": fixed(mse, 3),
    "lstm.addingLength": count(Number(d.length)),
    "lstm.addingUnits": count(Number(d.units)),
    "lstm.rnnFactor": fixed(0.9 ** Number(d.length), 4),
    "lstm.forgetFactor": fixed(0.99 ** Number(d.length), 2),
    // The forget gate of a fresh LSTM with zero input: σ of its bias, 1 (sequenceModel.ts).
    "lstm.initialForget": fixed(sigmoid(1), 2),
  };
}

function tinyLstmFacts(): Record<string, Fact> {
  const { trace } = runLstm(TINY_LSTM, TINY_INPUTS, TINY_INPUTS.length, 0, true);
  const t = trace!;
  const facts: Record<string, Fact> = {};
  TINY_INPUTS.forEach((_, s) => {
    const at = `lstm.tiny${s + 1}`;
    facts[`${at}.i`] = fixed(t.input[s], 4);
    facts[`${at}.f`] = fixed(t.forget[s], 4);
    facts[`${at}.g`] = signed(t.candidate[s], 4);
    facts[`${at}.o`] = fixed(t.output[s], 4);
    facts[`${at}.c`] = signed(t.cell[s], 4);
    facts[`${at}.h`] = signed(t.hidden[s], 4);
  });
  return facts;
}

/** Each entry of a matrix as "<prefix>.<row><col>" (1-based). */
function matrixFacts(prefix: string, m: number[][], digits: number): Record<string, Fact> {
  return Object.fromEntries(m.flatMap((row, r) => row.map((v, c) => [`${prefix}.${r + 1}${c + 1}`, signed(v, digits)])));
}

/**
 * Seed 004 starts W_Q = W_K = W_V = 0. Then ∂L/∂W_Q ∝ K = 0 and ∂L/∂W_K ∝ Q = 0
 * for any loss: both gradients are exactly zero and gradient descent never moves
 * them (only W_V learns, under uniform weights 1/n). Measured by TF.js's
 * autodiff on the example tokens with a squared-error loss.
 */
function zeroStartGradients(): { q: number; k: number; v: number } {
  const { X } = ATTENTION_EXAMPLE;
  const x = tf.tensor2d(X);
  const target = tf.tensor2d([[1, 0], [0, 1], [1, 1]]);
  const [q, k, v] = tf.tidy(() => {
    const loss = (wq: tf.Tensor, wk: tf.Tensor, wv: tf.Tensor) => {
      const scores = tf.div(tf.matMul(tf.matMul(x, wq), tf.matMul(x, wk), false, true), Math.SQRT2);
      const out = tf.matMul(tf.softmax(scores), tf.matMul(x, wv));
      return tf.sum(tf.square(tf.sub(out, target))) as tf.Scalar;
    };
    // Three distinct tensors: given one tensor three times, tf.grads would sum its three gradients.
    const grads = tf.grads(loss)([tf.zeros([2, 2]), tf.zeros([2, 2]), tf.zeros([2, 2])]);
    return grads.map((g) => tf.max(tf.abs(g)).dataSync()[0]);
  });
  [x, target].forEach((t) => t.dispose());
  return { q, k, v };
}

function attentionFacts(): Record<string, Fact> {
  const { X, WQ, WK, WV } = ATTENTION_EXAMPLE;
  const a = selfAttention(X, WQ, WK, WV);
  const zero = zeroStartGradients();
  return {
    ...matrixFacts("lstm.attQ", a.Q, 0),
    ...matrixFacts("lstm.attK", a.K, 0),
    ...matrixFacts("lstm.attV", a.V, 0),
    ...matrixFacts("lstm.attS", a.scores, 3),
    ...matrixFacts("lstm.attA", a.weights, 3),
    ...matrixFacts("lstm.attO", a.output, 3),
    ...matrixFacts("lstm.attNoSoftmax", a.withoutSoftmax, 2),
    "lstm.attZeroGradQ": fixed(zero.q, 1),
    "lstm.attZeroGradK": fixed(zero.k, 1),
    "lstm.attZeroGradV": fixed(zero.v, 3),
  };
}

/** Every lstm.* fact (listed in allFacts.ts). */
export async function lstmFacts(): Promise<Record<string, Fact>> {
  return { ...co2Facts(), ...addingFacts(), ...tinyLstmFacts(), ...attentionFacts() };
}
