/**
 * A plotting frame on a 2-D canvas: data ↔ pixel maps (linear or log), tick
 * choice, and axes with labels. Shared by the book's hand-drawn plots
 * (scatter plots with fitted curves, residuals, heat maps).
 */

export interface AxisSpec {
  readonly min: number;
  readonly max: number;
  readonly label: string;
  readonly log?: boolean;
  /** Tick text; default tickText (thousands separated, so give years their own: String). */
  readonly format?: (v: number) => string;
}

export interface PlotFrame {
  /** The plotting area in CSS pixels. */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** Data → pixel. */
  sx(x: number): number;
  sy(y: number): number;
  /** Pixel → data (inverse of sx, sy). */
  dx(px: number): number;
  dy(py: number): number;
}

export interface Margins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const DEFAULT_MARGINS: Margins = { left: 46, right: 10, top: 8, bottom: 38 };

function mapper(a: AxisSpec, from: number, span: number, flip: boolean) {
  const f = (v: number) => (a.log ? Math.log10(v) : v);
  const lo = f(a.min), hi = f(a.max);
  const to = (v: number) => {
    const t = (f(v) - lo) / (hi - lo);
    return from + (flip ? 1 - t : t) * span;
  };
  const back = (p: number) => {
    const t = (p - from) / span;
    const v = lo + (flip ? 1 - t : t) * (hi - lo);
    return a.log ? 10 ** v : v;
  };
  return { to, back };
}

/** A frame of `width` × `height` CSS pixels with the given axes. */
export function plotFrame(width: number, height: number, x: AxisSpec, y: AxisSpec, margins: Margins = DEFAULT_MARGINS): PlotFrame {
  const w = Math.max(1, width - margins.left - margins.right);
  const h = Math.max(1, height - margins.top - margins.bottom);
  const mx = mapper(x, margins.left, w, false);
  const my = mapper(y, margins.top, h, true);
  return { left: margins.left, top: margins.top, width: w, height: h, sx: mx.to, sy: my.to, dx: mx.back, dy: my.back };
}

/** About `count` round tick values between min and max (1, 2 or 5 times a power of ten apart). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const span = max - min;
  if (!(span > 0) || !Number.isFinite(span)) return [min];
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** Powers of ten between min and max (at least the two ends' decades). */
export function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  const every = Math.max(1, Math.ceil((Math.log10(max) - Math.log10(min)) / 6));
  for (let e = Math.ceil(Math.log10(min)); e <= Math.floor(Math.log10(max)); e += every) ticks.push(10 ** e);
  return ticks;
}

/** Short text for a tick: 1,000 · 0.5, and 10⁴ · 10⁻⁵ on a log axis. */
export function tickText(v: number, log = false): string {
  if (log) {
    const e = Math.round(Math.log10(v));
    if (e >= -2 && e <= 3) return String(Number(v.toPrecision(3)));
    const sup: Record<string, string> = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };
    return `10${String(e).replace(/[-0-9]/g, (c) => sup[c])}`;
  }
  return Math.abs(v) >= 1000 ? v.toLocaleString("en-US") : String(Number(v.toPrecision(6)));
}

/**
 * uPlot `values` for a log axis: the powers of ten labelled as tickText writes
 * them (uPlot's own labels print tiny values as 0), the minor lines between unlabelled.
 */
export function logAxisValues(_: unknown, splits: number[]): string[] {
  const positive = splits.filter((v) => v > 0);
  const decades = positive.length ? Math.log10(Math.max(...positive) / Math.min(...positive)) : 0;
  // Within a decade or two, 2× and 5× lines get labels too, so the axis is never left with one number.
  const labelled = decades < 2 ? [1, 2, 5] : [1];
  return splits.map((v) => {
    if (!(v > 0)) return "";
    const e = Math.floor(Math.log10(v) + 1e-9);
    const mantissa = v / 10 ** e;
    return labelled.some((m) => Math.abs(mantissa - m) < 1e-6) ? tickText(v, true) : "";
  });
}

export interface AxisStyle {
  readonly ink: string;
  readonly grid: string;
  readonly font: string;
}

/** Theme colours for axes, read from the canvas's CSS. */
export function axisStyle(style: CSSStyleDeclaration): AxisStyle {
  return {
    ink: style.getPropertyValue("--text-muted").trim() || "#555",
    grid: style.getPropertyValue("--border").trim() || "#ddd",
    font: `12px ${style.getPropertyValue("--font-ui").trim() || "system-ui, sans-serif"}`,
  };
}

/** Grid lines, tick labels and axis titles around `frame`. */
export function drawAxes(ctx: CanvasRenderingContext2D, frame: PlotFrame, x: AxisSpec, y: AxisSpec, s: AxisStyle): void {
  const xt = x.log ? logTicks(x.min, x.max) : niceTicks(x.min, x.max, Math.max(2, Math.round(frame.width / 80)));
  const yt = y.log ? logTicks(y.min, y.max) : niceTicks(y.min, y.max, Math.max(2, Math.round(frame.height / 50)));
  ctx.save();
  ctx.font = s.font;
  ctx.lineWidth = 1;
  ctx.strokeStyle = s.grid;
  ctx.fillStyle = s.ink;
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  for (const t of xt) {
    const px = Math.round(frame.sx(t)) + 0.5;
    ctx.beginPath(); ctx.moveTo(px, frame.top); ctx.lineTo(px, frame.top + frame.height); ctx.stroke();
    ctx.fillText(x.format ? x.format(t) : tickText(t, x.log), px, frame.top + frame.height + 4);
  }
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  for (const t of yt) {
    const py = Math.round(frame.sy(t)) + 0.5;
    ctx.beginPath(); ctx.moveTo(frame.left, py); ctx.lineTo(frame.left + frame.width, py); ctx.stroke();
    ctx.fillText(y.format ? y.format(t) : tickText(t, y.log), frame.left - 4, py);
  }
  ctx.strokeStyle = s.ink;
  ctx.strokeRect(frame.left + 0.5, frame.top + 0.5, frame.width, frame.height);
  ctx.textAlign = "center";
  ctx.textBaseline = "bottom";
  ctx.fillText(x.label, frame.left + frame.width / 2, frame.top + frame.height + 36);
  ctx.translate(12, frame.top + frame.height / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textBaseline = "middle";
  ctx.fillText(y.label, 0, 0);
  ctx.restore();
}

/** Clips further drawing to the plotting area (call inside save/restore). */
export function clipTo(ctx: CanvasRenderingContext2D, frame: PlotFrame): void {
  ctx.beginPath();
  ctx.rect(frame.left, frame.top, frame.width, frame.height);
  ctx.clip();
}
