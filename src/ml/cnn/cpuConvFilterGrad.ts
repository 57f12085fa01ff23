/**
 * A faster Conv2DBackpropFilter for TF.js's cpu backend. TF.js 4.22's own
 * kernel reads every element through TensorBuffer.get(b, r, c, d), about
 * 2 million multiply-adds a second, so one training step of seed 000's CNN took
 * minutes on the cpu backend (the fallback when there is no GPU, and the
 * backend of the unit tests and facts). This one computes the same sum,
 *
 *   dW[i, j, c, k] = Σ_b Σ_r Σ_s x[b, r·sh + i − top, s·sw + j − left, c] · dy[b, r, s, k],
 *
 * with the output channel k innermost over flat arrays, a few hundred times
 * faster. Only the case TF.js's cpu kernel handles is replaced (dilation 1);
 * channels-first data fall back to the original. Same math, so results agree
 * to float rounding (tests/unit/cnn.test.ts checks it).
 */
import * as tf from "../tf";

const KERNEL = "Conv2DBackpropFilter";

interface Conv2DBackpropFilterAttrs {
  strides: [number, number] | number;
  pad: "valid" | "same" | number;
  dataFormat: "NHWC" | "NCHW";
  dimRoundingMode?: "floor" | "round" | "ceil";
  filterShape: [number, number, number, number];
}

type CpuBackend = tf.KernelBackend & {
  data: { get(id: object): { values: Float32Array } };
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: Float32Array): tf.TensorInfo;
};

function backpropFilter(args: { inputs: tf.NamedTensorInfoMap; backend: tf.KernelBackend; attrs?: tf.NamedAttrMap }): tf.TensorInfo {
  const { x, dy } = args.inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
  const backend = args.backend as CpuBackend;
  const { strides, pad, dimRoundingMode, filterShape } = args.attrs as unknown as Conv2DBackpropFilterAttrs;
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number], filterShape, strides, 1, pad, dimRoundingMode, false, "channelsLast",
  );
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels, filterHeight, filterWidth, strideHeight, strideWidth } = info;
  const top = info.padInfo.top, left = info.padInfo.left;
  const xv = backend.data.get(x.dataId).values;
  const dyv = backend.data.get(dy.dataId).values;
  const dw = new Float32Array(filterHeight * filterWidth * inChannels * outChannels);
  for (let b = 0; b < batchSize; b++) {
    for (let r = 0; r < outHeight; r++) {
      for (let s = 0; s < outWidth; s++) {
        const dyAt = ((b * outHeight + r) * outWidth + s) * outChannels;
        for (let i = 0; i < filterHeight; i++) {
          const xr = r * strideHeight + i - top;
          if (xr < 0 || xr >= inHeight) continue;
          for (let j = 0; j < filterWidth; j++) {
            const xc = s * strideWidth + j - left;
            if (xc < 0 || xc >= inWidth) continue;
            const xAt = ((b * inHeight + xr) * inWidth + xc) * inChannels;
            const wAt = (i * filterWidth + j) * inChannels * outChannels;
            for (let c = 0; c < inChannels; c++) {
              const v = xv[xAt + c];
              if (v === 0) continue; // after ReLU most inputs are 0
              const w0 = wAt + c * outChannels;
              for (let k = 0; k < outChannels; k++) dw[w0 + k] += v * dyv[dyAt + k];
            }
          }
        }
      }
    }
  }
  return backend.makeTensorInfo(filterShape, "float32", dw);
}

/**
 * Puts the fast kernel in place of TF.js's on the cpu backend (idempotent).
 * Channels-first calls still go to the original kernel.
 */
export function useFastCpuConvFilterGrad(): void {
  const original = tf.getKernel(KERNEL, "cpu");
  if (!original || (original.kernelFunc as { fast?: boolean }).fast) return;
  const fallback = original.kernelFunc;
  const kernelFunc = ((args: Parameters<typeof backpropFilter>[0]) =>
    (args.attrs as unknown as Conv2DBackpropFilterAttrs).dataFormat === "NCHW" ? fallback(args) : backpropFilter(args)) as tf.KernelFunc & { fast?: boolean };
  kernelFunc.fast = true;
  tf.unregisterKernel(KERNEL, "cpu");
  tf.registerKernel({ ...original, kernelFunc });
}
