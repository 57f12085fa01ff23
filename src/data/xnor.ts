/** The XNOR truth table from seed article 000: not linearly separable. */
import type { TwoFeatureSet } from "./twoFeatureSet";

/** (1,1)→+1, (1,0)→−1, (0,1)→−1, (0,0)→+1. */
export function xnorTable(): TwoFeatureSet {
  return {
    name: "XNOR",
    x: new Float32Array([1, 1, 1, 0, 0, 1, 0, 0]),
    y: new Float32Array([1, -1, -1, 1]),
    n: 4,
    featureNames: ["x₁", "x₂"],
    classNames: ["−1 (inputs differ)", "+1 (inputs equal)"],
    extent: [-0.5, 1.5, -0.5, 1.5],
  };
}
