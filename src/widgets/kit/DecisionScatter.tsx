/**
 * A two-feature data set over the model's decision regions. Classes differ in
 * shape as well as colour (circles −1, squares +1) so colour-blind readers can
 * tell them apart; the point the perceptron just visited gets a ring.
 */
import type { TwoFeatureSet } from "../../data/twoFeatureSet";
import type { ModelView } from "../../ml/trainable";
import { CanvasPlot } from "./CanvasPlot";
import { drawScatter } from "./drawScatter";

export interface DecisionScatterProps {
  readonly data: TwoFeatureSet;
  readonly view?: ModelView;
  readonly label: string;
  /**
   * Drawn after the points, e.g. margin lines or rings. `at` maps data
   * coordinates to canvas pixels.
   */
  readonly overlay?: (ctx: CanvasRenderingContext2D, at: ScatterCoordinates, style: CSSStyleDeclaration) => void;
}

/** Data → canvas mapping handed to an overlay; `size` is the square's side in CSS pixels. */
export interface ScatterCoordinates {
  readonly x: (value: number) => number;
  readonly y: (value: number) => number;
  readonly size: number;
}

/** Canvas scatter with decision regions; redraws on every new view and when the theme changes. */
export function DecisionScatter({ data, view, label, overlay }: DecisionScatterProps) {
  function draw(ctx: CanvasRenderingContext2D, size: number, _height: number, style: CSSStyleDeclaration) {
    drawScatter(ctx, size, data, view, style);
    if (overlay) {
      const [x0, x1, y0, y1] = data.extent;
      overlay(ctx, { x: (v) => ((v - x0) / (x1 - x0)) * size, y: (v) => size - ((v - y0) / (y1 - y0)) * size, size }, style);
    }
  }

  return (
    <div className="widget__scatter">
      <CanvasPlot label={label} draw={draw} aspect={1} className="widget__scatter-canvas" />
      <p className="widget__legend">
        <span className="legend legend--neg">● {data.classNames[0]}</span>{" "}
        <span className="legend legend--pos">■ {data.classNames[1]}</span>{" "}
        <span className="widget__axes">x: {data.featureNames[0]}, y: {data.featureNames[1]}</span>
      </p>
    </div>
  );
}
