/** The 10 × 10 confusion matrix of the held-out digits: rows are the true class, columns the prediction. */
import { CanvasPlot } from "../kit/CanvasPlot";
import { themeRgb } from "../kit/themeColour";

export interface ConfusionMatrixProps {
  /** Counts [10 × 10], row = true class, column = predicted class. */
  readonly counts: ArrayLike<number>;
}

export function ConfusionMatrix({ counts }: ConfusionMatrixProps) {
  const total = Array.from(counts).reduce((a, b) => a + b, 0);
  const right = Array.from({ length: 10 }, (_, i) => counts[i * 11]).reduce((a, b) => a + b, 0);
  const label = `Confusion matrix of the ${total} held-out digits: ${right} on the diagonal (right), ${total - right} off it.`;
  function draw(ctx: CanvasRenderingContext2D, width: number, _height: number, style: CSSStyleDeclaration) {
    const margin = 28;
    const cell = (width - margin) / 10;
    const bg = themeRgb(style, "--bg", [253, 253, 251]);
    const good = themeRgb(style, "--accent", [26, 86, 184]);
    const bad = themeRgb(style, "--mistake", [192, 38, 45]);
    const text = style.getPropertyValue("--text") || "#1c1d21";
    let rowMax = 1;
    for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) if (i !== j) rowMax = Math.max(rowMax, counts[i * 10 + j]);
    ctx.font = "11px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    for (let i = 0; i < 10; i++) {
      ctx.fillStyle = text;
      ctx.fillText(String(i), margin / 2, margin + (i + 0.5) * cell);
      ctx.fillText(String(i), margin + (i + 0.5) * cell, margin / 2);
      const rowTotal = Array.from({ length: 10 }, (_, j) => counts[i * 10 + j]).reduce((a, b) => a + b, 0) || 1;
      for (let j = 0; j < 10; j++) {
        const v = counts[i * 10 + j];
        // Diagonal: share of the class right; off it: errors against the largest error count.
        const a = i === j ? v / rowTotal : v / rowMax;
        const c = i === j ? good : bad;
        ctx.fillStyle = `rgb(${c.map((k, n) => Math.round(bg[n] + (k - bg[n]) * a * 0.85)).join(",")})`;
        ctx.fillRect(margin + j * cell + 1, margin + i * cell + 1, cell - 2, cell - 2);
        if (v > 0) {
          ctx.fillStyle = a > 0.55 ? (style.getPropertyValue("--bg") || "#fff") : text;
          ctx.fillText(String(v), margin + (j + 0.5) * cell, margin + (i + 0.5) * cell);
        }
      }
    }
  }
  return (
    <figure className="cnn__figure">
      <CanvasPlot label={label} draw={draw} aspect={1} maxWidth={360} />
      <figcaption className="widget__legend">Rows: true digit. Columns: the network's answer. Diagonal (blue): right; elsewhere (red): which digit it was taken for.</figcaption>
    </figure>
  );
}
