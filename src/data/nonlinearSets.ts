/**
 * Two classic sets no line can split, generated from a seed (seedrandom's alea):
 * two interleaving half-moons and two concentric circles. Labelled synthetic
 * data, for the kernel SVM. Same seed ⇒ same points.
 */
import seedrandom from "seedrandom";
import { extentOf, type TwoFeatureSet } from "./twoFeatureSet";

export type NonlinearSetName = "moons" | "circles";

/** A standard normal draw by Box–Muller from a uniform generator. */
export function gaussian(random: () => number): number {
  const u = 1 - random(); // in (0, 1], so the log is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * `perClass` points of each class (−1 first, then +1), with Gaussian noise of
 * standard deviation `noise` on both coordinates.
 * @returns x row-major [2·perClass, 2], centred near the origin
 */
export function nonlinearSet(name: NonlinearSetName, seed: number, perClass = 100, noise = name === "moons" ? 0.15 : 0.1): TwoFeatureSet {
  const random = seedrandom.alea(`${name}-${seed}`);
  const n = 2 * perClass;
  const x = new Float32Array(2 * n);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const positive = i >= perClass;
    const t = random();
    let px: number, py: number;
    if (name === "moons") {
      // Upper moon (cos θ, sin θ) and lower moon (1 − cos θ, ½ − sin θ), θ ∈ [0, π], shifted to centre them.
      const theta = Math.PI * t;
      [px, py] = positive ? [1 - Math.cos(theta) - 0.5, 0.5 - Math.sin(theta) - 0.25] : [Math.cos(theta) - 0.5, Math.sin(theta) - 0.25];
    } else {
      // Outer circle of radius 1 (class −1) around an inner one of radius ½ (class +1).
      const angle = 2 * Math.PI * t;
      const r = positive ? 0.5 : 1;
      [px, py] = [r * Math.cos(angle), r * Math.sin(angle)];
    }
    x[2 * i] = px + noise * gaussian(random);
    x[2 * i + 1] = py + noise * gaussian(random);
    y[i] = positive ? 1 : -1;
  }
  const names: Record<NonlinearSetName, { name: string; classes: [string, string] }> = {
    moons: { name: "Two moons", classes: ["upper moon", "lower moon"] },
    circles: { name: "Concentric circles", classes: ["outer circle", "inner circle"] },
  };
  return {
    name: names[name].name,
    x, y, n,
    featureNames: ["x₁", "x₂"],
    classNames: names[name].classes,
    extent: extentOf(x, 0.1),
  };
}
