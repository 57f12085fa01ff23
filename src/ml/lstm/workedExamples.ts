/**
 * The chapter's small worked examples, in plain numbers: one LSTM unit over two
 * steps, and self-attention over three tokens. The facts (lstmFacts.ts) cite
 * them and the unit tests check the LSTM one against TF.js's own layer.
 */
import type { RecurrentWeights } from "./lstmCell";

/** One LSTM unit reading one number per step, weights in TF.js order (i, f, g, o). */
export const TINY_LSTM: RecurrentWeights = {
  inputDim: 1,
  units: 1,
  kernel: [0.5, -0.5, 1, 0.25],      // W_i, W_f, W_g, W_o
  recurrentKernel: [0.1, 0.2, -0.3, 0.4], // U_i, U_f, U_g, U_o
  bias: [0, 1, 0, 0],               // b_i, b_f (forget bias 1), b_g, b_o
};

/** The two inputs the tiny LSTM reads, x₁ then x₂. */
export const TINY_INPUTS: readonly number[] = [1, 2];

type Matrix = number[][];

/** Three tokens with two features each, and the three projections. */
export const ATTENTION_EXAMPLE = {
  X: [[1, 0], [0, 1], [1, 1]] as Matrix,
  WQ: [[1, 0], [1, 2]] as Matrix,
  WK: [[2, 1], [0, 1]] as Matrix,
  WV: [[1, 0], [0, 2]] as Matrix,
};

function matMul(a: Matrix, b: Matrix): Matrix {
  return a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
}

const transpose = (a: Matrix): Matrix => a[0].map((_, j) => a.map((row) => row[j]));

/** Row-wise softmax, shifted by each row's maximum so exp never overflows. */
export function softmaxRows(a: Matrix): Matrix {
  return a.map((row) => {
    const top = Math.max(...row);
    const e = row.map((v) => Math.exp(v - top));
    const sum = e.reduce((s, v) => s + v, 0);
    return e.map((v) => v / sum);
  });
}

/** Every intermediate of single-head scaled dot-product self-attention. */
export interface AttentionSteps {
  readonly Q: Matrix;
  readonly K: Matrix;
  readonly V: Matrix;
  /** QKᵀ/√d. */
  readonly scores: Matrix;
  /** softmax of each row of `scores`: each row sums to 1. */
  readonly weights: Matrix;
  /** weights · V. */
  readonly output: Matrix;
  /** Seed 004's "context": scores · V with the softmax left out. */
  readonly withoutSoftmax: Matrix;
}

/** Q = XW_Q, K = XW_K, V = XW_V, A = softmax(QKᵀ/√d), output AV. */
export function selfAttention(X: Matrix, WQ: Matrix, WK: Matrix, WV: Matrix): AttentionSteps {
  const Q = matMul(X, WQ), K = matMul(X, WK), V = matMul(X, WV);
  const d = K[0].length;
  const scores = matMul(Q, transpose(K)).map((row) => row.map((v) => v / Math.sqrt(d)));
  const weights = softmaxRows(scores);
  return { Q, K, V, scores, weights, output: matMul(weights, V), withoutSoftmax: matMul(scores, V) };
}
