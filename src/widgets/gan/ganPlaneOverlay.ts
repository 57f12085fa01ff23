/**
 * What the 2-D GAN adds on top of the kit's decision scatter: the generator's
 * image of a lattice of noise (GAN Lab's "manifold": where G stretches and
 * folds the noise square), arrows showing where G's loss pushes generated
 * points, and the reader's pending strokes while drawing a target.
 */
import type { ModelView } from "../../ml/trainable";
import type { ScatterCoordinates } from "../kit/DecisionScatter";

type Ctx = CanvasRenderingContext2D;

const numbers = (v: unknown): ArrayLike<number> | undefined =>
  v instanceof Float32Array || Array.isArray(v) ? (v as ArrayLike<number>) : undefined;

/** Lines joining neighbouring lattice nodes after G has moved them. */
export function drawMesh(ctx: Ctx, at: ScatterCoordinates, view: ModelView | undefined, style: CSSStyleDeclaration) {
  const mesh = numbers(view?.extra?.mesh);
  const side = Number(view?.extra?.lattice);
  if (!mesh || !(side > 1) || mesh.length < 2 * side * side) return;
  ctx.save();
  ctx.strokeStyle = style.getPropertyValue("--text").trim() || "#222";
  ctx.globalAlpha = 0.35;
  ctx.lineWidth = 1;
  ctx.beginPath();
  const node = (r: number, c: number) => [at.x(mesh[2 * (r * side + c)]), at.y(mesh[2 * (r * side + c) + 1])] as const;
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const [x, y] = node(r, c);
      if (c + 1 < side) { const [x2, y2] = node(r, c + 1); ctx.moveTo(x, y); ctx.lineTo(x2, y2); }
      if (r + 1 < side) { const [x2, y2] = node(r + 1, c); ctx.moveTo(x, y); ctx.lineTo(x2, y2); }
    }
  }
  ctx.stroke();
  ctx.restore();
}

/**
 * An arrow from each of the first generated points along −∂ℓ_G/∂x. Lengths are
 * relative to the longest arrow of this view, so a saturated loss (minimax while
 * D wins) shows as a few long arrows among many stubs, not as nothing at all.
 */
export function drawArrows(ctx: Ctx, at: ScatterCoordinates, view: ModelView | undefined, style: CSSStyleDeclaration) {
  const fake = numbers(view?.extra?.fake);
  const push = numbers(view?.extra?.arrows);
  if (!fake || !push) return;
  let longest = 0;
  for (let i = 0; i < push.length; i += 2) longest = Math.max(longest, Math.hypot(push[i], push[i + 1]));
  if (!(longest > 0) || !Number.isFinite(longest)) return;
  const scale = (0.12 * at.size) / longest;
  ctx.save();
  ctx.strokeStyle = style.getPropertyValue("--mistake").trim() || "#c0262d";
  ctx.lineWidth = 1.2;
  ctx.beginPath();
  for (let i = 0; i < push.length; i += 2) {
    const x = at.x(fake[i]), y = at.y(fake[i + 1]);
    const dx = push[i] * scale, dy = -push[i + 1] * scale;   // canvas y grows downwards
    const len = Math.hypot(dx, dy);
    if (len < 1) continue;
    const ex = x + dx, ey = y + dy;
    ctx.moveTo(x, y); ctx.lineTo(ex, ey);
    const ux = dx / len, uy = dy / len, head = Math.min(5, len / 2);
    ctx.moveTo(ex, ey); ctx.lineTo(ex - head * (ux - 0.5 * uy), ey - head * (uy + 0.5 * ux));
    ctx.moveTo(ex, ey); ctx.lineTo(ex - head * (ux + 0.5 * uy), ey - head * (uy - 0.5 * ux));
  }
  ctx.stroke();
  ctx.restore();
}

/** The reader's strokes not yet used as the target, as polylines in data coordinates. */
export function drawStrokes(ctx: Ctx, at: ScatterCoordinates, strokes: readonly (readonly number[])[], style: CSSStyleDeclaration) {
  ctx.save();
  ctx.strokeStyle = style.getPropertyValue("--accent").trim() || "#1a56b8";
  ctx.lineWidth = 3;
  ctx.lineJoin = "round";
  ctx.lineCap = "round";
  for (const s of strokes) {
    ctx.beginPath();
    for (let i = 0; i < s.length; i += 2) (i === 0 ? ctx.moveTo : ctx.lineTo).call(ctx, at.x(s[i]), at.y(s[i + 1]));
    ctx.stroke();
  }
  ctx.restore();
}
