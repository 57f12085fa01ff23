/**
 * What an SVM adds to the decision-region scatter: the margin lines
 * w·x + b = ±1 (dashed), the exact solution's boundary (dotted) and a ring
 * around every support vector (yᵢ f(xᵢ) ≤ 1: on or inside the margin).
 */
import type { TwoFeatureSet } from "../../data/twoFeatureSet";
import type { ModelView } from "../../ml/trainable";
import type { ScatterCoordinates } from "../kit/DecisionScatter";

type Ctx = CanvasRenderingContext2D;

/** Strokes w·x + b = level across the plotted window (the canvas clips the ends). */
function levelLine(ctx: Ctx, at: ScatterCoordinates, extent: TwoFeatureSet["extent"], w: readonly number[], b: number, level: number) {
  const [x0, x1, y0, y1] = extent;
  if (w[0] === 0 && w[1] === 0) return;
  ctx.beginPath();
  if (Math.abs(w[1]) > Math.abs(w[0])) {
    const y = (x: number) => (level - b - w[0] * x) / w[1];
    ctx.moveTo(at.x(x0), at.y(y(x0))); ctx.lineTo(at.x(x1), at.y(y(x1)));
  } else {
    const x = (y: number) => (level - b - w[1] * y) / w[0];
    ctx.moveTo(at.x(x(y0)), at.y(y0)); ctx.lineTo(at.x(x(y1)), at.y(y1));
  }
  ctx.stroke();
}

/** Indices of the support vectors the model reported in view.extra. */
export function supportVectorsOf(view: ModelView | undefined): readonly number[] {
  const sv = view?.extra?.supportVectors;
  return Array.isArray(sv) || sv instanceof Float32Array ? Array.from(sv as ArrayLike<number>) : [];
}

/** Draws rings around the support vectors. */
export function drawSupportRings(ctx: Ctx, at: ScatterCoordinates, data: TwoFeatureSet, view: ModelView | undefined, style: CSSStyleDeclaration) {
  const ink = style.getPropertyValue("--text").trim() || "#222";
  const r = at.size < 300 ? 6.5 : 8;
  ctx.strokeStyle = ink;
  ctx.lineWidth = 1.5;
  for (const i of supportVectorsOf(view)) {
    ctx.beginPath();
    ctx.arc(at.x(data.x[2 * i]), at.y(data.x[2 * i + 1]), r, 0, 2 * Math.PI);
    ctx.stroke();
  }
}

/** Margin lines of the current iterate and the exact boundary, for the linear SVM. */
export function drawMargins(ctx: Ctx, at: ScatterCoordinates, data: TwoFeatureSet, view: ModelView | undefined, style: CSSStyleDeclaration) {
  const ink = style.getPropertyValue("--text").trim() || "#222";
  const line = view?.line;
  if (line) {
    ctx.save();
    ctx.strokeStyle = ink;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([6, 4]);
    levelLine(ctx, at, data.extent, line.w, line.b, 1);
    levelLine(ctx, at, data.extent, line.w, line.b, -1);
    ctx.restore();
  }
  const exactW = view?.extra?.exactW;
  const exactB = view?.extra?.exactB;
  if (Array.isArray(exactW) && typeof exactB === "number") {
    ctx.save();
    ctx.strokeStyle = style.getPropertyValue("--text-muted").trim() || "#666";
    ctx.lineWidth = 1.5;
    ctx.setLineDash([1.5, 3.5]);
    levelLine(ctx, at, data.extent, exactW as number[], exactB, 0);
    ctx.restore();
  }
}
