/**
 * Linear regression on the cars: the fit in original units (a line for one
 * feature, a map of the plane for two), residuals, the pitfall's explanation,
 * train and held-out MSE, and the distance to the closed-form solution across
 * runs (so a standardised run and seed 000's can be compared).
 */
import { useMemo } from "react";
import { carsLinearProblem, type CarFeatureChoice } from "../../data/carsProblems";
import type { Scaling } from "../../data/scaling";
import { CanvasPlot } from "../kit/CanvasPlot";
import { MetricsChart } from "../kit/MetricsChart";
import { RunComparison } from "../kit/RunComparison";
import { WidgetFrame, type PlotContext } from "../kit/WidgetFrame";
import type { WidgetViewProps } from "../widgetEntry";
import { drawLineFit, drawPlaneFit, drawResiduals, type FitDrawing } from "./drawFits";
import { fitsOf } from "./fits";
import { PitfallNote } from "./PitfallNote";
import "./linearRegression.css";

function Plots({ state, history, settings, runs, clearRuns, schema }: PlotContext & { schema: WidgetViewProps["entry"]["schema"] }) {
  const features = String(settings.features) as CarFeatureChoice;
  const scaling = String(settings.scaling) as Scaling;
  const problem = useMemo(() => carsLinearProblem(features, "none"), [features]);
  const { set, split } = problem;
  const drawing: FitDrawing = { set, split, ...fitsOf(state.view, set.d, features) };
  const two = set.d === 2;
  return (
    <>
      <div className="lr-column">
        <CanvasPlot
          label={two
            ? "Cars by weight and horsepower, coloured by real mpg, over the fitted plane's predicted mpg with its contours; the closed-form contours are dashed"
            : `Cars by ${set.featureNames[0]} and mpg, gradient descent's line with residuals, and the closed-form line dashed`}
          aspect={0.8}
          maxWidth={560}
          draw={(ctx, w, h, style) => (two ? drawPlaneFit : drawLineFit)(ctx, w, h, style, drawing)}
        />
        <p className="lr-legend">
          <span className="lr-train">● training cars ({split.train.length})</span>{" "}
          <span className="lr-test">■ held-out cars ({split.test.length})</span>{" "}
          {two
            ? <>· solid contours: gradient descent · dashed: closed form</>
            : <><span className="lr-fit">— gradient descent</span> <span className="lr-exact">- - closed form</span></>}
        </p>
        {two && (
          <div className="lr-scalebar" aria-hidden="true">
            <span>8 mpg</span><span className="lr-scalebar__ramp" /><span>48 mpg</span>
          </div>
        )}
        <CanvasPlot
          label="Residuals of gradient descent's fit: real minus predicted mpg against the prediction, for every car"
          aspect={0.55}
          maxWidth={560}
          draw={(ctx, w, h, style) => drawResiduals(ctx, w, h, style, drawing)}
        />
      </div>
      <div className="lr-column">
        <PitfallNote scaling={scaling} problem={problem} />
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
        <RunComparison
          history={history}
          runs={runs}
          settings={settings}
          schema={schema}
          revision={state.revision}
          x={{ column: "step", label: "step" }}
          y={{ column: "distance", label: "‖θ − θ*‖ (log)", log: true }}
          ignore={["backend"]}
          onClear={clearRuns}
          label="Distance from gradient descent's parameters to the closed-form solution, by step, for this run and earlier ones"
        />
      </div>
    </>
  );
}

export function LinregCars(props: WidgetViewProps) {
  return <WidgetFrame {...props}>{(context) => <Plots {...context} schema={props.entry.schema} />}</WidgetFrame>;
}
