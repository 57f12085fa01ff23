/**
 * The URL settings each widget is benchmarked with, derived from its schema
 * (read from the catalog at run time, so new widgets need no entry here):
 * pace at its maximum so it does not cap throughput, run lengths at their
 * maximum and the learning rate at its minimum so training does not reach
 * "done" inside the window. A few widgets need one more nudge, listed below.
 */

/** Per-widget additions, by id: only keys the widget's schema has are applied. */
const nudges = {
  // 200 epochs of 32-row batches on 100 rows is ~800 steps: gone in a second. Batch 1 gives 20,000.
  "batch-size": { batch: "1" },
};

/**
 * @param {{ id: string, schema: readonly any[] }} entry a catalog row (bench/pages/bare.ts)
 * @returns {{ search: string, notes: string[], pace: number | null }} query string without backend, why each key is set
 */
export function benchSettings(entry) {
  const q = new URLSearchParams();
  const notes = [];
  let pace = null;
  for (const p of entry.schema) {
    if (p.kind !== "number") continue;
    if (p.url === "speed" || p.key === "speed") {
      q.set(p.url, String(p.max));
      pace = p.max;
      notes.push(`${p.url}=${p.max} (pace at its maximum)`);
    } else if (p.key === "maxSteps" || p.key === "epochs") {
      q.set(p.url, String(p.max));
      notes.push(`${p.url}=${p.max} (longest run)`);
    } else if (p.key === "learningRate") {
      q.set(p.url, String(p.min));
      notes.push(`${p.url}=${p.min} (smallest, so it does not converge in the window)`);
    }
  }
  for (const [key, value] of Object.entries(nudges[entry.id] ?? {})) {
    if (!entry.schema.some((p) => p.url === key)) continue;
    q.set(key, value);
    notes.push(`${key}=${value}`);
  }
  return { search: q.toString(), notes, pace };
}
