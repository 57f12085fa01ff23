/** The optimizer race drawn over its loss surface: a canvas sized to its box, the surface cached per size and theme. */
import { useEffect, useMemo, useRef } from "react";
import type { Surface } from "../../ml/optimizers/surfaces";
import { useElementWidth } from "../kit/useElementWidth";
import { drawRace, surfaceImage, type RacerPath } from "./drawSurface";

export interface SurfacePlotProps {
  readonly surface: Surface;
  readonly paths: readonly RacerPath[];
  readonly label: string;
}

const isDark = () => document.documentElement.dataset.theme === "dark";

export function SurfacePlot({ surface, paths, label }: SurfacePlotProps) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = Math.min(useElementWidth(box), 420);
  const [x0, x1, y0, y1] = surface.extent;
  const height = Math.round((width * (y1 - y0)) / (x1 - x0));
  const dark = typeof document !== "undefined" && isDark();
  const background = useMemo(
    () => (width > 0 ? surfaceImage(surface, width, height, dark) : undefined),
    [surface, width, height, dark],
  );

  useEffect(() => {
    const c = canvas.current;
    if (!c || !background) return;
    const ratio = window.devicePixelRatio || 1;
    c.width = Math.round(width * ratio);
    c.height = Math.round(height * ratio);
    c.style.width = `${width}px`;
    c.style.height = `${height}px`;
    const ctx = c.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const ink = getComputedStyle(c).getPropertyValue("--text").trim() || "#222";
    drawRace(ctx, width, height, surface, background, paths, ink);
  }, [surface, background, paths, width, height]);

  return (
    <div ref={box} className="widget__scatter">
      <canvas ref={canvas} role="img" aria-label={label} />
      <p className="widget__legend">
        {surface.formula}. ○ start, + minimum; shading and contours follow log₁₀ of the loss.
      </p>
    </div>
  );
}
