/**
 * A two-feature data set over the model's decision regions. Classes differ in
 * shape as well as colour (circles −1, squares +1) so colour-blind readers can
 * tell them apart; the point the perceptron just visited gets a ring.
 */
import { useEffect, useRef } from "react";
import type { TwoFeatureSet } from "../../data/twoFeatureSet";
import type { ModelView } from "../../ml/trainable";
import { drawScatter } from "./drawScatter";
import { useElementWidth } from "./useElementWidth";

export interface DecisionScatterProps {
  readonly data: TwoFeatureSet;
  readonly view?: ModelView;
  readonly label: string;
  /**
   * Drawn after the points, e.g. margin lines or rings. `at` maps data
   * coordinates to canvas pixels. Memoise it, or it redraws on every render.
   */
  readonly overlay?: (ctx: CanvasRenderingContext2D, at: ScatterCoordinates, style: CSSStyleDeclaration) => void;
}

/** Data → canvas mapping handed to an overlay; `size` is the square's side in CSS pixels. */
export interface ScatterCoordinates {
  readonly x: (value: number) => number;
  readonly y: (value: number) => number;
  readonly size: number;
}

/** Canvas scatter with decision regions; redraws on every new view. */
export function DecisionScatter({ data, view, label, overlay }: DecisionScatterProps) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = Math.min(useElementWidth(box), 420);

  useEffect(() => {
    const c = canvas.current;
    if (!c || width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    c.width = Math.round(width * ratio);
    c.height = Math.round(width * ratio);
    c.style.width = `${width}px`;
    c.style.height = `${width}px`;
    const ctx = c.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const style = getComputedStyle(c);
    drawScatter(ctx, width, data, view, style);
    if (overlay) {
      const [x0, x1, y0, y1] = data.extent;
      overlay(ctx, { x: (v) => ((v - x0) / (x1 - x0)) * width, y: (v) => width - ((v - y0) / (y1 - y0)) * width, size: width }, style);
    }
  }, [data, view, width, overlay]);

  return (
    <div ref={box} className="widget__scatter">
      <canvas ref={canvas} role="img" aria-label={label} />
      <p className="widget__legend">
        <span className="legend legend--neg">● {data.classNames[0]}</span>{" "}
        <span className="legend legend--pos">■ {data.classNames[1]}</span>{" "}
        <span className="widget__axes">x: {data.featureNames[0]}, y: {data.featureNames[1]}</span>
      </p>
    </div>
  );
}
