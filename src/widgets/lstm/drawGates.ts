/**
 * The LSTM's gates over one held-out adding-problem sequence: on top the inputs
 * (bars for the values, the two marked steps highlighted and flagged), then one
 * heat map per gate (input i, forget f, output o: units down, time across, 0
 * dark to 1 bright) and the cell state c (diverging: blue negative, red
 * positive). Reading down a column shows what every unit does at that step.
 */
import { scaleColour } from "../linear-regression/colours";

/** One held-out sequence and the trained LSTM's gates over it. */
export interface GateDrawing {
  readonly length: number;
  readonly units: number;
  /** The sequence, [T, 2]: (value, marker). */
  readonly sequence: ArrayLike<number>;
  readonly marks: ArrayLike<number>;
  /** Each [T, units] row-major. */
  readonly input: ArrayLike<number>;
  readonly forget: ArrayLike<number>;
  readonly output: ArrayLike<number>;
  readonly cell: ArrayLike<number>;
}

const LABEL_WIDTH = 58;
const ROWS = [["input", "gate i"], ["forget", "gate f"], ["output", "gate o"], ["cell", "state c"]] as const;

/** Blue (−1) through the background to red (+1), for the cell state scaled by its largest magnitude. */
function diverging(t: number): string {
  const u = Math.max(-1, Math.min(1, t));
  const [r, g, b] = u >= 0 ? [192, 38, 45] : [31, 111, 181];
  const a = Math.abs(u);
  return `rgba(${r},${g},${b},${a.toFixed(3)})`;
}

/** Draws the inputs and the four heat maps at `width` × `height` CSS pixels. */
export function drawGates(ctx: CanvasRenderingContext2D, width: number, height: number, style: CSSStyleDeclaration, d: GateDrawing): void {
  const ink = style.getPropertyValue("--text").trim() || "#222";
  const muted = style.getPropertyValue("--text-muted").trim() || "#555";
  const mark = style.getPropertyValue("--lstm-forecast").trim() || "#c0262d";
  const font = `11px ${style.getPropertyValue("--font-ui").trim() || "system-ui, sans-serif"}`;
  const { length: T, units } = d;
  const left = LABEL_WIDTH, right = width - 4;
  const cellW = (right - left) / T;
  const inputH = Math.min(40, height * 0.16);
  const gap = 6;
  const mapH = (height - inputH - gap * (ROWS.length + 1) - 14) / ROWS.length;
  const rowH = mapH / units;
  ctx.font = font;
  ctx.textBaseline = "middle";
  ctx.textAlign = "right";

  // The inputs: value bars, marked steps in the accent colour with a flag.
  const marked = new Set(Array.from(d.marks));
  ctx.fillStyle = muted;
  ctx.fillText("inputs", left - 6, inputH / 2 + 10);
  for (let t = 0; t < T; t++) {
    const v = d.sequence[2 * t];
    const h = v * (inputH - 4);
    ctx.fillStyle = marked.has(t) ? mark : muted;
    ctx.globalAlpha = marked.has(t) ? 1 : 0.45;
    ctx.fillRect(left + t * cellW + cellW * 0.15, 10 + inputH - h, Math.max(1, cellW * 0.7), h);
    ctx.globalAlpha = 1;
    if (marked.has(t)) {
      ctx.beginPath();
      ctx.moveTo(left + (t + 0.5) * cellW, 8);
      ctx.lineTo(left + (t + 0.5) * cellW - 4, 1);
      ctx.lineTo(left + (t + 0.5) * cellW + 4, 1);
      ctx.fill();
    }
  }

  let cellMax = 1e-6;
  for (let k = 0; k < d.cell.length; k++) cellMax = Math.max(cellMax, Math.abs(d.cell[k]));
  const maps: readonly ArrayLike<number>[] = [d.input, d.forget, d.output, d.cell];
  maps.forEach((values, m) => {
    const top = 10 + inputH + gap + m * (mapH + gap);
    ctx.fillStyle = ink;
    ctx.fillText(ROWS[m][0], left - 6, top + mapH / 2 - 7);
    ctx.fillText(ROWS[m][1], left - 6, top + mapH / 2 + 7);
    for (let t = 0; t < T; t++) {
      for (let j = 0; j < units; j++) {
        const v = values[t * units + j];
        if (m === 3) ctx.fillStyle = diverging(v / cellMax);
        else { const [r, g, b] = scaleColour(v); ctx.fillStyle = `rgb(${r},${g},${b})`; }
        ctx.fillRect(left + t * cellW, top + j * rowH, Math.ceil(cellW), Math.ceil(rowH));
      }
    }
    ctx.strokeStyle = muted;
    ctx.lineWidth = 1;
    ctx.strokeRect(left + 0.5, top + 0.5, right - left - 1, mapH);
    // The marked steps, as thin lines through every map.
    ctx.strokeStyle = mark;
    for (const t of marked) {
      ctx.beginPath();
      ctx.moveTo(left + (t + 0.5) * cellW, top);
      ctx.lineTo(left + (t + 0.5) * cellW, top + mapH);
      ctx.globalAlpha = 0.6;
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
  });
  ctx.textAlign = "center";
  ctx.textBaseline = "bottom";
  ctx.fillStyle = muted;
  ctx.fillText(`time step 1 … ${T} →`, (left + right) / 2, height - 1);
}
