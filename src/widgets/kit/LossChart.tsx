/**
 * Live loss (left axis) and accuracy (right axis) against step, drawn by uPlot:
 * a 50 KB canvas chart made for streaming thousands of points, far lighter than
 * an SVG chart library redrawing 20 times a second.
 */
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { History } from "./history";
import { useElementWidth } from "./useElementWidth";

export interface LossChartProps {
  readonly history: History;
  /** Changes whenever new points arrived; triggers a redraw. */
  readonly revision: number;
  readonly label: string;
}

const cssVar = (name: string, fallback: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** The training curve of one run. */
export function LossChart({ history, revision, label }: LossChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const width = useElementWidth(box);

  useEffect(() => {
    if (!box.current || width === 0) return;
    const ink = cssVar("--text-muted", "#555");
    const opts: uPlot.Options = {
      width,
      height: 200,
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false }, acc: { range: [0, 1] } },
      axes: [
        { stroke: ink, grid: { stroke: cssVar("--border", "#ddd") }, label: "step" },
        { stroke: ink, grid: { stroke: cssVar("--border", "#ddd") }, label: "loss" },
        { scale: "acc", side: 1, stroke: ink, grid: { show: false }, label: "accuracy" },
      ],
      series: [
        { label: "step" },
        { label: "loss", stroke: cssVar("--series-loss", "#d1495b"), width: 2 },
        // Fast models report accuracy once per chunk of steps: join those points.
        { label: "accuracy", scale: "acc", stroke: cssVar("--series-accuracy", "#2e86ab"), width: 1.5, spanGaps: true },
      ],
    };
    plot.current = new uPlot(opts, [[], [], []], box.current);
    return () => { plot.current?.destroy(); plot.current = null; };
  }, [width]);

  useEffect(() => {
    plot.current?.setData([history.steps, history.losses, history.accuracies]);
  }, [history, revision, width]);

  return <div ref={box} className="widget__chart" role="img" aria-label={label} />;
}
