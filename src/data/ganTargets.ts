/**
 * The 2-D distributions the GAN widget learns to imitate, all inside the square
 * [−1, 1]²: a ring, two moons, a mixture of eight Gaussians on a circle (the
 * classic test for mode collapse), and a shape the reader draws. Every target is
 * a sampler, so training sees fresh real samples at every step, as a GAN with
 * unlimited data would. A drawn shape travels in the URL as a short code.
 */
import { gaussian } from "./nonlinearSets";

export type TargetName = "ring" | "moons" | "mixture" | "drawn";

/** A target distribution: where its samples come from, and its modes where it has some. */
export interface GanTarget {
  readonly name: TargetName;
  /** Fills `out` (row-major [n, 2]) with n independent samples. */
  sample(out: Float32Array, random: () => number): void;
  /** Centres of the mixture's components, row-major [modes, 2]; only the mixture has them. */
  readonly modes?: Float32Array;
  /** Standard deviation of each mixture component. */
  readonly modeStd?: number;
}

/** The plotted window, the same for every target: [xMin, xMax, yMin, yMax]. */
export const GAN_EXTENT = [-1, 1, -1, 1] as const;

const RING_RADIUS = 0.6;
const RING_NOISE = 0.04;
const MOONS_NOISE = 0.04;
/** Number of components of the mixture and their standard deviation. */
export const MIXTURE_MODES = 8;
export const MIXTURE_STD = 0.05;
const MIXTURE_RADIUS = 0.65;
/** Spread of the real samples around each point of a drawn shape. */
const DRAWN_NOISE = 0.025;

function ring(): GanTarget {
  return {
    name: "ring",
    sample(out, random) {
      for (let i = 0; i < out.length; i += 2) {
        const angle = 2 * Math.PI * random();
        const r = RING_RADIUS + RING_NOISE * gaussian(random);
        out[i] = r * Math.cos(angle);
        out[i + 1] = r * Math.sin(angle);
      }
    },
  };
}

function moons(): GanTarget {
  return {
    name: "moons",
    sample(out, random) {
      for (let i = 0; i < out.length; i += 2) {
        // The two half-moons of nonlinearSets.ts, centred and scaled into the square.
        const theta = Math.PI * random();
        const [x, y] = random() < 0.5 ? [Math.cos(theta), Math.sin(theta)] : [1 - Math.cos(theta), 0.5 - Math.sin(theta)];
        out[i] = 0.55 * (x - 0.5) + MOONS_NOISE * gaussian(random);
        out[i + 1] = 0.55 * (y - 0.25) + MOONS_NOISE * gaussian(random);
      }
    },
  };
}

/** Centres of the eight mixture components, evenly spaced on a circle. */
export function mixtureModes(): Float32Array {
  const modes = new Float32Array(2 * MIXTURE_MODES);
  for (let m = 0; m < MIXTURE_MODES; m++) {
    modes[2 * m] = MIXTURE_RADIUS * Math.cos((2 * Math.PI * m) / MIXTURE_MODES);
    modes[2 * m + 1] = MIXTURE_RADIUS * Math.sin((2 * Math.PI * m) / MIXTURE_MODES);
  }
  return modes;
}

function mixture(): GanTarget {
  const modes = mixtureModes();
  return {
    name: "mixture",
    modes,
    modeStd: MIXTURE_STD,
    sample(out, random) {
      for (let i = 0; i < out.length; i += 2) {
        const m = Math.floor(random() * MIXTURE_MODES);
        out[i] = modes[2 * m] + MIXTURE_STD * gaussian(random);
        out[i + 1] = modes[2 * m + 1] + MIXTURE_STD * gaussian(random);
      }
    },
  };
}

function drawn(points: Float32Array): GanTarget {
  const count = points.length / 2;
  return {
    name: "drawn",
    sample(out, random) {
      for (let i = 0; i < out.length; i += 2) {
        const k = Math.floor(random() * count);
        out[i] = points[2 * k] + DRAWN_NOISE * gaussian(random);
        out[i + 1] = points[2 * k + 1] + DRAWN_NOISE * gaussian(random);
      }
    },
  };
}

/**
 * The target called `name`; a drawn one samples around the points of `shape`
 * (a code from encodeShape). A drawn shape with fewer than MIN_SHAPE_POINTS
 * points falls back to the default shape.
 */
export function ganTarget(name: TargetName, shape = DEFAULT_SHAPE): GanTarget {
  switch (name) {
    case "ring": return ring();
    case "moons": return moons();
    case "mixture": return mixture();
    case "drawn": {
      const points = decodeShape(shape);
      return drawn(points && points.length >= 2 * MIN_SHAPE_POINTS ? points : (decodeShape(DEFAULT_SHAPE) as Float32Array));
    }
  }
}

/** n samples of `target`, row-major [n, 2]. */
export function sampleTarget(target: GanTarget, n: number, random: () => number): Float32Array {
  const out = new Float32Array(2 * n);
  target.sample(out, random);
  return out;
}

// ---- Drawn shapes in the URL -------------------------------------------------
//
// Each point is rounded to a 64 × 64 lattice over [−1, 1]² (steps of 2/63 ≈ 0.03,
// finer than the samples' spread) and written as two URL-safe base-64 digits,
// x then y: 128 points cost 256 characters.

const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const LEVELS = 64;
/** Most points a drawn shape keeps; longer strokes are thinned to this many. */
export const MAX_SHAPE_POINTS = 128;
/** Fewest points that make a shape worth learning. */
export const MIN_SHAPE_POINTS = 3;
/** What a shape code may look like: pairs of URL-safe base-64 digits. */
export const SHAPE_PATTERN = new RegExp(`^(?:[A-Za-z0-9_-]{2}){${MIN_SHAPE_POINTS},${MAX_SHAPE_POINTS}}$`);

const toLevel = (v: number) => Math.round(((Math.min(1, Math.max(-1, v)) + 1) / 2) * (LEVELS - 1));
const fromLevel = (k: number) => (2 * k) / (LEVELS - 1) - 1;

/**
 * The URL code of a drawn shape.
 * @param points row-major [n, 2] in [−1, 1]² (values outside are clamped); thinned to MAX_SHAPE_POINTS
 */
export function encodeShape(points: ArrayLike<number>): string {
  const n = Math.floor(points.length / 2);
  const every = Math.max(1, Math.ceil(n / MAX_SHAPE_POINTS));
  let code = "";
  for (let i = 0; i < n; i += every) code += DIGITS[toLevel(points[2 * i])] + DIGITS[toLevel(points[2 * i + 1])];
  return code;
}

/** The points of a shape code, row-major [n, 2]; undefined when the code is malformed. */
export function decodeShape(code: string): Float32Array | undefined {
  if (code.length % 2 !== 0 || code.length > 2 * MAX_SHAPE_POINTS) return undefined;
  const out = new Float32Array(code.length);
  for (let i = 0; i < code.length; i++) {
    const k = DIGITS.indexOf(code[i]);
    if (k < 0) return undefined;
    out[i] = fromLevel(k);
  }
  return out;
}

/** A heart, the drawn target's starting shape until the reader draws one. */
function heart(): Float32Array {
  const n = 48;
  const out = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * i) / n;
    out[2 * i] = (0.75 * 16 * Math.sin(t) ** 3) / 17;
    out[2 * i + 1] = (0.75 * (13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t))) / 17 + 0.1;
  }
  return out;
}

/** The code of the default drawn shape (a heart). */
export const DEFAULT_SHAPE = encodeShape(heart());
