/**
 * The CO₂ plot: the last twenty training years and the held-out decade in ppm
 * against the year, with the LSTM's autoregressive forecast and the two
 * baselines over the tail. Line styles (solid, dashed, dotted) tell the series
 * apart as well as colour does.
 */
import { decimalYear, type Co2Series } from "../../data/co2";
import { axisStyle, clipTo, drawAxes, plotFrame, type AxisSpec, type PlotFrame } from "../kit/plotFrame";

/** What the CO₂ plot draws. */
export interface ForecastDrawing {
  readonly series: Co2Series;
  /** Index of the first held-out month. */
  readonly trainEnd: number;
  /** The LSTM's forecast of the tail (absent before the first report). */
  readonly forecast?: ArrayLike<number>;
  readonly trend: ArrayLike<number>;
  readonly lastYear: ArrayLike<number>;
}

/** Months of training data shown before the tail. */
const SHOWN_TRAINING_MONTHS = 240;

const colour = (style: CSSStyleDeclaration, name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;

function polyline(ctx: CanvasRenderingContext2D, f: PlotFrame, series: Co2Series, from: number, values: ArrayLike<number>, stroke: string, width: number, dash: number[] = []) {
  ctx.save();
  clipTo(ctx, f);
  ctx.strokeStyle = stroke;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  ctx.beginPath();
  for (let k = 0; k < values.length; k++) {
    const x = f.sx(decimalYear(series, from + k)), y = f.sy(values[k]);
    if (k === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
  }
  ctx.stroke();
  ctx.restore();
}

/** Draws the CO₂ plot at `width` × `height` CSS pixels. */
export function drawForecast(ctx: CanvasRenderingContext2D, width: number, height: number, style: CSSStyleDeclaration, d: ForecastDrawing): void {
  const from = Math.max(0, d.trainEnd - SHOWN_TRAINING_MONTHS);
  const ppm = d.series.ppm;
  let lo = Infinity, hi = -Infinity;
  for (let i = from; i < ppm.length; i++) { lo = Math.min(lo, ppm[i]); hi = Math.max(hi, ppm[i]); }
  const pad = 0.08 * (hi - lo);
  const x: AxisSpec = { min: decimalYear(d.series, from), max: decimalYear(d.series, ppm.length - 1) + 0.2, label: "year", format: String };
  const y: AxisSpec = { min: lo - pad, max: hi + pad, label: "CO₂ (ppm)" };
  const f = plotFrame(width, height, x, y);
  drawAxes(ctx, f, x, y, axisStyle(style));
  // The held-out decade, shaded.
  const split = f.sx(decimalYear(d.series, d.trainEnd) - 1 / 24);
  ctx.fillStyle = colour(style, "--bg-sunken", "#f2f2f2");
  ctx.fillRect(split, f.top, f.left + f.width - split, f.height);
  ctx.fillStyle = colour(style, "--text-muted", "#555");
  ctx.font = axisStyle(style).font;
  ctx.textAlign = "left";
  ctx.textBaseline = "top";
  ctx.fillText("held out", split + 4, f.top + 4);
  const truth = colour(style, "--text", "#222");
  polyline(ctx, f, d.series, from, ppm.subarray(from), truth, 1.2);
  polyline(ctx, f, d.series, d.trainEnd, d.trend, colour(style, "--lstm-trend", "#1f6fb5"), 1.5, [6, 4]);
  polyline(ctx, f, d.series, d.trainEnd, d.lastYear, colour(style, "--lstm-last-year", "#2e8b57"), 1.5, [2, 3]);
  if (d.forecast) polyline(ctx, f, d.series, d.trainEnd, d.forecast, colour(style, "--lstm-forecast", "#c0262d"), 2.2);
}
