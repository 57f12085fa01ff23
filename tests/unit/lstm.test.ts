/**
 * The RNN/LSTM chapter's claims: the plain-number LSTM and simple RNN compute
 * exactly what TF.js's layers compute (gate order i, f, c, o), checked against a
 * step worked by hand; the CO₂ windows never see the held-out tail; the adding
 * problem is what the chapter says; self-attention's weights are a softmax; and
 * both widgets' models train, stop and free every tensor.
 */
import * as tf from "@tensorflow/tfjs-core";
import * as tfl from "@tensorflow/tfjs-layers";
import { beforeAll, describe, expect, it } from "vitest";
import { co2Series, co2Windows, HOLDOUT_MONTHS } from "../../src/data/co2";
import { ADDING_BASELINE_MSE, createAddingTask } from "../../src/data/longRangeTasks";
import { lstmFacts } from "../../src/ml/facts/lstmFacts";
import { createAddingRace } from "../../src/ml/lstm/addingRace";
import { autoregressiveForecast, seasonalAmplitude } from "../../src/ml/lstm/co2Forecast";
import { createCo2Forecaster } from "../../src/ml/lstm/co2Forecaster";
import { readout, runLstm, runSimpleRnn, sigmoid } from "../../src/ml/lstm/lstmCell";
import { buildSequenceModel, flatWeights, orthogonalRows, unpackWeights, type RecurrentKind } from "../../src/ml/lstm/sequenceModel";
import { ATTENTION_EXAMPLE, selfAttention, TINY_INPUTS, TINY_LSTM } from "../../src/ml/lstm/workedExamples";
import type { Trainable } from "../../src/ml/trainable";
import { useCpu } from "./tfCpu";

beforeAll(useCpu);

describe("the LSTM cell", () => {
  it("matches a step worked by hand", () => {
    // Unit weights (i, f, g, o): W = (0.5, −0.5, 1, 0.25), U = (0.1, 0.2, −0.3, 0.4), b = (0, 1, 0, 0).
    // Step 1, x = 1, h = c = 0: z = W·1 + b = (0.5, 0.5, 1, 0.25).
    const i1 = 1 / (1 + Math.exp(-0.5)), f1 = 1 / (1 + Math.exp(-0.5)), g1 = Math.tanh(1), o1 = 1 / (1 + Math.exp(-0.25));
    const c1 = f1 * 0 + i1 * g1, h1 = o1 * Math.tanh(c1);
    // Step 2, x = 2: z = W·2 + U·h1 + b.
    const z = [0.5 * 2 + 0.1 * h1, -0.5 * 2 + 0.2 * h1 + 1, 1 * 2 - 0.3 * h1, 0.25 * 2 + 0.4 * h1];
    const c2 = sigmoid(z[1]) * c1 + sigmoid(z[0]) * Math.tanh(z[2]);
    const h2 = sigmoid(z[3]) * Math.tanh(c2);
    const { hidden, trace } = runLstm(TINY_LSTM, TINY_INPUTS, 2, 0, true);
    expect(trace!.input[0]).toBeCloseTo(i1, 6);
    expect(trace!.forget[0]).toBeCloseTo(f1, 6);
    expect(trace!.candidate[0]).toBeCloseTo(g1, 6);
    expect(trace!.output[0]).toBeCloseTo(o1, 6);
    expect(trace!.cell[0]).toBeCloseTo(c1, 6);
    expect(trace!.hidden[0]).toBeCloseTo(h1, 6);
    expect(trace!.cell[1]).toBeCloseTo(c2, 6);
    expect(hidden[0]).toBeCloseTo(h2, 6);
    // Sanity of the hand numbers themselves: c1 = σ(0.5)·tanh(1).
    expect(c1).toBeCloseTo(0.4741, 4);
  });

  it("is what TF.js's LSTM layer computes on the same weights (gate order i, f, c, o)", () => {
    const layer = tfl.layers.lstm({ units: 1, recurrentActivation: "sigmoid", recurrentInitializer: "zeros", inputShape: [2, 1] });
    const model = tfl.sequential({ layers: [layer] });
    const weights = [tf.tensor2d(TINY_LSTM.kernel as number[], [1, 4]), tf.tensor2d(TINY_LSTM.recurrentKernel as number[], [1, 4]), tf.tensor1d(TINY_LSTM.bias as number[])];
    layer.setWeights(weights);
    const x = tf.tensor3d(TINY_INPUTS as number[], [1, 2, 1]);
    const out = model.predict(x) as tf.Tensor;
    const h = out.dataSync()[0];
    [...weights, x, out].forEach((t) => t.dispose());
    model.dispose();
    expect(h).toBeCloseTo(runLstm(TINY_LSTM, TINY_INPUTS, 2).hidden[0], 6);
  });

  it.each<RecurrentKind>(["lstm", "simpleRnn"])("%s: the plain-number network equals the TF.js model it is read from", (kind) => {
    const [T, features, units, batch] = [7, 2, 5, 3];
    const model = buildSequenceModel({ kind, timeSteps: T, features, units, seed: 4 });
    // Move every weight away from its start (zero biases would hide a bias in the wrong place).
    model.layers.forEach((l) => l.setWeights(l.getWeights().map((w) => tf.tidy(() => tf.add(w, tf.randomUniform(w.shape, -0.5, 0.5, "float32", 9))))));
    const xs = Float32Array.from({ length: batch * T * features }, (_, i) => Math.sin(i * 1.7));
    const x = tf.tensor3d(xs, [batch, T, features]);
    const out = model.predict(x) as tf.Tensor;
    const expected = out.dataSync();
    const flat = flatWeights(model);
    const [w, end] = unpackWeights(flat.dataSync() as Float32Array, 0, kind, features, units);
    expect(end).toBe(flat.size);
    [x, out, flat].forEach((t) => t.dispose());
    model.dispose();
    for (let b = 0; b < batch; b++) {
      const h = kind === "lstm" ? runLstm(w.recurrent, xs, T, b * T * features).hidden : runSimpleRnn(w.recurrent, xs, T, b * T * features);
      expect(readout(w.readout, h)).toBeCloseTo(expected[b], 5);
    }
  });

  it("starts with orthogonal recurrent weights and the forget bias at 1", () => {
    const q = orthogonalRows(3, 12, 1);
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) {
      let dot = 0;
      for (let j = 0; j < 12; j++) dot += q[a * 12 + j] * q[b * 12 + j];
      expect(dot).toBeCloseTo(a === b ? 1 : 0, 5);
    }
    const model = buildSequenceModel({ kind: "lstm", timeSteps: 3, features: 1, units: 2, seed: 1 });
    const bias = model.layers[0].getWeights()[2].dataSync();
    model.dispose();
    expect(Array.from(bias)).toEqual([0, 0, 1, 1, 0, 0, 0, 0]);
  });
});

describe("the CO₂ data", () => {
  const series = co2Series();

  it("is one value per month from March 1958, rising", () => {
    expect(series.start).toEqual([1958, 3]);
    expect(series.ppm.length).toBe(746);
    expect(series.ppm[series.ppm.length - 1]).toBeGreaterThan(series.ppm[0] + 90);
  });

  it.each(["change", "level"] as const)("%s windows and their scaling never see the held-out tail", (encoding) => {
    const w = co2Windows(series, 12, encoding);
    const altered = { ...series, ppm: Float64Array.from(series.ppm, (v, i) => (i >= w.trainEnd ? v + 1000 : v)) };
    const w2 = co2Windows(altered, 12, encoding);
    expect(w2.x).toEqual(w.x);
    expect(w2.y).toEqual(w.y);
    expect([w2.scaling.centre, w2.scaling.spread]).toEqual([w.scaling.centre, w.scaling.spread]);
    expect(w.n).toBe(series.ppm.length - HOLDOUT_MONTHS - 12);
    // The last window's target is the last training month, decoded back exactly.
    const last = series.ppm[w.trainEnd - 2];
    expect(w.scaling.decode(w.y[w.n - 1], last)).toBeCloseTo(series.ppm[w.trainEnd - 1], 4);
  });

  it("forecasts by feeding predictions back, and measures the yearly cycle", () => {
    expect(Array.from(autoregressiveForecast([1, 2], 3, (s, end) => s[end - 1] + s[end - 2]))).toEqual([3, 5, 8]);
    const wave = Float64Array.from({ length: 120 }, (_, i) => 0.2 * i + 3 * Math.sin((2 * Math.PI * i) / 12));
    expect(seasonalAmplitude(wave)).toBeCloseTo(6, 1);
    expect(seasonalAmplitude(Float64Array.from({ length: 120 }, (_, i) => 0.2 * i))).toBeCloseTo(0, 9);
  });
});

describe("the adding problem", () => {
  it("marks one step in each half and asks for their sum; the mean predictor scores 1/6", () => {
    const T = 10;
    const b = createAddingTask(T, 3).next(2000);
    let mse = 0;
    for (let s = 0; s < b.batch; s++) {
      const marked = [];
      for (let t = 0; t < T; t++) if (b.x[(s * T + t) * 2 + 1] === 1) marked.push(t);
      expect(marked).toEqual([b.marks[2 * s], b.marks[2 * s + 1]]);
      expect(marked[0]).toBeLessThan(T / 2);
      expect(marked[1]).toBeGreaterThanOrEqual(T / 2);
      expect(b.y[s]).toBeCloseTo(b.x[(s * T + marked[0]) * 2] + b.x[(s * T + marked[1]) * 2], 6);
      mse += (b.y[s] - 1) ** 2;
    }
    expect(mse / b.batch).toBeCloseTo(ADDING_BASELINE_MSE, 1);
    expect(createAddingTask(T, 3).next(5).x).toEqual(createAddingTask(T, 3).next(5).x);
  });
});

describe("self-attention", () => {
  it("weights each row by a softmax of scaled scores and averages the values", () => {
    const { X, WQ, WK, WV } = ATTENTION_EXAMPLE;
    const a = selfAttention(X, WQ, WK, WV);
    for (const row of a.weights) expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    // Row 1 by hand: q₁ = x₁W_Q = (1, 0); k = (2, 1), (0, 1), (2, 2); scores (2, 0, 2)/√2.
    const e = [Math.exp(Math.SQRT2), 1, Math.exp(Math.SQRT2)];
    const sum = e[0] + e[1] + e[2];
    expect(a.weights[0][0]).toBeCloseTo(e[0] / sum, 12);
    // Output row 1 = Σ aⱼ vⱼ with v = (1, 0), (0, 2), (1, 2).
    expect(a.output[0][0]).toBeCloseTo((e[0] * 1 + e[1] * 0 + e[2] * 1) / sum, 12);
    expect(a.output[0][1]).toBeCloseTo((e[1] * 2 + e[2] * 2) / sum, 12);
  });

  it("started at W_Q = W_K = W_V = 0 (seed 004), only W_V gets a gradient", async () => {
    const facts = await lstmFacts();
    expect(facts["lstm.attZeroGradQ"].value).toBe(0);
    expect(facts["lstm.attZeroGradK"].value).toBe(0);
    expect(facts["lstm.attZeroGradV"].value).toBeGreaterThan(0.1);
  });
});

/** Runs steps in chunks as the session does; returns the first and last losses. */
async function train(model: Trainable, steps: number, chunk = 20) {
  let first = NaN, last = NaN, converged = false, done = 0;
  while (done < steps && !converged) {
    const r = await model.run(Math.min(chunk, steps - done));
    if (Number.isNaN(first)) first = r.points[0].loss;
    if (r.points.length) last = r.points[r.points.length - 1].loss;
    done += r.points.length;
    converged = r.converged;
  }
  return { first, last, converged, done };
}

describe("the widgets' models", () => {
  it("the CO₂ forecaster learns, stops after its epochs, trains one more on Train on, forecasts the tail and frees every tensor", async () => {
    const baseline = tf.memory().numTensors;
    const model = createCo2Forecaster({ lookBack: 6, units: 4, epochs: 3, batchSize: 128, learningRate: 0.02, encoding: "change", seed: 1 });
    const r = await train(model, 1000);
    expect(r.converged).toBe(true);
    expect(r.done).toBe(3 * Math.ceil((626 - 6) / 128));
    expect(r.last).toBeLessThan(r.first);
    const view = await model.view();
    const forecast = view.extra!.forecast as Float32Array;
    expect(forecast.length).toBe(HOLDOUT_MONTHS);
    expect(forecast.every(Number.isFinite)).toBe(true);
    const more = await model.run(1000); // Train on after the last epoch: one more epoch, then done again
    expect(more.points).toHaveLength(Math.ceil((626 - 6) / 128));
    expect(more.converged).toBe(true);
    expect(more.message).toMatch(/^Trained for 4 epochs/);
    model.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it("the race trains both networks on the same batches and frees every tensor", async () => {
    const baseline = tf.memory().numTensors;
    const model = createAddingRace({ length: 6, units: 4, batchSize: 32, learningRate: 0.02, seed: 1, evalSize: 16 });
    const r = await model.run(30);
    const first = r.points[0].extra!, last = r.points[29].extra!;
    expect(last.lstm).toBeLessThan(first.lstm);
    expect(last.rnn).toBeLessThan(first.rnn);
    expect(r.points[29].loss).toBe(last.lstm);
    const view = await model.view();
    expect((view.extra!.input as Float32Array).length).toBe(6 * 4);
    expect(view.stats!.map((s) => s.label)).toContain("LSTM, held-out MSE");
    model.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
