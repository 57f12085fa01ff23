/**
 * The per-widget baseline: the widget's own model (createModel with the
 * widget's settings) trained by `trainable.run(k)` back to back, with no
 * session, worker protocol, view() or pacing. k is calibrated during the
 * warm-up so one call takes about `chunkMs`, then held fixed for the window.
 */
import type { BackendChoice, Settings } from "../../src/hyperparams/schema";
import { selectBackend } from "../../src/ml/backend";
import { createModel } from "../../src/ml/models";
import * as tf from "../../src/ml/tf";
import type { Trainable } from "../../src/ml/trainable";

export interface BareRunOptions {
  readonly id: string;
  /** The widget's full settings (defaults merged with the URL's), backend included. */
  readonly settings: Settings;
  readonly warmupMs: number;
  readonly windowMs: number;
  /** What one run(k) call should take, in ms. */
  readonly chunkMs: number;
}

export interface BareRunResult {
  readonly backend: string;
  /** Steps per run() call in the window. */
  readonly k: number;
  readonly steps: number;
  readonly ms: number;
  readonly stepsPerSecond: number;
  readonly calls: number;
  readonly meanCallMs: number;
  readonly maxCallMs: number;
  /** Times the model converged or diverged and was rebuilt to keep going (warm-up and window). */
  readonly rebuilds: number;
  readonly rebuildReasons: readonly string[];
  /** The model's pace (steps/s) in the widget; undefined = unpaced. */
  readonly pace?: number;
  readonly tensorsAfter: number;
}

export async function bareRun(o: BareRunOptions): Promise<BareRunResult> {
  const { backend } = await selectBackend((o.settings.backend as BackendChoice) ?? "auto");
  let setup = await createModel(o.id, o.settings);
  let trainable: Trainable = setup.trainable;
  const pace = setup.pace;
  let rebuilds = 0;
  const reasons: string[] = [];
  /** One call; a converged or diverged model is replaced by a fresh one so the loop never idles. */
  const call = async (k: number) => {
    const r = await trainable.run(k);
    const bad = r.points.some((p) => !Number.isFinite(p.loss));
    if (r.converged || bad) {
      rebuilds++;
      if (reasons.length < 3) reasons.push(bad ? "diverged" : (r.message ?? "converged").slice(0, 120));
      trainable.dispose();
      setup = await createModel(o.id, o.settings);
      trainable = setup.trainable;
    }
  };

  let k = 1;
  const w0 = performance.now();
  while (performance.now() - w0 < o.warmupMs) {
    const t = performance.now();
    await call(k);
    const took = Math.max(0.1, performance.now() - t);
    k = Math.max(1, Math.min(1 << 16, Math.round(k * Math.min(4, o.chunkMs / took))));
  }
  let steps = 0;
  let calls = 0;
  let maxCallMs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < o.windowMs) {
    const t = performance.now();
    await call(k);
    maxCallMs = Math.max(maxCallMs, performance.now() - t);
    steps += k;
    calls++;
  }
  const ms = performance.now() - t0;
  trainable.dispose();
  return {
    backend, k, steps, ms, stepsPerSecond: (steps / ms) * 1000, calls, meanCallMs: ms / calls, maxCallMs,
    rebuilds, rebuildReasons: reasons, pace, tensorsAfter: tf.memory().numTensors,
  };
}
