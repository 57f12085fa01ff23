/**
 * A loss chart that keeps earlier runs: the current run in full colour, each
 * earlier run (kept by useTrainer on every reset) in its own muted colour,
 * labelled by the settings that differ between the runs. Any StepMetrics
 * figure can be on either axis ("step", "loss", "accuracy" or an extra's key),
 * so chapters reuse it for test loss, epochs or batch loss.
 */
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { Schema, Settings } from "../../hyperparams/schema";
import type { History } from "./history";
import { logAxisValues } from "./plotFrame";
import { runLabels, type PastRun } from "./runs";
import { useElementWidth } from "./useElementWidth";

/** A column of a history: "step", "loss", "accuracy" or the key of a StepMetrics extra. */
export type HistoryColumn = string;

export interface RunComparisonProps {
  readonly history: History;
  readonly runs: readonly PastRun[];
  readonly settings: Settings;
  readonly schema: Schema;
  /** Changes whenever new points arrived; triggers a redraw. */
  readonly revision: number;
  readonly x: { readonly column: HistoryColumn; readonly label: string };
  readonly y: { readonly column: HistoryColumn; readonly label: string; readonly log?: boolean };
  /** A second, thin series of the current run only (e.g. each mini-batch's own loss). */
  readonly overlay?: { readonly column: HistoryColumn; readonly label: string };
  /** Settings that never tell runs apart (display-only ones). */
  readonly ignore?: readonly string[];
  readonly onClear?: () => void;
  readonly label: string;
}

/** The values of one column of a history (null where missing). */
export function historyColumn(h: History, column: HistoryColumn): (number | null)[] {
  if (column === "step") return h.steps;
  if (column === "loss") return h.losses;
  if (column === "accuracy") return h.accuracies;
  return h.extras[column] ?? h.steps.map(() => null);
}

const cssVar = (name: string, fallback: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** Earlier runs' colours, oldest first; the current run uses --series-loss. */
const PAST_COLOURS = ["--run-1", "--run-2", "--run-3", "--run-4", "--run-5"];
const PAST_FALLBACK = ["#7a869a", "#2e8b57", "#8e44ad", "#b8860b", "#1f6fb5"];

/** One run as an x-sorted [x, y] table, non-positive values dropped on a log axis. */
function table(h: History, x: HistoryColumn, y: HistoryColumn, log: boolean): uPlot.AlignedData {
  const xs = historyColumn(h, x);
  const ys = historyColumn(h, y);
  const rows: [number, number | null][] = [];
  xs.forEach((xv, i) => {
    const yv = ys[i];
    if (xv === null || !Number.isFinite(xv)) return;
    rows.push([xv, yv === null || !Number.isFinite(yv) || (log && yv <= 0) ? null : yv]);
  });
  rows.sort((a, b) => a[0] - b[0]);
  return [rows.map((r) => r[0]), rows.map((r) => r[1])];
}

export function RunComparison(props: RunComparisonProps) {
  const { history, runs, settings, schema, revision, x, y, overlay, ignore = [], onClear, label } = props;
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const width = useElementWidth(box);
  const labels = runLabels(schema, [...runs.map((r) => r.settings), settings], ignore);
  const shape = `${runs.map((r) => r.number).join(",")}|${labels.join("|")}|${x.column}|${y.column}|${overlay?.column ?? ""}`;

  useEffect(() => {
    if (!box.current || width === 0) return;
    const ink = cssVar("--text-muted", "#555");
    const grid = { stroke: cssVar("--border", "#ddd") };
    const series: uPlot.Series[] = [
      { label: x.label },
      ...runs.map((r, i) => ({
        label: `run ${r.number}: ${labels[i]}`,
        stroke: cssVar(PAST_COLOURS[i % PAST_COLOURS.length], PAST_FALLBACK[i % PAST_FALLBACK.length]),
        width: 1.5,
        spanGaps: true,
      })),
      { label: `now: ${labels.at(-1)}`, stroke: cssVar("--series-loss", "#c0262d"), width: 2.25, spanGaps: true },
    ];
    if (overlay) series.push({ label: overlay.label, stroke: cssVar("--text-muted", "#888"), width: 0.75, spanGaps: true, alpha: 0.5 } as uPlot.Series);
    const opts: uPlot.Options = {
      width,
      height: 220,
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false }, y: y.log ? { distr: 3 } : {} },
      axes: [
        { stroke: ink, grid, label: x.label },
        { stroke: ink, grid, label: y.label, ...(y.log ? { values: logAxisValues } : {}) },
      ],
      series,
    };
    plot.current = new uPlot(opts, [[], ...series.slice(1).map(() => [])] as uPlot.AlignedData, box.current);
    return () => { plot.current?.destroy(); plot.current = null; };
    // `shape` covers the runs, their labels and the columns; redrawing data alone is the next effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, shape, y.log]);

  useEffect(() => {
    const log = y.log ?? false;
    const tables = [...runs.map((r) => table(r.history, x.column, y.column, log)), table(history, x.column, y.column, log)];
    if (overlay) tables.push(table(history, x.column, overlay.column, log));
    // uPlot.join needs at least one table; a run with no points yet is an empty one.
    plot.current?.setData(uPlot.join(tables));
  }, [history, runs, revision, width, shape, x.column, y.column, overlay, y.log]);

  return (
    <div className="widget__runs">
      <div ref={box} className="widget__chart" role="img" aria-label={label} />
      {runs.length > 0 && (
        <p className="widget__legend">
          Earlier runs are kept on the chart, labelled by the settings that differ.{" "}
          {onClear && <button type="button" className="button button--small" onClick={onClear}>Forget earlier runs</button>}
        </p>
      )}
    </div>
  );
}
