/**
 * What the convolution-arithmetic widget draws: the padded input with the
 * window over it, and the output filling in cell by cell. Pure canvas code.
 */
import { convolve, outputSize, type ConvGeometry } from "../../ml/cnn/convArithmetic";

/** The widget's fixed example: small whole numbers for the input, a vertical-edge kernel. */
export function example(n: number, g: ConvGeometry) {
  const x = Float64Array.from({ length: n * n }, (_, i) => ((Math.floor(i / n) * 3 + (i % n) * 5) % 4));
  const mid = (g.kernel - 1) / 2;
  const w = Float64Array.from({ length: g.kernel * g.kernel }, (_, i) => (g.kernel === 1 ? 1 : Math.sign((i % g.kernel) - mid)));
  return { x, w, y: convolve(x, n, w, g), m: outputSize(n, g) };
}

/** Cell size and where the output grid starts, for a picture `width` CSS pixels wide. */
function layout(width: number, n: number, g: ConvGeometry) {
  const padded = n + 2 * g.padding;
  const m = outputSize(n, g);
  const gap = 28;
  const cell = Math.min(34, (width - gap) / (padded + Math.max(m, 1)));
  return { padded, m, cell, outLeft: padded * cell + gap };
}

/** The picture's height in CSS pixels at `width`. */
export function pictureHeight(width: number, n: number, g: ConvGeometry): number {
  const { padded, m, cell } = layout(width, n, g);
  return Math.max(padded, m) * cell;
}

export interface Colours { text: string; muted: string; pad: string; accent: string; done: string; bg: string }

/**
 * @param shown output cells computed so far (row-major); the last of them is the current one
 */
export function drawConv(ctx: CanvasRenderingContext2D, width: number, n: number, g: ConvGeometry, shown: number, c: Colours): void {
  const { x, w, y } = example(n, g);
  const { padded, m, cell, outLeft } = layout(width, n, g);
  const current = shown - 1;
  const ci = Math.floor(current / Math.max(m, 1)), cj = current % Math.max(m, 1);
  ctx.font = `${Math.max(9, Math.round(cell * 0.42))}px system-ui, sans-serif`;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.lineWidth = 1;
  // Input, padding ring(s) included.
  for (let r = 0; r < padded; r++) for (let col = 0; col < padded; col++) {
    const ir = r - g.padding, ic = col - g.padding;
    const inside = ir >= 0 && ir < n && ic >= 0 && ic < n;
    ctx.fillStyle = inside ? c.bg : c.pad;
    ctx.fillRect(col * cell, r * cell, cell, cell);
    ctx.strokeStyle = c.muted;
    ctx.strokeRect(col * cell + 0.5, r * cell + 0.5, cell - 1, cell - 1);
    ctx.fillStyle = inside ? c.text : c.muted;
    ctx.fillText(inside ? String(x[ir * n + ic]) : "0", (col + 0.5) * cell, (r + 0.5) * cell);
  }
  // The window of the current output cell, in padded coordinates, with its weights.
  if (current >= 0 && m > 0) {
    const top = ci * g.stride, left = cj * g.stride;
    ctx.fillStyle = c.accent;
    ctx.globalAlpha = 0.18;
    ctx.fillRect(left * cell, top * cell, g.kernel * cell, g.kernel * cell);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = c.accent;
    ctx.lineWidth = 3;
    ctx.strokeRect(left * cell + 1.5, top * cell + 1.5, g.kernel * cell - 3, g.kernel * cell - 3);
    ctx.lineWidth = 1;
    ctx.fillStyle = c.accent;
    ctx.font = `${Math.max(8, Math.round(cell * 0.3))}px system-ui, sans-serif`;
    for (let u = 0; u < g.kernel; u++) for (let v = 0; v < g.kernel; v++) {
      const weight = w[u * g.kernel + v];
      ctx.fillText(`×${weight < 0 ? `−${-weight}` : weight}`, (left + v + 0.5) * cell, (top + u + 0.17) * cell);
    }
    ctx.font = `${Math.max(9, Math.round(cell * 0.42))}px system-ui, sans-serif`;
  }
  // Output.
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) {
    const k = i * m + j;
    const left = outLeft + j * cell, top = i * cell;
    ctx.fillStyle = k === current ? c.accent : k < shown ? c.done : c.bg;
    ctx.globalAlpha = k === current ? 0.35 : 1;
    ctx.fillRect(left, top, cell, cell);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = k === current ? c.accent : c.muted;
    ctx.lineWidth = k === current ? 3 : 1;
    ctx.strokeRect(left + 0.5, top + 0.5, cell - 1, cell - 1);
    ctx.lineWidth = 1;
    if (k < shown) { ctx.fillStyle = c.text; ctx.fillText(String(y[k]), left + cell / 2, top + cell / 2); }
  }
}

/** The current output cell's sum written out, e.g. "y[0,1] = (−1)·0 + 0·3 + 1·2 + … = 4". */
export function sumText(n: number, g: ConvGeometry, index: number): string {
  const { x, w, y, m } = example(n, g);
  if (index < 0 || index >= m * m) return "";
  const i = Math.floor(index / m), j = index % m;
  const terms: string[] = [];
  for (let u = 0; u < g.kernel; u++) for (let v = 0; v < g.kernel; v++) {
    const r = i * g.stride + u - g.padding, col = j * g.stride + v - g.padding;
    const value = r >= 0 && r < n && col >= 0 && col < n ? x[r * n + col] : 0;
    const weight = w[u * g.kernel + v];
    terms.push(`${weight < 0 ? `(${weight})` : weight}·${value}`);
  }
  return `y[${i},${j}] = ${terms.join(" + ")} = ${y[index]}`;
}
