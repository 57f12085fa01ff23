/**
 * Faster convolution and pooling kernels for TF.js's cpu backend: the
 * fallback when a reader has no GPU, and the backend of the unit tests, the
 * facts and `bench/mnist97Node.ts`. TF.js 4.22's own kernels read every
 * element through TensorBuffer.get(b, r, c, d); one training step of seed
 * 000's CNN took about 4 s with them (Conv2D, MaxPoolGrad and
 * Conv2DBackpropInput about 1 s each; Conv2DBackpropFilter minutes before it
 * was replaced here). These compute the same sums over flat arrays, channels
 * innermost, and skip the zeros that ReLU and max pooling leave: most inputs of
 * the second convolution and most of every gradient reaching a convolution.
 *
 * Only the cases the book uses are replaced: channels-last data, dilation 1.
 * Anything else goes to TF.js's kernel. Same math, so results agree to float
 * rounding (tests/unit/cpuConvKernels.test.ts checks each against TF.js's own
 * and against finite differences).
 */
import * as tf from "../tf";
import { maxPoolGrad, type PoolAttrs } from "./cpuMaxPoolGrad";

interface ConvAttrs {
  strides: [number, number] | number;
  pad: "valid" | "same" | number;
  dataFormat: "NHWC" | "NCHW";
  dilations?: [number, number] | number;
  dimRoundingMode?: "floor" | "round" | "ceil";
}

export type CpuBackend = tf.KernelBackend & {
  data: { get(id: object): { values: Float32Array } };
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: Float32Array): tf.TensorInfo;
};

export interface KernelArgs { inputs: tf.NamedTensorInfoMap; backend: tf.KernelBackend; attrs?: tf.NamedAttrMap }

type Shape4 = [number, number, number, number];

/** The geometry of a channels-last convolution of `xShape` by a `filterShape` kernel. */
function convInfo(xShape: number[], filterShape: number[], attrs: ConvAttrs) {
  return tf.backend_util.computeConv2DInfo(xShape as Shape4, filterShape as Shape4, attrs.strides, 1, attrs.pad, attrs.dimRoundingMode, false, "channelsLast");
}

const valuesOf = (backend: CpuBackend, t: tf.TensorInfo) => backend.data.get(t.dataId).values;

/**
 * Calls `each(xAt, wAt, yAt)` for every (output position, kernel tap) pair that
 * lands inside the input: xAt indexes x's channels, wAt the kernel's [c, k]
 * block for that tap, yAt the output's channels. All three kernels are this
 * loop with a different inner body.
 */
function forEachTap(info: tf.backend_util.Conv2DInfo, each: (xAt: number, wAt: number, yAt: number) => void): void {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels, filterHeight, filterWidth, strideHeight, strideWidth } = info;
  const top = info.padInfo.top, left = info.padInfo.left;
  for (let b = 0; b < batchSize; b++) {
    for (let r = 0; r < outHeight; r++) {
      for (let s = 0; s < outWidth; s++) {
        const yAt = ((b * outHeight + r) * outWidth + s) * outChannels;
        for (let i = 0; i < filterHeight; i++) {
          const xr = r * strideHeight + i - top;
          if (xr < 0 || xr >= inHeight) continue;
          for (let j = 0; j < filterWidth; j++) {
            const xc = s * strideWidth + j - left;
            if (xc < 0 || xc >= inWidth) continue;
            each(((b * inHeight + xr) * inWidth + xc) * inChannels, (i * filterWidth + j) * inChannels * outChannels, yAt);
          }
        }
      }
    }
  }
}

/** y[b, r, s, k] = Σ_{i, j, c} x[b, r·sh + i − top, s·sw + j − left, c] · w[i, j, c, k] */
function conv2d({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  const { x, filter } = inputs as { x: tf.TensorInfo; filter: tf.TensorInfo };
  const cpu = backend as CpuBackend;
  const info = convInfo(x.shape, filter.shape, attrs as unknown as ConvAttrs);
  const C = info.inChannels, K = info.outChannels;
  const xv = valuesOf(cpu, x), wv = valuesOf(cpu, filter);
  const y = new Float32Array(info.batchSize * info.outHeight * info.outWidth * K);
  forEachTap(info, (xAt, wAt, yAt) => {
    for (let c = 0; c < C; c++) {
      const v = xv[xAt + c];
      if (v === 0) continue; // ReLU and pooling leave many zeros
      const w0 = wAt + c * K;
      for (let k = 0; k < K; k++) y[yAt + k] += v * wv[w0 + k];
    }
  });
  return cpu.makeTensorInfo(info.outShape, "float32", y);
}

/**
 * The non-zero entries of a gradient reaching a convolution, per output
 * position: after ReLU and max pooling most are 0 (a 2 × 2 pool passes at most
 * one in four), and both backward kernels skip them.
 * @returns `channels[yAt + q]` for q < `count[yAt / K]`: the channels k of position yAt whose gradient is not 0
 */
function nonZeros(dyv: Float32Array, K: number) {
  const channels = new Int32Array(dyv.length);
  const count = new Int32Array(dyv.length / K);
  for (let p = 0, yAt = 0; p < count.length; p++, yAt += K) {
    let n = 0;
    for (let k = 0; k < K; k++) if (dyv[yAt + k] !== 0) channels[yAt + n++] = k;
    count[p] = n;
  }
  return { channels, count };
}

/** [taps, a, b] → [taps, b, a]: swaps the kernel's channel axes so the innermost loop runs over input channels. */
function swapChannels(v: Float32Array, a: number, b: number): Float32Array {
  const out = new Float32Array(v.length);
  for (let t = 0; t < v.length; t += a * b) {
    for (let i = 0; i < a; i++) for (let j = 0; j < b; j++) out[t + j * a + i] = v[t + i * b + j];
  }
  return out;
}

/**
 * Both backward kernels: calls `each(xAt, w0, d)` for every tap and every
 * non-zero gradient d = dy[b, r, s, k], where w0 indexes the [i, j, k, ·] row
 * of a kernel laid out [i, j, k, c] (input channels innermost).
 */
function forEachGradientTap(info: tf.backend_util.Conv2DInfo, dyv: Float32Array, each: (xAt: number, w0: number, d: number) => void): void {
  const C = info.inChannels, K = info.outChannels;
  const { channels, count } = nonZeros(dyv, K);
  forEachTap(info, (xAt, wAt, yAt) => {
    for (let q = 0, n = count[yAt / K]; q < n; q++) {
      const k = channels[yAt + q];
      each(xAt, wAt + k * C, dyv[yAt + k]);
    }
  });
}

/** dx[b, xr, xc, c] = Σ over the taps that read it of Σ_k dy[b, r, s, k] · w[i, j, c, k] */
function conv2dBackpropInput({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  const { dy, filter } = inputs as { dy: tf.TensorInfo; filter: tf.TensorInfo };
  const cpu = backend as CpuBackend;
  const { inputShape } = attrs as unknown as { inputShape: Shape4 };
  const info = convInfo(inputShape, filter.shape, attrs as unknown as ConvAttrs);
  const C = info.inChannels, K = info.outChannels;
  const dyv = valuesOf(cpu, dy);
  const wt = swapChannels(valuesOf(cpu, filter), C, K); // [i, j, k, c]
  const dx = new Float32Array(inputShape[0] * inputShape[1] * inputShape[2] * inputShape[3]);
  forEachGradientTap(info, dyv, (xAt, w0, d) => {
    for (let c = 0; c < C; c++) dx[xAt + c] += d * wt[w0 + c];
  });
  return cpu.makeTensorInfo(inputShape, "float32", dx);
}

/** dW[i, j, c, k] = Σ_b Σ_r Σ_s x[b, r·sh + i − top, s·sw + j − left, c] · dy[b, r, s, k] */
function conv2dBackpropFilter({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
  const cpu = backend as CpuBackend;
  const { filterShape } = attrs as unknown as { filterShape: Shape4 };
  const info = convInfo(x.shape, filterShape, attrs as unknown as ConvAttrs);
  const C = info.inChannels, K = info.outChannels;
  const xv = valuesOf(cpu, x), dyv = valuesOf(cpu, dy);
  const dwt = new Float32Array(filterShape[0] * filterShape[1] * C * K); // [i, j, k, c]
  forEachGradientTap(info, dyv, (xAt, w0, d) => {
    for (let c = 0; c < C; c++) dwt[w0 + c] += d * xv[xAt + c];
  });
  return cpu.makeTensorInfo(filterShape, "float32", swapChannels(dwt, K, C));
}

/** Which calls a fast kernel can take: channels-last and, where the op has them, dilations of 1. */
function handled(attrs: tf.NamedAttrMap | undefined): boolean {
  const { dataFormat, dilations } = (attrs ?? {}) as unknown as ConvAttrs;
  const oneDilation = dilations === undefined || (Array.isArray(dilations) ? dilations.every((d) => d === 1) : dilations === 1);
  return dataFormat !== "NCHW" && oneDilation;
}

const FAST: Readonly<Record<string, (args: KernelArgs) => tf.TensorInfo>> = {
  Conv2D: conv2d,
  Conv2DBackpropInput: conv2dBackpropInput,
  Conv2DBackpropFilter: conv2dBackpropFilter,
  MaxPoolGrad: (args) => maxPoolGrad(args, args.attrs as unknown as PoolAttrs),
};

/**
 * Puts the fast kernels in place of TF.js's on the cpu backend (idempotent).
 * Calls they do not handle still go to the original kernels.
 */
export function useFastCpuConvKernels(): void {
  for (const [name, fast] of Object.entries(FAST)) {
    const original = tf.getKernel(name, "cpu");
    if (!original || (original.kernelFunc as { fast?: boolean }).fast) continue;
    const fallback = original.kernelFunc;
    const kernelFunc = ((args: KernelArgs) => (handled(args.attrs) ? fast(args) : fallback(args))) as tf.KernelFunc & { fast?: boolean };
    kernelFunc.fast = true;
    tf.unregisterKernel(name, "cpu");
    tf.registerKernel({ ...original, kernelFunc });
  }
}
