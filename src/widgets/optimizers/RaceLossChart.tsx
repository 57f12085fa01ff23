/** Each racer's loss against step on a log axis (uPlot); a diverged racer's line simply ends. */
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { History } from "../kit/history";
import { useElementWidth } from "../kit/useElementWidth";
import { racerColour, racerStyles } from "./racers";

export interface RaceLossChartProps {
  readonly history: History;
  readonly revision: number;
  readonly label: string;
}

/** Loss values a log axis can show: non-finite and non-positive ones become gaps. */
const positive = (column: readonly (number | null)[] | undefined, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const v = column?.[i];
    return v === null || v === undefined || !Number.isFinite(v) || v <= 0 ? null : v;
  });

/** Powers of ten as 1e-6 … 1e+4, so tiny losses do not all print as 0. */
const logTick = (v: number | null) => (v === null ? "" : v >= 0.01 && v <= 1000 ? String(v) : v.toExponential(0));

export function RaceLossChart({ history, revision, label }: RaceLossChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const width = useElementWidth(box);

  useEffect(() => {
    if (!box.current || width === 0) return;
    const css = getComputedStyle(document.documentElement);
    const ink = css.getPropertyValue("--text-muted").trim() || "#555";
    const grid = { stroke: css.getPropertyValue("--border").trim() || "#ddd" };
    const opts: uPlot.Options = {
      width,
      height: 220,
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false }, y: { distr: 3 } },
      axes: [
        { stroke: ink, grid, label: "step" },
        { stroke: ink, grid, label: "loss (log scale)", size: 56, values: (_u, splits) => splits.map(logTick) },
      ],
      series: [{ label: "step" }, ...racerStyles.map((r) => ({ label: r.label, stroke: racerColour(r), width: 2 }))],
    };
    plot.current = new uPlot(opts, [[], ...racerStyles.map(() => [])] as uPlot.AlignedData, box.current);
    return () => { plot.current?.destroy(); plot.current = null; };
  }, [width]);

  useEffect(() => {
    const n = history.steps.length;
    plot.current?.setData([history.steps, ...racerStyles.map((r) => positive(history.extras[r.name], n))] as uPlot.AlignedData);
  }, [history, revision, width]);

  return <div ref={box} className="widget__chart" role="img" aria-label={label} />;
}
