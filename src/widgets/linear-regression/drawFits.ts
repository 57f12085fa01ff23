/**
 * The linear-regression plots, drawn on a 2-D canvas in original units: cars
 * with a fitted line (one feature) or a fitted plane as a map (two features),
 * residuals against predictions, and a polynomial curve. Training cars are
 * circles, held-out cars squares, so colour is never the only cue.
 */
import type { RegressionSet, Split } from "../../data/regressionSet";
import { axisStyle, clipTo, drawAxes, plotFrame, type AxisSpec, type PlotFrame } from "../kit/plotFrame";
import { MPG_RANGE, mpgColour, plotColours, scaleColour, type PlotColours } from "./colours";

/** A prediction in original units from a row of original features. */
export type Predictor = (x: ArrayLike<number>, offset: number) => number;

export interface FitDrawing {
  readonly set: RegressionSet;
  readonly split: Split;
  /** Gradient descent's current fit; absent before the worker has reported. */
  readonly fit?: Predictor;
  /** The closed-form least-squares fit. */
  readonly exact?: Predictor;
}

/** The data's range with `pad` of its span on each side. */
export function paddedRange(values: ArrayLike<number>, stride: number, offset: number, pad = 0.06): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (let i = offset; i < values.length; i += stride) { lo = Math.min(lo, values[i]); hi = Math.max(hi, values[i]); }
  const p = (hi - lo) * pad || 1;
  return [lo - p, hi + p];
}

function marker(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, square: boolean) {
  ctx.beginPath();
  if (square) ctx.rect(x - r, y - r, 2 * r, 2 * r);
  else ctx.arc(x, y, r, 0, 2 * Math.PI);
}

/** Draws every car at (px, py) given by `at`, training cars as filled circles, held-out cars as hollow squares. */
function drawCars(ctx: CanvasRenderingContext2D, d: FitDrawing, c: PlotColours, at: (i: number) => [number, number], fill?: (i: number) => string) {
  ctx.lineWidth = 1;
  for (const i of d.split.test) {
    const [px, py] = at(i);
    marker(ctx, px, py, 3.2, true);
    if (fill) { ctx.fillStyle = fill(i); ctx.fill(); ctx.strokeStyle = c.ink; } else ctx.strokeStyle = c.test;
    ctx.stroke();
  }
  for (const i of d.split.train) {
    const [px, py] = at(i);
    marker(ctx, px, py, 3, false);
    ctx.fillStyle = fill ? fill(i) : c.train;
    ctx.globalAlpha = fill ? 1 : 0.75;
    ctx.fill();
    ctx.globalAlpha = 1;
    if (fill) { ctx.strokeStyle = c.ink; ctx.stroke(); }
  }
}

/** A function of x drawn across the frame (sampled, so curves work too), clipped to the plot. */
export function drawCurve(ctx: CanvasRenderingContext2D, frame: PlotFrame, f: (x: number) => number, colour: string, dash: number[] = [], width = 2.5) {
  ctx.save();
  clipTo(ctx, frame);
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  ctx.beginPath();
  let pen = false;
  const steps = Math.max(2, Math.round(frame.width / 2));
  for (let k = 0; k <= steps; k++) {
    const px = frame.left + (k / steps) * frame.width;
    const y = f(frame.dx(px));
    if (!Number.isFinite(y)) { pen = false; continue; }
    const py = Math.max(-1e4, Math.min(1e4, frame.sy(y)));
    if (pen) ctx.lineTo(px, py); else ctx.moveTo(px, py);
    pen = true;
  }
  ctx.stroke();
  ctx.restore();
}

const mpgAxis = (label = "fuel economy (mpg)"): AxisSpec => ({ min: 5, max: 50, label });

/** One feature: cars, gradient descent's line with each training car's residual, and the closed-form line dashed. */
export function drawLineFit(ctx: CanvasRenderingContext2D, width: number, height: number, style: CSSStyleDeclaration, d: FitDrawing) {
  const c = plotColours(style);
  const [x0, x1] = paddedRange(d.set.x, 1, 0);
  const xa: AxisSpec = { min: x0, max: x1, label: d.set.featureNames[0] };
  const ya = mpgAxis();
  const frame = plotFrame(width, height, xa, ya);
  drawAxes(ctx, frame, xa, ya, axisStyle(style));
  const row = new Float64Array(1);
  const at = (f: Predictor) => (x: number) => { row[0] = x; return f(row, 0); };
  ctx.save();
  clipTo(ctx, frame);
  if (d.fit) {
    ctx.strokeStyle = c.fit;
    ctx.globalAlpha = 0.35;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (const i of d.split.train) {
      const px = frame.sx(d.set.x[i]);
      ctx.moveTo(px, frame.sy(d.set.y[i]));
      ctx.lineTo(px, Math.max(-1e4, Math.min(1e4, frame.sy(d.fit(d.set.x, i)))));
    }
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
  drawCars(ctx, d, c, (i) => [frame.sx(d.set.x[i]), frame.sy(d.set.y[i])]);
  ctx.restore();
  if (d.exact) drawCurve(ctx, frame, at(d.exact), c.exact, [7, 5], 2);
  if (d.fit) drawCurve(ctx, frame, at(d.fit), c.fit);
}

/**
 * Two features (horsepower, weight): the fitted plane as a map of predicted
 * mpg over weight (x) and horsepower (y), its 10, 15, …, 45 mpg contours
 * (straight lines, the plane being flat), the closed-form contours dashed, and
 * the cars coloured by their real mpg on the same scale.
 */
export function drawPlaneFit(ctx: CanvasRenderingContext2D, width: number, height: number, style: CSSStyleDeclaration, d: FitDrawing) {
  const c = plotColours(style);
  const [w0, w1] = paddedRange(d.set.x, 2, 1);
  const [h0, h1] = paddedRange(d.set.x, 2, 0);
  const xa: AxisSpec = { min: w0, max: w1, label: d.set.featureNames[1] };
  const ya: AxisSpec = { min: h0, max: h1, label: d.set.featureNames[0] };
  const frame = plotFrame(width, height, xa, ya);
  const row = new Float64Array(2);
  const value = (f: Predictor, weight: number, hp: number) => { row[0] = hp; row[1] = weight; return f(row, 0); };

  if (d.fit) {
    const size = 48;
    const image = new ImageData(size, size);
    for (let r = 0; r < size; r++) {
      for (let k = 0; k < size; k++) {
        const mpg = value(d.fit, frame.dx(frame.left + ((k + 0.5) / size) * frame.width), frame.dy(frame.top + ((r + 0.5) / size) * frame.height));
        const [red, green, blue] = scaleColour((mpg - MPG_RANGE[0]) / (MPG_RANGE[1] - MPG_RANGE[0]));
        const p = 4 * (r * size + k);
        image.data[p] = red; image.data[p + 1] = green; image.data[p + 2] = blue;
        image.data[p + 3] = Number.isFinite(mpg) ? 150 : 0;
      }
    }
    const tile = new OffscreenCanvas(size, size);
    tile.getContext("2d")?.putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(tile, frame.left, frame.top, frame.width, frame.height);
  }
  drawAxes(ctx, frame, xa, ya, axisStyle(style));

  // Contours of a linear function: hp = (level − b₀ − a_w·weight) / a_hp, a straight line per level.
  const contours = (f: Predictor, colour: string, dash: number[], labels: boolean) => {
    const b0 = value(f, 0, 0), aw = value(f, 1, 0) - b0, ah = value(f, 0, 1) - b0;
    if (![b0, aw, ah].every(Number.isFinite) || ah === 0) return;
    ctx.save();
    clipTo(ctx, frame);
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.setLineDash(dash);
    ctx.font = axisStyle(style).font;
    for (let level = 10; level <= 45; level += 5) {
      const hp = (wt: number) => (level - b0 - aw * wt) / ah;
      ctx.beginPath();
      ctx.moveTo(frame.sx(w0), frame.sy(hp(w0)));
      ctx.lineTo(frame.sx(w1), frame.sy(hp(w1)));
      ctx.stroke();
      if (labels) {
        // Label where the line crosses the plot's middle height, if it does.
        const mid = (h0 + h1) / 2;
        const wt = (level - b0 - ah * mid) / aw;
        if (wt > w0 && wt < w1) ctx.fillText(`${level}`, frame.sx(wt) + 3, frame.sy(mid) - 3);
      }
    }
    ctx.restore();
  };
  if (d.exact) contours(d.exact, c.exact, [6, 4], false);
  if (d.fit) contours(d.fit, c.ink, [], true);

  ctx.save();
  clipTo(ctx, frame);
  drawCars(ctx, d, c, (i) => [frame.sx(d.set.x[2 * i + 1]), frame.sy(d.set.x[2 * i])], (i) => mpgColour(d.set.y[i]));
  ctx.restore();
}

/** Residuals (real − predicted mpg) against the prediction, for gradient descent's current fit. */
export function drawResiduals(ctx: CanvasRenderingContext2D, width: number, height: number, style: CSSStyleDeclaration, d: FitDrawing, predictedLabel = "predicted mpg") {
  const c = plotColours(style);
  const xa: AxisSpec = { min: 0, max: 50, label: predictedLabel };
  const ya: AxisSpec = { min: -20, max: 20, label: "real − predicted (mpg)" };
  const frame = plotFrame(width, height, xa, ya);
  drawAxes(ctx, frame, xa, ya, axisStyle(style));
  ctx.save();
  clipTo(ctx, frame);
  ctx.strokeStyle = c.ink;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(frame.left, frame.sy(0));
  ctx.lineTo(frame.left + frame.width, frame.sy(0));
  ctx.stroke();
  const fit = d.fit;
  if (fit) {
    const at = (i: number): [number, number] => {
      const p = fit(d.set.x, i * d.set.d);
      const px = Number.isFinite(p) ? Math.max(-1e4, Math.min(1e4, frame.sx(p))) : -1e4;
      return [px, Math.max(-1e4, Math.min(1e4, frame.sy(d.set.y[i] - p)))];
    };
    drawCars(ctx, d, c, at);
  }
  ctx.restore();
}

/** One input (horsepower) against mpg: the cars, gradient descent's curve, and the exact fit dashed. */
export function drawCurveFit(
  ctx: CanvasRenderingContext2D, width: number, height: number, style: CSSStyleDeclaration,
  d: FitDrawing, domain: readonly [number, number], curve?: (x: number) => number, exact?: (x: number) => number,
) {
  const c = plotColours(style);
  const xa: AxisSpec = { min: domain[0], max: domain[1], label: d.set.featureNames[0] };
  const ya = mpgAxis();
  const frame = plotFrame(width, height, xa, ya);
  drawAxes(ctx, frame, xa, ya, axisStyle(style));
  ctx.save();
  clipTo(ctx, frame);
  ctx.globalAlpha = 0.45;
  for (const i of d.split.test) {
    marker(ctx, frame.sx(d.set.x[i]), frame.sy(d.set.y[i]), 2.5, true);
    ctx.strokeStyle = c.test;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  for (const i of d.split.train) {
    marker(ctx, frame.sx(d.set.x[i]), frame.sy(d.set.y[i]), 4, false);
    ctx.fillStyle = c.train;
    ctx.fill();
    ctx.strokeStyle = c.ink;
    ctx.stroke();
  }
  ctx.restore();
  if (exact) drawCurve(ctx, frame, exact, c.exact, [7, 5], 2);
  if (curve) drawCurve(ctx, frame, curve, c.fit);
}

/** Training and held-out MSE of the exact fit at each degree (log scale), the current degree marked. */
export function drawDegreeCurve(
  ctx: CanvasRenderingContext2D, width: number, height: number, style: CSSStyleDeclaration,
  curve: { readonly degrees: readonly number[]; readonly train: readonly number[]; readonly test: readonly number[] }, current: number, maxDegree: number,
) {
  const c = plotColours(style);
  const all = [...curve.train, ...curve.test].filter((v) => v > 0 && Number.isFinite(v));
  const lo = 10 ** Math.floor(Math.log10(Math.min(...all, 10)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...all, 100)));
  const xa: AxisSpec = { min: 0.5, max: maxDegree + 0.5, label: "polynomial degree" };
  const ya: AxisSpec = { min: lo, max: hi, label: "MSE (mpg², log)", log: true };
  const frame = plotFrame(width, height, xa, ya);
  drawAxes(ctx, frame, xa, ya, axisStyle(style));
  ctx.save();
  clipTo(ctx, frame);
  ctx.fillStyle = c.ink;
  ctx.globalAlpha = 0.12;
  ctx.fillRect(frame.sx(current - 0.5), frame.top, frame.sx(current + 0.5) - frame.sx(current - 0.5), frame.height);
  ctx.globalAlpha = 1;
  const line = (values: readonly number[], colour: string, square: boolean) => {
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = 2;
    ctx.beginPath();
    curve.degrees.forEach((k, i) => {
      const v = Math.max(lo, values[i]);
      if (i === 0) ctx.moveTo(frame.sx(k), frame.sy(v)); else ctx.lineTo(frame.sx(k), frame.sy(v));
    });
    ctx.stroke();
    curve.degrees.forEach((k, i) => { marker(ctx, frame.sx(k), frame.sy(Math.max(lo, values[i])), 3.5, square); ctx.fill(); });
  };
  line(curve.train, c.train, false);
  line(curve.test, c.test, true);
  ctx.restore();
}
