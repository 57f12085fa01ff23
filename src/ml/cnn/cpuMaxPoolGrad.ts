/**
 * Max pooling's gradient for TF.js's cpu backend over flat arrays: each
 * output's gradient goes to the input that won its window. Ties go to the
 * first winner in row-major order, as in TF.js's own kernel (strictly greater
 * replaces), so both send every gradient to the same pixel.
 */
import * as tf from "../tf";
import type { CpuBackend, KernelArgs } from "./cpuConvKernels";

export interface PoolAttrs {
  filterSize: [number, number] | number;
  strides: [number, number] | number;
  pad: "valid" | "same" | number;
  dimRoundingMode?: "floor" | "round" | "ceil";
}

export function maxPoolGrad({ inputs, backend }: KernelArgs, attrs: PoolAttrs): tf.TensorInfo {
  const { dy, input } = inputs as { dy: tf.TensorInfo; input: tf.TensorInfo };
  const cpu = backend as CpuBackend;
  const info = tf.backend_util.computePool2DInfo(input.shape as [number, number, number, number], attrs.filterSize, attrs.strides, 1, attrs.pad, attrs.dimRoundingMode);
  const { batchSize, inHeight, inWidth, inChannels: C, outHeight, outWidth, filterHeight, filterWidth, strideHeight, strideWidth } = info;
  const top = info.padInfo.top, left = info.padInfo.left;
  const xv = cpu.data.get(input.dataId).values;
  const dyv = cpu.data.get(dy.dataId).values;
  const dx = new Float32Array(xv.length);
  for (let b = 0; b < batchSize; b++) {
    for (let r = 0; r < outHeight; r++) {
      const r0 = Math.max(0, r * strideHeight - top), r1 = Math.min(inHeight, r * strideHeight - top + filterHeight);
      for (let s = 0; s < outWidth; s++) {
        const s0 = Math.max(0, s * strideWidth - left), s1 = Math.min(inWidth, s * strideWidth - left + filterWidth);
        const dyAt = ((b * outHeight + r) * outWidth + s) * C;
        for (let c = 0; c < C; c++) {
          const g = dyv[dyAt + c];
          if (g === 0) continue;
          let best = Number.NEGATIVE_INFINITY;
          let at = -1;
          for (let xr = r0; xr < r1; xr++) {
            for (let xc = s0; xc < s1; xc++) {
              const i = ((b * inHeight + xr) * inWidth + xc) * C + c;
              if (xv[i] > best) { best = xv[i]; at = i; }
            }
          }
          if (at >= 0) dx[at] += g;
        }
      }
    }
  }
  return cpu.makeTensorInfo(input.shape, "float32", dx);
}
