/**
 * Earlier runs kept for comparison: on every reset, the run that just ended is
 * snapshotted with the settings it ran under, and each run is labelled by the
 * settings that differ between the runs on show (what the reader changed).
 */
import type { Schema, Settings } from "../../hyperparams/schema";
import type { History } from "./history";

/** A finished (or abandoned) run: its curve and the settings it ran with. */
export interface PastRun {
  /** 1, 2, 3… in the order the runs were made. */
  readonly number: number;
  readonly settings: Settings;
  readonly history: History;
}

/** How many earlier runs are kept; older ones drop off. */
export const MAX_PAST_RUNS = 5;

/** `runs` with `history` appended as the newest past run (if it has any points), oldest dropped past `max`. */
export function keepRun(runs: readonly PastRun[], history: History, settings: Settings, max = MAX_PAST_RUNS): PastRun[] {
  if (history.steps.length === 0) return [...runs];
  const number = (runs.at(-1)?.number ?? 0) + 1;
  return [...runs, { number, settings, history }].slice(-max);
}

/** A setting's value as a reader knows it: the option's label for choices, the number otherwise. */
function shown(schema: Schema, key: string, value: number | string | undefined): string {
  const p = schema.find((q) => q.key === key);
  if (p?.kind === "choice") return p.options.find((o) => o.value === value)?.label ?? String(value);
  return typeof value === "number" ? String(Number(value.toPrecision(4))) : String(value);
}

/**
 * One label per settings object, naming only the keys whose values differ
 * among them (e.g. "Batch size 1 (stochastic) · Learning rate η 0.1"), in schema
 * order. Keys in `ignore` (display-only settings) never count.
 * @returns labels in the order of `all`; "same settings" when nothing differs
 */
export function runLabels(schema: Schema, all: readonly Settings[], ignore: readonly string[] = []): string[] {
  const differing = schema
    .map((p) => p.key)
    .filter((key) => !ignore.includes(key) && new Set(all.map((s) => String(s[key]))).size > 1);
  return all.map((s) =>
    differing.length === 0
      ? "same settings"
      : differing.map((key) => `${schema.find((p) => p.key === key)?.label ?? key} ${shown(schema, key, s[key])}`).join(" · "),
  );
}
