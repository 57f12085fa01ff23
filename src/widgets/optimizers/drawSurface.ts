/**
 * Drawing for SurfacePlot: the loss surface as a heat map with contour lines
 * (log-spaced levels, so both the steep walls and the flat floor show), then
 * each optimizer's path, its current position, and a cross where one diverged.
 * Plain canvas 2-D; the surface is evaluated here from the same formula the
 * model minimises (src/ml/optimizers/surfaces.ts has no TF.js).
 */
import { surfaceValue, type Surface } from "../../ml/optimizers/surfaces";

/** One optimizer's path as the view sends it. */
export interface RacerPath {
  readonly name: string;
  readonly label: string;
  readonly colour: string;
  /** Flat [x0, y0, x1, y1, …]. */
  readonly path: readonly number[];
  readonly diverged: boolean;
}

/** Pixels per heat-map cell: coarse enough to draw fast, fine enough to look smooth once scaled. */
const CELL = 3;
/** Contour levels per factor of ten of the loss. */
const LEVELS_PER_DECADE = 3;

/** The heat map and contours at `width` × `height` CSS pixels, as an image to blit. */
export function surfaceImage(surface: Surface, width: number, height: number, dark: boolean): OffscreenCanvas {
  const cols = Math.max(2, Math.ceil(width / CELL));
  const rows = Math.max(2, Math.ceil(height / CELL));
  const [x0, x1, y0, y1] = surface.extent;
  const level = new Float32Array(cols * rows);
  let lo = Infinity, hi = -Infinity;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = x0 + ((c + 0.5) / cols) * (x1 - x0);
      const y = y1 - ((r + 0.5) / rows) * (y1 - y0);
      const v = Math.log10(Math.max(surfaceValue(surface, x, y), 1e-4));
      level[r * cols + c] = v;
      lo = Math.min(lo, v); hi = Math.max(hi, v);
    }
  }
  const image = new ImageData(cols, rows);
  const band = (v: number) => Math.floor(v * LEVELS_PER_DECADE);
  for (let i = 0; i < level.length; i++) {
    const t = (level[i] - lo) / (hi - lo || 1);
    // Low loss light and high loss dark in the light theme; the reverse in the dark one.
    const shade = dark ? 40 + 90 * (1 - t) : 250 - 110 * t;
    const c = i % cols;
    const edge = (c + 1 < cols && band(level[i + 1]) !== band(level[i])) || (i + cols < level.length && band(level[i + cols]) !== band(level[i]));
    const ink = edge ? (dark ? shade + 60 : shade - 70) : shade;
    image.data[4 * i] = ink * 0.92;
    image.data[4 * i + 1] = ink * 0.96;
    image.data[4 * i + 2] = ink;
    image.data[4 * i + 3] = 255;
  }
  const tile = new OffscreenCanvas(cols, rows);
  tile.getContext("2d")?.putImageData(image, 0, 0);
  return tile;
}

/** Draws the cached surface image, the minimum, the start and every path. */
export function drawRace(
  ctx: CanvasRenderingContext2D, width: number, height: number,
  surface: Surface, background: OffscreenCanvas, paths: readonly RacerPath[], ink: string,
): void {
  const [x0, x1, y0, y1] = surface.extent;
  const sx = (x: number) => ((x - x0) / (x1 - x0)) * width;
  const sy = (y: number) => height - ((y - y0) / (y1 - y0)) * height;
  ctx.clearRect(0, 0, width, height);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(background, 0, 0, width, height);

  // The minimum: a star-like plus; the start: a hollow circle.
  ctx.strokeStyle = ink;
  ctx.lineWidth = 1.5;
  const [mx, my] = [sx(surface.minimum[0]), sy(surface.minimum[1])];
  ctx.beginPath(); ctx.moveTo(mx - 6, my); ctx.lineTo(mx + 6, my); ctx.moveTo(mx, my - 6); ctx.lineTo(mx, my + 6); ctx.stroke();
  ctx.beginPath(); ctx.arc(sx(surface.start[0]), sy(surface.start[1]), 5, 0, 2 * Math.PI); ctx.stroke();

  for (const p of paths) {
    if (p.path.length < 2) continue;
    ctx.strokeStyle = p.colour;
    ctx.lineWidth = 2;
    ctx.setLineDash(p.diverged ? [5, 4] : []);
    ctx.beginPath();
    for (let i = 0; i < p.path.length; i += 2) {
      // Clamp far-off points to just outside the canvas so a diverging path still shows its direction.
      const px = Math.max(-50, Math.min(width + 50, sx(p.path[i])));
      const py = Math.max(-50, Math.min(height + 50, sy(p.path[i + 1])));
      if (i === 0) ctx.moveTo(px, py); else ctx.lineTo(px, py);
    }
    ctx.stroke();
    ctx.setLineDash([]);
    const hx = Math.max(6, Math.min(width - 6, sx(p.path[p.path.length - 2])));
    const hy = Math.max(6, Math.min(height - 6, sy(p.path[p.path.length - 1])));
    ctx.fillStyle = p.colour;
    if (p.diverged) {
      ctx.lineWidth = 3;
      ctx.beginPath(); ctx.moveTo(hx - 6, hy - 6); ctx.lineTo(hx + 6, hy + 6); ctx.moveTo(hx + 6, hy - 6); ctx.lineTo(hx - 6, hy + 6); ctx.stroke();
    } else {
      ctx.beginPath(); ctx.arc(hx, hy, 4.5, 0, 2 * Math.PI); ctx.fill();
    }
  }
}
