/**
 * Convolution arithmetic in plain TypeScript (no TF.js): output size, which
 * input cells feed each output cell, the receptive field of stacked layers, and
 * the convolution itself written as its defining sum, so the chapter's formula
 * can be checked against TF.js's conv2d.
 */

/** One square convolution or pooling window: kernel k, stride s, zero padding p on every side. */
export interface ConvGeometry {
  readonly kernel: number;
  readonly stride: number;
  readonly padding: number;
}

/**
 * Output side ⌊(n + 2p − k) / s⌋ + 1 of a k×k window sliding with stride s over an
 * n×n input padded by p; 0 when the window does not fit at all.
 */
export function outputSize(n: number, g: ConvGeometry): number {
  const room = n + 2 * g.padding - g.kernel;
  return room < 0 ? 0 : Math.floor(room / g.stride) + 1;
}

/**
 * Padding that keeps the output side at ⌈n / s⌉ ("same"): total padding
 * max((⌈n/s⌉ − 1)·s + k − n, 0), split with the odd pixel at the bottom/right
 * as TF.js does. Returns the top/left share.
 */
export function samePaddingBefore(n: number, kernel: number, stride: number): number {
  const total = Math.max((Math.ceil(n / stride) - 1) * stride + kernel - n, 0);
  return Math.floor(total / 2);
}

/** Input rows (or columns) under output row `i`, in input coordinates: some may be padding (< 0 or ≥ n). */
export function windowOf(i: number, g: ConvGeometry): { readonly from: number; readonly to: number } {
  const from = i * g.stride - g.padding;
  return { from, to: from + g.kernel - 1 };
}

/** Input pixels (per side) one output pixel sees after a stack of layers, and the spacing of neighbouring outputs on the input. */
export interface ReceptiveField {
  readonly size: number;
  /** Distance on the input between two neighbouring output pixels (the product of strides). */
  readonly jump: number;
}

/** r ← r + (k − 1)·j, j ← j·s through each layer in turn, from a single input pixel (r = 1, j = 1). */
export function receptiveField(layers: readonly ConvGeometry[]): ReceptiveField {
  let size = 1;
  let jump = 1;
  for (const g of layers) {
    size += (g.kernel - 1) * jump;
    jump *= g.stride;
  }
  return { size, jump };
}

/**
 * A single-channel 2-D convolution written as its sum (what deep-learning
 * libraries call convolution is cross-correlation: the kernel is not flipped):
 *
 *   y[i, j] = b + Σ_u Σ_v w[u, v] · x[i·s + u − p, j·s + v − p],  x = 0 outside the image.
 *
 * @param x input [n × n], row-major
 * @param w kernel [k × k], row-major
 * @returns output [m × m] with m = outputSize(n, g)
 */
export function convolve(x: ArrayLike<number>, n: number, w: ArrayLike<number>, g: ConvGeometry, bias = 0): Float64Array {
  const m = outputSize(n, g);
  const y = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) {
    let sum = bias;
    for (let u = 0; u < g.kernel; u++) for (let v = 0; v < g.kernel; v++) {
      const r = i * g.stride + u - g.padding, c = j * g.stride + v - g.padding;
      if (r >= 0 && r < n && c >= 0 && c < n) sum += w[u * g.kernel + v] * x[r * n + c];
    }
    y[i * m + j] = sum;
  }
  return y;
}

/** Parameters of a k×k convolution from `inChannels` to `filters`: every filter has k·k·c weights and one bias. */
export function convParams(kernel: number, inChannels: number, filters: number): number {
  return (kernel * kernel * inChannels + 1) * filters;
}

/** Parameters of a dense layer: a weight per input per unit, and a bias per unit. */
export function denseParams(inputs: number, units: number): number {
  return (inputs + 1) * units;
}
