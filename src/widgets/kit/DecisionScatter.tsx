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
}

/** Canvas scatter with decision regions; redraws on every new view. */
export function DecisionScatter({ data, view, label }: DecisionScatterProps) {
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
    drawScatter(ctx, width, data, view, getComputedStyle(c));
  }, [data, view, width]);

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
