/**
 * A K-class data set over softmax regression's regions: each spot is coloured
 * by the mix of class colours its probabilities give, so a sure region shows
 * one clear colour and a boundary shows a blend. Classes differ in shape too.
 */
import type { MultiClassSet } from "../../data/multiClassSet";
import type { ModelView } from "../../ml/trainable";
import { CanvasPlot } from "../kit/CanvasPlot";
import { drawSoftmax, rgb, type Rgb } from "./drawSoftmax";
import "./logistic-regression.css";

export interface SoftmaxScatterProps {
  readonly data: MultiClassSet;
  readonly view?: ModelView;
  readonly label: string;
}

const FALLBACK: readonly Rgb[] = [[194, 94, 0], [31, 111, 181], [43, 138, 62]];
const VARS = ["--class-neg", "--class-pos", "--class-third"] as const;
const SHAPES = ["●", "■", "▲"] as const;
const LEGEND = ["legend--neg", "legend--pos", "legend--third"] as const;

export function SoftmaxScatter({ data, view, label }: SoftmaxScatterProps) {
  function draw(ctx: CanvasRenderingContext2D, size: number, _height: number, style: CSSStyleDeclaration) {
    const colours = VARS.map((v, k) => rgb(style.getPropertyValue(v), FALLBACK[k]));
    drawSoftmax(ctx, size, data, view, colours, style.getPropertyValue("--text").trim() || "#222");
  }

  return (
    <div className="widget__scatter">
      <CanvasPlot label={label} draw={draw} aspect={1} className="widget__scatter-canvas" />
      <p className="widget__legend">
        {data.classNames.map((name, k) => (
          <span key={name} className={`legend ${LEGEND[k % 3]}`}>{SHAPES[k % 3]} {name} </span>
        ))}
        <span className="widget__axes">x: {data.featureNames[0]}, y: {data.featureNames[1]}</span>
      </p>
    </div>
  );
}
