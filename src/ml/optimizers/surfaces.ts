/**
 * The 2-D loss surfaces the optimizer race runs on. Each formula is written
 * once over a tiny arithmetic interface, so the same definition evaluates on
 * plain numbers (the widget's heat map, the facts) and on TF.js scalars (the
 * model being minimised). This file imports no TF.js.
 */

/** The arithmetic a surface formula needs; implemented for numbers and for tensors. */
export interface Arithmetic<T> {
  constant(v: number): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  square(a: T): T;
}

export type SurfaceName = "quadratic" | "rosenbrock" | "saddle";

export interface Surface {
  readonly name: SurfaceName;
  /** Shown in the widget, e.g. "ill-conditioned quadratic". */
  readonly title: string;
  /** The formula in words/ASCII for the read-out. */
  readonly formula: string;
  /** f(x, y) over any arithmetic. */
  value<T>(ops: Arithmetic<T>, x: T, y: T): T;
  /** Where every optimizer starts. */
  readonly start: readonly [number, number];
  /** Where the global minimum lies (f = 0 there for every surface here). */
  readonly minimum: readonly [number, number];
  /** The plotted window [xMin, xMax, yMin, yMax]. */
  readonly extent: readonly [number, number, number, number];
}

/** Plain-number arithmetic, for drawing and for checks. */
export const numberArithmetic: Arithmetic<number> = {
  constant: (v) => v,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  square: (a) => a * a,
};

/** Curvatures of the quadratic along x and y: its Hessian is diag(QUAD_A, QUAD_B). */
export const QUAD_A = 1;
export const QUAD_B = 20;

/** Rosenbrock's banana, divided by this so its curvature at the minimum matches the quadratic's scale. */
export const ROSENBROCK_SCALE = 50;

export const surfaces: Readonly<Record<SurfaceName, Surface>> = {
  quadratic: {
    name: "quadratic",
    title: "ill-conditioned quadratic",
    formula: `f = ½(${QUAD_A}·x² + ${QUAD_B}·y²)`,
    value: (o, x, y) => o.mul(o.constant(0.5), o.add(o.mul(o.constant(QUAD_A), o.square(x)), o.mul(o.constant(QUAD_B), o.square(y)))),
    start: [-4, 1.5],
    minimum: [0, 0],
    extent: [-5, 5, -3, 3],
  },
  rosenbrock: {
    name: "rosenbrock",
    title: "Rosenbrock's banana valley",
    formula: `f = ((1 − x)² + 100·(y − x²)²) / ${ROSENBROCK_SCALE}`,
    value: (o, x, y) =>
      o.mul(
        o.constant(1 / ROSENBROCK_SCALE),
        o.add(o.square(o.sub(o.constant(1), x)), o.mul(o.constant(100), o.square(o.sub(y, o.square(x))))),
      ),
    start: [-1.5, 2],
    minimum: [1, 1],
    extent: [-2, 2, -1, 3],
  },
  saddle: {
    name: "saddle",
    title: "a saddle between two valleys",
    formula: "f = x² + ¼·(y² − 1)²",
    value: (o, x, y) => o.add(o.square(x), o.mul(o.constant(0.25), o.square(o.sub(o.square(y), o.constant(1))))),
    start: [-2.5, 0.001],
    minimum: [0, 1],
    extent: [-3, 3, -2, 2],
  },
};

/** f at a point, on plain numbers. */
export function surfaceValue(surface: Surface, x: number, y: number): number {
  return surface.value(numberArithmetic, x, y);
}

/**
 * The Hessian's eigenvalues at (x, y) by central differences of f (plain
 * numbers, double precision); exact for the quadratic up to rounding.
 * @returns [λ_min, λ_max]
 */
export function hessianEigenvalues(surface: Surface, x: number, y: number, h = 1e-4): [number, number] {
  const f = (a: number, b: number) => surfaceValue(surface, a, b);
  const fxx = (f(x + h, y) - 2 * f(x, y) + f(x - h, y)) / (h * h);
  const fyy = (f(x, y + h) - 2 * f(x, y) + f(x, y - h)) / (h * h);
  const fxy = (f(x + h, y + h) - f(x + h, y - h) - f(x - h, y + h) + f(x - h, y - h)) / (4 * h * h);
  const mean = (fxx + fyy) / 2;
  const radius = Math.sqrt(((fxx - fyy) / 2) ** 2 + fxy ** 2);
  return [mean - radius, mean + radius];
}

/**
 * The largest learning rate at which plain gradient descent still converges
 * near the minimum: 2 / λ_max of the Hessian there. Above it, the step along
 * the steepest direction overshoots by more than it corrects, and grows.
 */
export function criticalLearningRate(surface: Surface): number {
  const [, lambdaMax] = hessianEigenvalues(surface, surface.minimum[0], surface.minimum[1]);
  return 2 / lambdaMax;
}
