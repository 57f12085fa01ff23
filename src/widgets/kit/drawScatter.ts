/** Drawing for DecisionScatter: regions, boundary line, points, highlight. Plain canvas 2-D. */
import type { TwoFeatureSet } from "../../data/twoFeatureSet";
import type { ModelView } from "../../ml/trainable";
import { rgb } from "./themeColour";

/** Paints P(+1) on the grid as a blend of the two class colours. */
function drawRegions(ctx: CanvasRenderingContext2D, size: number, view: ModelView, neg: number[], pos: number[]) {
  const grid = view.grid;
  if (!grid) return;
  const image = new ImageData(grid.size, grid.size);
  for (let i = 0; i < grid.values.length; i++) {
    const p = grid.values[i];
    for (let k = 0; k < 3; k++) image.data[4 * i + k] = neg[k] + (pos[k] - neg[k]) * p;
    image.data[4 * i + 3] = Math.round(40 + 70 * Math.abs(p - 0.5) * 2);
  }
  const tile = new OffscreenCanvas(grid.size, grid.size);
  tile.getContext("2d")?.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(tile, 0, 0, size, size);
}

/** Draws everything at `size` CSS pixels square. */
export function drawScatter(ctx: CanvasRenderingContext2D, size: number, data: TwoFeatureSet, view: ModelView | undefined, style: CSSStyleDeclaration) {
  const [x0, x1, y0, y1] = data.extent;
  const sx = (x: number) => ((x - x0) / (x1 - x0)) * size;
  const sy = (y: number) => size - ((y - y0) / (y1 - y0)) * size;
  const neg = rgb(style.getPropertyValue("--class-neg"), [230, 126, 34]);
  const pos = rgb(style.getPropertyValue("--class-pos"), [41, 128, 185]);
  const ink = style.getPropertyValue("--text").trim() || "#222";
  ctx.clearRect(0, 0, size, size);
  if (view) drawRegions(ctx, size, view, neg, pos);

  const line = view?.line;
  if (line && (line.w[0] !== 0 || line.w[1] !== 0)) {
    ctx.strokeStyle = ink;
    ctx.lineWidth = 2;
    ctx.beginPath();
    if (Math.abs(line.w[1]) > Math.abs(line.w[0])) {
      const y = (x: number) => -(line.w[0] * x + line.b) / line.w[1];
      ctx.moveTo(sx(x0), sy(y(x0))); ctx.lineTo(sx(x1), sy(y(x1)));
    } else {
      const x = (y: number) => -(line.w[1] * y + line.b) / line.w[0];
      ctx.moveTo(sx(x(y0)), sy(y0)); ctx.lineTo(sx(x(y1)), sy(y1));
    }
    ctx.stroke();
  }

  const r = size < 300 ? 3.5 : 4.5;
  for (let i = 0; i < data.n; i++) {
    const px = sx(data.x[2 * i]), py = sy(data.x[2 * i + 1]);
    const c = data.y[i] > 0 ? pos : neg;
    ctx.fillStyle = `rgb(${c[0]},${c[1]},${c[2]})`;
    ctx.strokeStyle = ink;
    ctx.lineWidth = 1;
    ctx.beginPath();
    if (data.y[i] > 0) ctx.rect(px - r, py - r, 2 * r, 2 * r);
    else ctx.arc(px, py, r, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }

  if (view?.lastIndex !== undefined) {
    const i = view.lastIndex;
    ctx.strokeStyle = view.lastWasMistake ? style.getPropertyValue("--mistake").trim() || "#c0392b" : ink;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.arc(sx(data.x[2 * i]), sy(data.x[2 * i + 1]), r + 6, 0, 2 * Math.PI);
    ctx.stroke();
  }
}
