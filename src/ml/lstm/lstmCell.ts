/**
 * The LSTM and simple-RNN recurrences in plain numbers, from weights laid out
 * as TF.js layers stores them. Used to draw gate activations and to forecast
 * month after month without a GPU round trip per month; a unit test checks them
 * against the TF.js layers' own outputs.
 *
 * LSTM (TF.js gate order i, f, c, o along the 4·units axis):
 *   z = x W + h U + b,  split into z_i, z_f, z_g, z_o
 *   i = σ(z_i), f = σ(z_f), g = tanh(z_g), o = σ(z_o)
 *   c' = f ⊙ c + i ⊙ g,  h' = o ⊙ tanh(c')
 * Simple RNN: h' = tanh(x W + h U + b).
 */

/** Weights of one recurrent layer, row-major as TF.js keeps them. */
export interface RecurrentWeights {
  readonly inputDim: number;
  readonly units: number;
  /** [inputDim, gates·units] (gates = 4 for the LSTM, 1 for the simple RNN). */
  readonly kernel: ArrayLike<number>;
  /** [units, gates·units]. */
  readonly recurrentKernel: ArrayLike<number>;
  /** [gates·units]. */
  readonly bias: ArrayLike<number>;
}

/** A dense read-out y = h·w + b from the last hidden state. */
export interface Readout {
  /** [units] (one output). */
  readonly kernel: ArrayLike<number>;
  readonly bias: number;
}

/** Gate activations over a sequence, each row-major [T, units]. */
export interface GateTrace {
  readonly input: Float32Array;
  readonly forget: Float32Array;
  /** The candidate g = tanh(z_g). */
  readonly candidate: Float32Array;
  readonly output: Float32Array;
  readonly cell: Float32Array;
  readonly hidden: Float32Array;
}

/** The logistic function 1 / (1 + e^−z). */
export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** z = x W + h U + b for `width` columns (x: [inputDim], h: [units]). */
function preActivations(w: RecurrentWeights, width: number, x: ArrayLike<number>, xOffset: number, h: ArrayLike<number>, z: Float64Array) {
  for (let j = 0; j < width; j++) z[j] = w.bias[j];
  for (let k = 0; k < w.inputDim; k++) {
    const xk = x[xOffset + k];
    if (xk !== 0) for (let j = 0; j < width; j++) z[j] += xk * w.kernel[k * width + j];
  }
  for (let k = 0; k < w.units; k++) {
    const hk = h[k];
    if (hk !== 0) for (let j = 0; j < width; j++) z[j] += hk * w.recurrentKernel[k * width + j];
  }
}

/**
 * Runs an LSTM from h = c = 0 over `steps` inputs (row-major [steps, inputDim]
 * from `offset`). Returns the last hidden state, and every gate when `trace`.
 */
export function runLstm(w: RecurrentWeights, xs: ArrayLike<number>, steps: number, offset = 0, trace = false): { hidden: Float64Array; trace?: GateTrace } {
  const u = w.units;
  let h = new Float64Array(u);
  let c = new Float64Array(u);
  const z = new Float64Array(4 * u);
  const rec = trace ? {
    input: new Float32Array(steps * u), forget: new Float32Array(steps * u), candidate: new Float32Array(steps * u),
    output: new Float32Array(steps * u), cell: new Float32Array(steps * u), hidden: new Float32Array(steps * u),
  } : undefined;
  for (let t = 0; t < steps; t++) {
    preActivations(w, 4 * u, xs, offset + t * w.inputDim, h, z);
    const nextH = new Float64Array(u);
    const nextC = new Float64Array(u);
    for (let j = 0; j < u; j++) {
      const i = sigmoid(z[j]);
      const f = sigmoid(z[u + j]);
      const g = Math.tanh(z[2 * u + j]);
      const o = sigmoid(z[3 * u + j]);
      nextC[j] = f * c[j] + i * g;
      nextH[j] = o * Math.tanh(nextC[j]);
      if (rec) {
        const at = t * u + j;
        rec.input[at] = i; rec.forget[at] = f; rec.candidate[at] = g; rec.output[at] = o;
        rec.cell[at] = nextC[j]; rec.hidden[at] = nextH[j];
      }
    }
    h = nextH;
    c = nextC;
  }
  return { hidden: h, trace: rec };
}

/** Runs a simple (Elman) RNN with tanh from h = 0; returns the last hidden state. */
export function runSimpleRnn(w: RecurrentWeights, xs: ArrayLike<number>, steps: number, offset = 0): Float64Array {
  let h = new Float64Array(w.units);
  const z = new Float64Array(w.units);
  for (let t = 0; t < steps; t++) {
    preActivations(w, w.units, xs, offset + t * w.inputDim, h, z);
    h = z.map(Math.tanh);
  }
  return h;
}

/** y = h·w + b. */
export function readout(r: Readout, h: ArrayLike<number>): number {
  let y = r.bias;
  for (let j = 0; j < h.length; j++) y += h[j] * r.kernel[j];
  return y;
}
