/**
 * A K-class data set over softmax regression's regions: each spot is coloured
 * by the mix of class colours its probabilities give, so a sure region shows
 * one clear colour and a boundary shows a blend. Classes differ in shape too.
 */
import { useEffect, useRef } from "react";
import type { MultiClassSet } from "../../data/multiClassSet";
import type { ModelView } from "../../ml/trainable";
import { useElementWidth } from "../kit/useElementWidth";
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
    const colours = VARS.map((v, k) => rgb(style.getPropertyValue(v), FALLBACK[k]));
    drawSoftmax(ctx, width, data, view, colours, style.getPropertyValue("--text").trim() || "#222");
  }, [data, view, width]);

  return (
    <div ref={box} className="widget__scatter">
      <canvas ref={canvas} role="img" aria-label={label} />
      <p className="widget__legend">
        {data.classNames.map((name, k) => (
          <span key={name} className={`legend ${LEGEND[k % 3]}`}>{SHAPES[k % 3]} {name} </span>
        ))}
        <span className="widget__axes">x: {data.featureNames[0]}, y: {data.featureNames[1]}</span>
      </p>
    </div>
  );
}
