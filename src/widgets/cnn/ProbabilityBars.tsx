/** Ten class probabilities as horizontal bars, the most likely one highlighted. */
import { CanvasPlot } from "../kit/CanvasPlot";

export interface ProbabilityBarsProps {
  readonly label: string;
  /** P(class = 0…9). */
  readonly probs: ArrayLike<number>;
  /** The true class, marked when known. */
  readonly truth?: number;
}

/** Index of the largest value. */
export function argMax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

export function ProbabilityBars({ label, probs, truth }: ProbabilityBarsProps) {
  const best = argMax(probs);
  const text = `${label}: ${Array.from(probs, (p, i) => `${i}: ${(100 * p).toFixed(0)} %`).join(", ")}`;
  function draw(ctx: CanvasRenderingContext2D, width: number, height: number, style: CSSStyleDeclaration) {
    const row = height / 10;
    const left = 18, right = 44;
    ctx.font = "12px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    for (let i = 0; i < 10; i++) {
      const y = i * row;
      const w = Math.max(1, (width - left - right) * probs[i]);
      ctx.fillStyle = style.getPropertyValue(i === best ? "--accent" : "--text-muted") || "#555";
      ctx.globalAlpha = i === best ? 1 : 0.5;
      ctx.fillRect(left, y + 2, w, row - 4);
      ctx.globalAlpha = 1;
      ctx.fillStyle = style.getPropertyValue("--text") || "#1c1d21";
      ctx.fillText(`${i}${i === truth ? "✓" : ""}`, 0, y + row / 2);
      ctx.fillText(`${(100 * probs[i]).toFixed(0)} %`, left + w + 4, y + row / 2);
    }
  }
  return <CanvasPlot label={text} draw={draw} aspect={0.6} maxWidth={260} />;
}
