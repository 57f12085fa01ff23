/**
 * The loss and accuracy history a chart draws, in columns (what uPlot takes).
 * Bounded: past `cap` points every other one is dropped, so memory stays flat
 * in a long run while the curve keeps its shape.
 */
import type { StepMetrics } from "../../ml/trainable";

export interface History {
  steps: number[];
  losses: number[];
  accuracies: (number | null)[];
  /** Each StepMetrics.extra figure by name, aligned with `steps` (null where a step lacked it). */
  extras: Record<string, (number | null)[]>;
}

export const emptyHistory = (): History => ({ steps: [], losses: [], accuracies: [], extras: {} });

/** Appends new points in place; thins the whole history when it passes `cap`. */
export function appendPoints(h: History, points: readonly StepMetrics[], cap = 4000): void {
  for (const p of points) {
    const at = h.steps.length;
    h.steps.push(p.step);
    h.losses.push(p.loss);
    h.accuracies.push(p.accuracy ?? null);
    for (const [key, value] of Object.entries(p.extra ?? {})) {
      (h.extras[key] ??= new Array<number | null>(at).fill(null))[at] = value;
    }
    for (const column of Object.values(h.extras)) if (column.length <= at) column[at] = null;
  }
  if (h.steps.length > cap) {
    const keep = (_: unknown, i: number, a: unknown[]) => i % 2 === 1 || i === a.length - 1;
    h.steps = h.steps.filter(keep);
    h.losses = h.losses.filter(keep);
    h.accuracies = h.accuracies.filter(keep);
    for (const key of Object.keys(h.extras)) h.extras[key] = h.extras[key].filter(keep);
  }
}
