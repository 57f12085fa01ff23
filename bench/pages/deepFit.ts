/**
 * The deep widgets' baseline: bare `model.fit` of the widget's own network on
 * its own data and batch size (built by bench/pages/deepFits.ts from the
 * chapter's exported builders), with no session, worker protocol or views.
 * One "step" is one minibatch of every model the widget trains per step.
 */
import type { Settings } from "../../src/hyperparams/schema";
import type { BackendChoice } from "../../src/hyperparams/schema";
import { selectBackend } from "../../src/ml/backend";
import * as tf from "../../src/ml/tf";
import { fitBaselines, type FitBaseline, type FitPart } from "./deepFits";

export interface DeepFitOptions {
  readonly id: string;
  /** The widget's full settings (defaults merged with the URL's), backend included. */
  readonly settings: Settings;
  readonly warmupMs: number;
  readonly windowMs: number;
}

export interface DeepFitResult {
  readonly backend: string;
  readonly what: string;
  readonly batchSize: number;
  readonly warmupStepsPerSecond: number;
  readonly steps: number;
  readonly ms: number;
  readonly stepsPerSecond: number;
  /** tf.memory() right after the timed fit, before anything is disposed. */
  readonly tensorsAtEnd: number;
  readonly bytesAtEnd: number;
}

const rows = (t: tf.Tensor | tf.Tensor[]) => (Array.isArray(t) ? t[0] : t).shape[0];
const head = (t: tf.Tensor | tf.Tensor[], n: number) => (Array.isArray(t) ? t.map((u) => tf.slice(u, 0, n)) : tf.slice(t, 0, n));
const free = (t: tf.Tensor | tf.Tensor[]) => (Array.isArray(t) ? t.forEach((u) => u.dispose()) : t.dispose());

/** Fits every part on its first `batches` minibatches, `epochs` times; returns the minibatches run per part. */
async function fitParts(parts: readonly FitPart[], batchSize: number, batches: number, epochs: number): Promise<number> {
  let done = 0;
  for (const part of parts) {
    const n = Math.min(rows(part.x), batches * batchSize);
    const x = head(part.x, n);
    const y = head(part.y, n);
    await part.model.fit(x, y, { batchSize, epochs, shuffle: true, verbose: 0 });
    free(x);
    free(y);
    done = Math.ceil(n / batchSize) * epochs;
  }
  return done;
}

export async function deepFit(o: DeepFitOptions): Promise<DeepFitResult> {
  const factory = fitBaselines[o.id];
  if (!factory) throw new Error(`no model.fit baseline for ${o.id}`);
  const { backend } = await selectBackend((o.settings.backend as BackendChoice) ?? "auto");
  const baseline: FitBaseline = await factory(o.settings);
  try {
    const { parts, batchSize } = baseline;
    // Warm-up (shader compilation, first-use allocation): two minibatches at a time.
    let warm = 0;
    const w0 = performance.now();
    while (performance.now() - w0 < o.warmupMs) warm += await fitParts(parts, batchSize, 2, 1);
    const warmRate = (warm / (performance.now() - w0)) * 1000;
    // Timed: enough minibatches for about windowMs, over as many distinct rows as the data has.
    const wanted = Math.max(4, Math.round((warmRate * o.windowMs) / 1000));
    const available = Math.max(1, Math.floor(Math.min(...parts.map((p) => rows(p.x))) / batchSize));
    const batches = Math.min(wanted, available);
    const epochs = Math.max(1, Math.round(wanted / batches));
    const t0 = performance.now();
    const steps = await fitParts(parts, batchSize, batches, epochs);
    const ms = performance.now() - t0;
    const m = tf.memory();
    return { backend, what: baseline.what, batchSize, warmupStepsPerSecond: warmRate, steps, ms, stepsPerSecond: (steps / ms) * 1000, tensorsAtEnd: m.numTensors, bytesAtEnd: m.numBytes };
  } finally {
    baseline.dispose();
  }
}
