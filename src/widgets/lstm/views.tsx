/** The RNN/LSTM chapter's widget views: the CO₂ forecast, and the simple RNN against the LSTM with the LSTM's gates. */
import { useMemo } from "react";
import { co2Series, HOLDOUT_MONTHS } from "../../data/co2";
import { ADDING_BASELINE_MSE } from "../../data/longRangeTasks";
import { linearTrendForecast, repeatLastYearForecast, rmse } from "../../ml/lstm/co2Forecast";
import type { ModelView } from "../../ml/trainable";
import { CanvasPlot } from "../kit/CanvasPlot";
import { MetricsChart } from "../kit/MetricsChart";
import { WidgetFrame, type PlotContext } from "../kit/WidgetFrame";
import type { WidgetViewProps } from "../widgetEntry";
import { drawForecast } from "./drawForecast";
import { drawGates, type GateDrawing } from "./drawGates";
import "./lstm.css";

const arrayOf = (v: unknown): ArrayLike<number> | undefined => (v instanceof Float32Array || Array.isArray(v) ? (v as ArrayLike<number>) : undefined);

/** The series and both baselines: fixed, so made once. */
function useCo2() {
  return useMemo(() => {
    const series = co2Series();
    const trainEnd = series.ppm.length - HOLDOUT_MONTHS;
    const train = series.ppm.subarray(0, trainEnd), truth = series.ppm.subarray(trainEnd);
    const trend = linearTrendForecast(train, HOLDOUT_MONTHS);
    const lastYear = repeatLastYearForecast(train, HOLDOUT_MONTHS);
    return { series, trainEnd, trend, lastYear, trendRmse: rmse(trend, truth), lastYearRmse: rmse(lastYear, truth) };
  }, []);
}

function Co2Plots({ state, history }: PlotContext) {
  const co2 = useCo2();
  const forecast = arrayOf(state.view?.extra?.forecast);
  const error = state.view?.extra?.rmse;
  return (
    <>
      <div className="lstm-column">
        <CanvasPlot
          label="Monthly CO₂ at Mauna Loa for the last twenty training years and the held-out decade, with the LSTM's forecast of that decade and two baselines"
          aspect={0.75}
          maxWidth={560}
          draw={(ctx, w, h, style) => drawForecast(ctx, w, h, style, { ...co2, forecast })}
        />
        <p className="lstm-legend">
          <span className="lstm-truth">— measured</span>{" "}
          <span className="lstm-forecast">— LSTM forecast{typeof error === "number" ? ` (RMSE ${error.toFixed(2)} ppm)` : ""}</span>{" "}
          <span className="lstm-trend">- - linear trend ({co2.trendRmse.toFixed(2)} ppm)</span>{" "}
          <span className="lstm-last-year">··· repeat last year ({co2.lastYearRmse.toFixed(2)} ppm)</span>.
          The forecast starts from the training months alone and feeds each predicted month back in, for all {HOLDOUT_MONTHS} held-out months.
        </p>
      </div>
      <div className="lstm-column">
        <MetricsChart
          history={history}
          revision={state.revision}
          label="Training mean squared error (scaled units) by step"
          left={{ label: "training MSE (log)", log: true }}
          series={[{ column: "loss", label: "training MSE", colour: ["--series-loss", "#c0262d"] }]}
        />
      </div>
    </>
  );
}

/** A line of muted text in the middle of an empty plot. */
function drawPlaceholder(ctx: CanvasRenderingContext2D, w: number, h: number, style: CSSStyleDeclaration, text: string) {
  ctx.fillStyle = style.getPropertyValue("--text-muted").trim() || "#555";
  ctx.font = `13px ${style.getPropertyValue("--font-ui").trim() || "system-ui, sans-serif"}`;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.fillText(text, w / 2, h / 2);
}

/** The gate trace from a view, if it belongs to the current settings (a restart leaves an old view for a moment). */
function gatesOf(view: ModelView | undefined, length: number, units: number): GateDrawing | undefined {
  const e = view?.extra;
  if (!e || e.length !== length || e.units !== units) return undefined;
  const [sequence, marks, input, forget, output, cell] = ["sequence", "marks", "input", "forget", "output", "cell"].map((k) => arrayOf(e[k]));
  if (!sequence || !marks || !input || !forget || !output || !cell) return undefined;
  return { length, units, sequence, marks, input, forget, output, cell };
}

function RacePlots({ state, history, settings }: PlotContext) {
  const length = Number(settings.length), units = Number(settings.units);
  const gates = gatesOf(state.view, length, units);
  const e = state.view?.extra;
  const said = (v: unknown) => (typeof v === "number" ? v.toFixed(2) : "–");
  return (
    <>
      <div className="lstm-column">
        <MetricsChart
          history={history}
          revision={state.revision}
          label={`Batch mean squared error of the simple RNN and of the LSTM on the adding problem with T = ${length}, by step, against the ${ADDING_BASELINE_MSE.toFixed(3)} of always predicting the mean`}
          left={{ label: "batch MSE (log)", log: true }}
          series={[
            { column: "rnn", label: "simple RNN", colour: ["--lstm-trend", "#1f6fb5"] },
            { column: "lstm", label: "LSTM", colour: ["--lstm-forecast", "#c0262d"] },
            { column: "baseline", label: "predict the mean", colour: ["--text-muted", "#555"], dash: [6, 4] },
          ]}
          height={240}
        />
        <p className="lstm-legend">
          Each step trains both networks on the same fresh batch. Below the dashed line a network has remembered something about the marked values; on it, nothing.
        </p>
      </div>
      <div className="lstm-column">
        <CanvasPlot
          label={`The trained LSTM's input, forget and output gates and its cell state, ${units} units by ${length} time steps, over one held-out sequence whose two marked steps are flagged`}
          aspect={0.9}
          maxWidth={560}
          draw={(ctx, w, h, style) => {
            if (gates) drawGates(ctx, w, h, style, gates);
            else drawPlaceholder(ctx, w, h, style, "Step or Train to see the LSTM's gates.");
          }}
        />
        <p className="lstm-legend">
          One held-out sequence: target <strong>{said(e?.target)}</strong>, the LSTM says <span className="lstm-forecast">{said(e?.lstmPrediction)}</span>, the simple RNN <span className="lstm-trend">{said(e?.rnnPrediction)}</span>.
          Gates run from 0 (dark) to 1 (bright); the cell state from blue (negative) to red (positive). Flags and red lines mark the two marked steps.
        </p>
      </div>
    </>
  );
}

/** The lstm-co2 widget. */
export function LstmCo2(props: WidgetViewProps) {
  return <WidgetFrame {...props}>{(context) => <Co2Plots {...context} />}</WidgetFrame>;
}

/** The rnn-vs-lstm widget. */
export function RnnVsLstm(props: WidgetViewProps) {
  return <WidgetFrame {...props}>{(context) => <RacePlots {...context} />}</WidgetFrame>;
}
