/**
 * Polynomial regression of mpg on horsepower with L2: the curve Adam is
 * fitting and the exact ridge curve, error against degree for the current λ
 * (the overfitting picture), and train against held-out MSE as training runs.
 */
import { useMemo } from "react";
import { carsMpg } from "../../data/cars";
import { HORSEPOWER_DOMAIN } from "../../data/carsProblems";
import { legendreValue } from "../../data/polynomialFeatures";
import { sampleSplit } from "../../data/regressionSet";
import type { ModelView } from "../../ml/trainable";
import { CanvasPlot } from "../kit/CanvasPlot";
import { MetricsChart } from "../kit/MetricsChart";
import { WidgetFrame, type PlotContext } from "../kit/WidgetFrame";
import type { WidgetViewProps } from "../widgetEntry";
import { drawCurveFit, drawDegreeCurve } from "./drawFits";
import "./linearRegression.css";

const MAX_DEGREE = 15;
const numbers = (v: unknown): number[] | undefined => (Array.isArray(v) ? v.map(Number) : undefined);

/** mpg as a function of horsepower for coefficients (w, b) on standardised mpg, from a view's mapping. */
function curveOf(view: ModelView, w: readonly number[], b: number): (hp: number) => number {
  const e = view.extra ?? {};
  const lo = Number(e.lo), hi = Number(e.hi), shift = Number(e.yShift), scale = Number(e.yScale);
  return (hp) => shift + scale * legendreValue((2 * (hp - lo)) / (hi - lo) - 1, w, b);
}

function Plots({ state, history, settings }: PlotContext) {
  const trainCount = Number(settings.trainCount), seed = Number(settings.seed), degree = Number(settings.degree);
  const set = useMemo(() => carsMpg(["horsepower"]), []);
  const split = useMemo(() => sampleSplit(set.n, trainCount, seed), [set, trainCount, seed]);
  const view = state.view;
  const current = view?.extra?.key === `${trainCount}|${seed}|${degree}` ? view : undefined;
  const w = current?.params?.w, b = current?.params?.b?.[0];
  const wStar = numbers(current?.extra?.wStar), bStar = current?.extra?.bStar;
  const curve = current && w && b !== undefined ? curveOf(current, w, b) : undefined;
  const exact = current && wStar && typeof bStar === "number" ? curveOf(current, wStar, bStar) : undefined;
  const degrees = numbers(current?.extra?.degrees), trainCurve = numbers(current?.extra?.trainCurve), testCurve = numbers(current?.extra?.testCurve);
  const lambda = current?.extra?.l2;
  return (
    <>
      <div className="lr-column">
        <CanvasPlot
          label={`${trainCount} training cars and the held-out cars by horsepower and mpg, the degree-${degree} curve being fitted, and the exact ridge curve dashed`}
          aspect={0.8}
          maxWidth={560}
          draw={(ctx, wd, h, style) => drawCurveFit(ctx, wd, h, style, { set, split }, HORSEPOWER_DOMAIN, curve, exact)}
        />
        <p className="lr-legend">
          <span className="lr-train">● training cars ({split.train.length})</span>{" "}
          <span className="lr-test">□ held-out cars ({split.test.length})</span>{" "}
          <span className="lr-fit">— Adam's curve</span> <span className="lr-exact">- - exact ridge fit</span>
        </p>
        {/* Drawn (empty) before the worker's first view too, so the widget does not grow when it arrives. */}
        <CanvasPlot
          label={`Mean squared error of the exact fit at each degree from 1 to ${MAX_DEGREE}, on the training cars and on the held-out cars, for λ = ${String(lambda ?? settings.l2)}; degree ${degree} is highlighted`}
          aspect={0.55}
          maxWidth={560}
          draw={(ctx, wd, h, style) => drawDegreeCurve(ctx, wd, h, style, { degrees: degrees ?? [], train: trainCurve ?? [], test: testCurve ?? [] }, degree, MAX_DEGREE)}
        />
        <p className="lr-legend">
          Exact fit at every degree for this λ: <span className="lr-train">● training MSE</span>{" "}
          <span className="lr-test">■ held-out MSE</span>; the shaded column is the chosen degree.
        </p>
      </div>
      <div className="lr-column">
        <MetricsChart
          history={history}
          revision={state.revision}
          label="Mean squared error on the training cars and on the held-out cars, by step"
          left={{ label: "MSE (mpg², log)", log: true }}
          series={[
            { column: "loss", label: "train MSE", colour: ["--lr-train", "#1f6fb5"] },
            { column: "testLoss", label: "held-out MSE", colour: ["--lr-test", "#c25e00"] },
          ]}
        />
        <MetricsChart
          history={history}
          revision={state.revision}
          label="Distance from Adam's coefficients to the exact ridge solution, by step"
          left={{ label: "‖θ − θ*‖ (log)", log: true }}
          series={[{ column: "distance", label: "‖θ − θ*‖", colour: ["--text-muted", "#555"] }]}
          height={150}
        />
      </div>
    </>
  );
}

export function PolyfitCars(props: WidgetViewProps) {
  return <WidgetFrame {...props}>{(context) => <Plots {...context} />}</WidgetFrame>;
}
