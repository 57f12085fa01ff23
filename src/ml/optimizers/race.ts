/**
 * The optimizer race: SGD, momentum, RMSProp and Adam each minimise the same
 * 2-D surface from the same start, every one a pair of TF.js variables updated
 * by its own tf.train optimizer. One step moves every racer still running;
 * the positions and losses of a whole chunk are read back once.
 *
 * A racer whose loss becomes NaN, infinite or above DIVERGED_LOSS is marked
 * diverged and stops moving; the others race on. The step's reported loss is
 * the best loss among racers still running, so the session's own "diverged"
 * status (a non-finite loss) means every racer diverged.
 */
import * as tf from "../tf";
// For its side effect: tfjs-layers registers every core op's gradient, in Node and in the
// browser alike (importing tfjs-core's register_all_gradients directly fails under Node's ESM).
import "@tensorflow/tfjs-layers";
import { createOptimizer, disposeOptimizer, setLearningRate, setMomentum, type OptimizerName } from "../optimizers";
import type { ModelView, Stat, StepMetrics, StepResult, Trainable } from "../trainable";
import { surfaceValue, type Arithmetic, type Surface } from "./surfaces";
import { thinTrajectory } from "./trajectory";

/** The racers, in drawing order. */
export const RACERS: readonly OptimizerName[] = ["sgd", "momentum", "rmsprop", "adam"];

/** Losses above this count as diverged: every start here has f below 10. */
export const DIVERGED_LOSS = 1e6;

export interface RaceOptions {
  readonly surface: Surface;
  readonly learningRate: number;
  /** β of the momentum racer. */
  readonly momentum: number;
  /** A racer whose loss falls to this has arrived. */
  readonly tolerance?: number;
  /** The race stops ("done") after this many steps. */
  readonly maxSteps?: number;
  /** Points per trajectory in a view; longer ones are thinned evenly. */
  readonly maxTrajectoryPoints?: number;
}

interface Racer {
  readonly name: OptimizerName;
  readonly x: tf.Variable;
  readonly y: tf.Variable;
  readonly optimizer: tf.Optimizer;
  /** Positions after each step, start included: [x0, y0, x1, y1, …]. */
  path: number[];
  loss: number;
  divergedAt?: number;
  arrivedAt?: number;
}

/** TF.js scalars as the surfaces' arithmetic. */
const tensorArithmetic: Arithmetic<tf.Scalar> = {
  constant: (v) => tf.scalar(v),
  add: (a, b) => tf.add(a, b),
  sub: (a, b) => tf.sub(a, b),
  mul: (a, b) => tf.mul(a, b),
  square: (a) => tf.square(a),
};

/** The loss of one racer at its current position, on the device. */
function lossAt(surface: Surface, x: tf.Variable, y: tf.Variable): tf.Scalar {
  return surface.value(tensorArithmetic, x as tf.Scalar, y as tf.Scalar);
}

/** Builds the race; the caller owns it and must dispose() it. */
export function createRace(options: RaceOptions): Trainable & { readonly racers: () => readonly RacerSummary[] } {
  const { surface } = options;
  const tolerance = options.tolerance ?? 1e-6;
  const maxSteps = options.maxSteps ?? 3000;
  const maxPoints = options.maxTrajectoryPoints ?? 600;
  const start = surfaceValue(surface, surface.start[0], surface.start[1]);
  const racers: Racer[] = RACERS.map((name) => ({
    name,
    // In tidy: tf.variable copies its initial value, which would otherwise stay alive.
    x: tf.tidy(() => tf.variable(tf.scalar(surface.start[0]), true, undefined, "float32")),
    y: tf.tidy(() => tf.variable(tf.scalar(surface.start[1]), true, undefined, "float32")),
    optimizer: createOptimizer(name, options.learningRate, { momentum: options.momentum }),
    path: [surface.start[0], surface.start[1]],
    loss: start,
  }));
  let step = 0;

  const running = () => racers.filter((r) => r.divergedAt === undefined);

  /** One step of every running racer; returns [loss, x, y] per running racer, on the device. */
  function raceStep(moving: readonly Racer[]): tf.Tensor1D {
    return tf.tidy(() => {
      const out: tf.Scalar[] = [];
      for (const r of moving) {
        r.optimizer.minimize(() => lossAt(surface, r.x, r.y), false, [r.x, r.y]);
        out.push(lossAt(surface, r.x, r.y), r.x as tf.Scalar, r.y as tf.Scalar);
      }
      return tf.stack(out) as tf.Tensor1D;
    });
  }

  return {
    async run(count): Promise<StepResult> {
      const moving = running();
      const chunks: tf.Tensor1D[] = [];
      for (let k = 0; k < count; k++) chunks.push(raceStep(moving));
      const stacked = tf.stack(chunks);            // [count, 3 · moving]
      chunks.forEach((t) => t.dispose());
      const values = await stacked.data();
      stacked.dispose();
      const width = 3 * moving.length;
      const points: StepMetrics[] = [];
      for (let k = 0; k < count; k++) {
        step++;
        moving.forEach((r, i) => {
          if (r.divergedAt !== undefined) return;
          const [loss, x, y] = [values[k * width + 3 * i], values[k * width + 3 * i + 1], values[k * width + 3 * i + 2]];
          r.loss = loss;
          if (!Number.isFinite(loss) || loss > DIVERGED_LOSS) { r.divergedAt = step; return; }
          r.path.push(x, y);
          if (r.arrivedAt === undefined && loss <= tolerance) r.arrivedAt = step;
        });
        const live = racers.filter((r) => r.divergedAt === undefined);
        const extra = Object.fromEntries(racers.map((r) => [r.name, r.divergedAt === undefined ? r.loss : NaN]));
        // Every racer diverged: report an infinite loss, which the session shows as "diverged".
        const loss = live.length ? Math.min(...live.map((r) => r.loss)) : Infinity;
        points.push({ step, loss, extra });
      }
      const live = running();
      const allSettled = live.every((r) => r.arrivedAt !== undefined);
      if (live.length > 0 && allSettled) {
        return { points, converged: true, message: `Every optimizer still running reached a loss of ${tolerance} or less by step ${step}.` };
      }
      if (live.length > 0 && step >= maxSteps) {
        return { points, converged: true, message: `The race stops after ${maxSteps} steps.` };
      }
      return { points, converged: false };
    },

    async view(): Promise<ModelView> {
      const extra: Record<string, number[] | number | string> = { surface: surface.name };
      const params: Record<string, number[]> = {};
      const stats: Stat[] = [];
      for (const r of racers) {
        extra[`path.${r.name}`] = thinTrajectory(r.path, maxPoints);
        extra[`loss.${r.name}`] = r.loss;
        if (r.divergedAt !== undefined) extra[`diverged.${r.name}`] = r.divergedAt;
        if (r.arrivedAt !== undefined) extra[`arrived.${r.name}`] = r.arrivedAt;
        params[r.name] = r.path.slice(-2);
      }
      stats.push({ label: "Still running", value: running().length });
      return { step, params, stats, extra };
    },

    setLive(settings) {
      for (const r of racers) {
        if (typeof settings.learningRate === "number") setLearningRate(r.optimizer, settings.learningRate);
        if (typeof settings.momentum === "number") setMomentum(r.optimizer, settings.momentum);
      }
    },

    dispose() {
      for (const r of racers) {
        disposeOptimizer(r.optimizer);
        r.x.dispose();
        r.y.dispose();
      }
    },

    racers: () => racers.map((r) => ({ name: r.name, loss: r.loss, divergedAt: r.divergedAt, arrivedAt: r.arrivedAt, position: [r.path.at(-2) ?? NaN, r.path.at(-1) ?? NaN] as const })),
  };
}

/** One racer's state, for facts and tests. */
export interface RacerSummary {
  readonly name: OptimizerName;
  readonly loss: number;
  readonly divergedAt?: number;
  readonly arrivedAt?: number;
  readonly position: readonly [number, number];
}
