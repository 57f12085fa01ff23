/**
 * A canvas sized to its box (up to `maxWidth`) at the screen's pixel ratio,
 * redrawn by `draw` on every render and when the theme changes. Plots that draw
 * by hand (fitted curves, residuals, heat maps) supply only `draw`.
 */
import { useEffect, useRef, useState } from "react";
import { useElementWidth } from "./useElementWidth";

export interface CanvasPlotProps {
  /** What the plot shows, for screen readers. */
  readonly label: string;
  /** Draws at `width` × `height` CSS pixels; `style` holds the theme's CSS variables. */
  readonly draw: (ctx: CanvasRenderingContext2D, width: number, height: number, style: CSSStyleDeclaration) => void;
  /** Height as a fraction of width, or the height in CSS pixels for a given width (plots with fixed-size captions). */
  readonly aspect?: number | ((width: number) => number);
  readonly maxWidth?: number;
  readonly className?: string;
}

/** Bumps when <html data-theme> changes, so canvas colours follow the light/dark switch. */
export function useThemeRevision(): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const observer = new MutationObserver(() => setRevision((r) => r + 1));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    return () => observer.disconnect();
  }, []);
  return revision;
}

export function CanvasPlot({ label, draw, aspect = 0.75, maxWidth = 420, className = "widget__canvas" }: CanvasPlotProps) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = Math.min(useElementWidth(box), maxWidth);
  const theme = useThemeRevision();

  useEffect(() => {
    const c = canvas.current;
    if (!c || width === 0) return;
    const height = Math.round(typeof aspect === "number" ? width * aspect : aspect(width));
    const ratio = window.devicePixelRatio || 1;
    if (c.width !== Math.round(width * ratio) || c.height !== Math.round(height * ratio)) {
      c.width = Math.round(width * ratio);
      c.height = Math.round(height * ratio);
      c.style.width = `${width}px`;
      c.style.height = `${height}px`;
    }
    const ctx = c.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    draw(ctx, width, height, getComputedStyle(c));
  });

  return (
    <div ref={box} className={className}>
      <canvas ref={canvas} role="img" aria-label={label} data-theme-revision={theme} />
    </div>
  );
}
