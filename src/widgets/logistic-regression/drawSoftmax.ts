/** Drawing for SoftmaxScatter: K-class probability regions and points. Plain canvas 2-D. */
import type { MultiClassSet } from "../../data/multiClassSet";
import type { ModelView } from "../../ml/trainable";

export type Rgb = readonly [number, number, number];

/** Parses "#rrggbb"; theme colours come from CSS variables. */
export function rgb(hex: string, fallback: Rgb): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return fallback;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Paints each grid cell as the probability-weighted mix of the class colours, more opaque where one class is sure. */
function drawRegions(ctx: CanvasRenderingContext2D, size: number, view: ModelView, colours: readonly Rgb[]) {
  const probabilities = view.extra?.probabilities;
  const K = Number(view.extra?.classCount);
  const cells = Number(view.extra?.gridSize);
  if (!(probabilities instanceof Float32Array) || !(K >= 2) || !(cells > 0) || probabilities.length !== cells * cells * K) return;
  const image = new ImageData(cells, cells);
  for (let i = 0; i < cells * cells; i++) {
    let top = 0;
    const mix = [0, 0, 0];
    for (let k = 0; k < K; k++) {
      const p = probabilities[i * K + k];
      top = Math.max(top, p);
      for (let c = 0; c < 3; c++) mix[c] += p * colours[k % colours.length][c];
    }
    for (let c = 0; c < 3; c++) image.data[4 * i + c] = mix[c];
    image.data[4 * i + 3] = Math.round(55 + 100 * ((top - 1 / K) / (1 - 1 / K)));
  }
  const tile = new OffscreenCanvas(cells, cells);
  tile.getContext("2d")?.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(tile, 0, 0, size, size);
}

/** One marker: circle, square or triangle for classes 0, 1, 2 (shape as well as colour). */
function marker(ctx: CanvasRenderingContext2D, k: number, x: number, y: number, r: number) {
  ctx.beginPath();
  if (k % 3 === 0) ctx.arc(x, y, r, 0, 2 * Math.PI);
  else if (k % 3 === 1) ctx.rect(x - r, y - r, 2 * r, 2 * r);
  else { ctx.moveTo(x, y - r * 1.25); ctx.lineTo(x + r * 1.15, y + r * 0.85); ctx.lineTo(x - r * 1.15, y + r * 0.85); ctx.closePath(); }
}

/** Draws regions and points at `size` CSS pixels square. */
export function drawSoftmax(ctx: CanvasRenderingContext2D, size: number, data: MultiClassSet, view: ModelView | undefined, colours: readonly Rgb[], ink: string) {
  const [x0, x1, y0, y1] = data.extent;
  const sx = (x: number) => ((x - x0) / (x1 - x0)) * size;
  const sy = (y: number) => size - ((y - y0) / (y1 - y0)) * size;
  ctx.clearRect(0, 0, size, size);
  if (view) drawRegions(ctx, size, view, colours);
  const r = size < 300 ? 3.5 : 4.5;
  for (let i = 0; i < data.n; i++) {
    const k = data.labels[i];
    const c = colours[k % colours.length];
    ctx.fillStyle = `rgb(${c[0]},${c[1]},${c[2]})`;
    ctx.strokeStyle = ink;
    ctx.lineWidth = 1;
    marker(ctx, k, sx(data.x[2 * i]), sy(data.x[2 * i + 1]), r);
    ctx.fill();
    ctx.stroke();
  }
}
