/**
 * Several figures of the current run against step (uPlot): the loss and any
 * StepMetrics extra (test loss, distance to a solution…), on a left and an
 * optional right axis, either of them logarithmic. Non-finite values, and
 * non-positive ones on a log axis, become gaps.
 */
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { History } from "./history";
import { logAxisValues } from "./plotFrame";
import { historyColumn } from "./RunComparison";
import { useElementWidth } from "./useElementWidth";

export interface MetricSeries {
  /** "loss", "accuracy" or the key of a StepMetrics extra. */
  readonly column: string;
  readonly label: string;
  /** CSS custom property holding the colour, and a fallback. */
  readonly colour: readonly [string, string];
  /** Which axis: "left" (default) or "right". */
  readonly axis?: "left" | "right";
  readonly dash?: readonly number[];
}

export interface MetricAxis {
  readonly label: string;
  readonly log?: boolean;
}

export interface MetricsChartProps {
  readonly history: History;
  /** Changes whenever new points arrived; triggers a redraw. */
  readonly revision: number;
  readonly series: readonly MetricSeries[];
  readonly left: MetricAxis;
  readonly right?: MetricAxis;
  readonly label: string;
  readonly height?: number;
}

const cssVar = (name: string, fallback: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** A column fit for an axis: gaps for non-finite values (and non-positive ones on a log axis). */
function plottable(column: readonly (number | null)[], log: boolean): (number | null)[] {
  return column.map((v) => (v === null || !Number.isFinite(v) || (log && v <= 0) ? null : v));
}

export function MetricsChart({ history, revision, series, left, right, label, height = 200 }: MetricsChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const width = useElementWidth(box);
  const shape = `${series.map((s) => `${s.column}:${s.axis ?? "left"}`).join(",")}|${left.log ?? false}|${right?.log ?? ""}`;

  useEffect(() => {
    if (!box.current || width === 0) return;
    const ink = cssVar("--text-muted", "#555");
    const grid = { stroke: cssVar("--border", "#ddd") };
    const opts: uPlot.Options = {
      width,
      height,
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: false },
        left: left.log ? { distr: 3 } : {},
        ...(right ? { right: right.log ? { distr: 3 } : {} } : {}),
      },
      axes: [
        { stroke: ink, grid, label: "step" },
        { scale: "left", stroke: ink, grid, label: left.label, ...(left.log ? { values: logAxisValues } : {}) },
        ...(right ? [{ scale: "right", side: 1, stroke: ink, grid: { show: false }, label: right.label, ...(right.log ? { values: logAxisValues } : {}) } as uPlot.Axis] : []),
      ],
      series: [
        { label: "step" },
        ...series.map((s) => ({
          label: s.label,
          scale: s.axis ?? "left",
          stroke: cssVar(s.colour[0], s.colour[1]),
          width: 2,
          dash: s.dash ? [...s.dash] : undefined,
          spanGaps: true,
        })),
      ],
    };
    plot.current = new uPlot(opts, [[], ...series.map(() => [])] as uPlot.AlignedData, box.current);
    return () => { plot.current?.destroy(); plot.current = null; };
    // `shape` covers the series and axes; new data alone is the next effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, shape, height]);

  useEffect(() => {
    const columns = series.map((s) => plottable(historyColumn(history, s.column), (s.axis === "right" ? right?.log : left.log) ?? false));
    plot.current?.setData([history.steps, ...columns] as uPlot.AlignedData);
  }, [history, revision, width, shape, series, left.log, right?.log]);

  return <div ref={box} className="widget__chart" role="img" aria-label={label} />;
}
