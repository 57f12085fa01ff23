/**
 * The 2-D GAN widget: real and generated samples over the discriminator's heat
 * map, the generator's mesh and arrows, a canvas to draw a target on, and the
 * two losses with the energy distance by step.
 */
import { useMemo, useRef, useState, type PointerEvent } from "react";
import seedrandom from "seedrandom";
import { encodeShape, GAN_EXTENT, ganTarget, MIN_SHAPE_POINTS, sampleTarget, type TargetName } from "../../data/ganTargets";
import type { TwoFeatureSet } from "../../data/twoFeatureSet";
import type { ModelView } from "../../ml/trainable";
import { DecisionScatter, type ScatterCoordinates } from "../kit/DecisionScatter";
import { MetricsChart, type MetricSeries } from "../kit/MetricsChart";
import { WidgetFrame, type PlotContext } from "../kit/WidgetFrame";
import type { WidgetViewProps } from "../widgetEntry";
import { drawArrows, drawMesh, drawStrokes } from "./ganPlaneOverlay";

/** Points of each kind drawn (the model compares 256 of each; fewer keep the plot legible). */
const SHOWN = 160;

const series: readonly MetricSeries[] = [
  { column: "loss", label: "D loss", colour: ["--series-loss", "#c0262d"] },
  { column: "gLoss", label: "G loss", colour: ["--series-accuracy", "#1f6fb5"] },
  { column: "energy", label: "energy distance", colour: ["--run-2", "#2e8b57"], axis: "right", dash: [5, 3] },
];

/** Generated points (class −1, circles) and real ones (class +1, squares) as one set for the scatter. */
function samplesAsSet(real: Float32Array, fake: ArrayLike<number> | undefined): TwoFeatureSet {
  const nFake = fake ? Math.min(SHOWN, fake.length / 2) : 0;
  const x = new Float32Array(2 * (nFake + SHOWN));
  if (fake) x.set(Array.prototype.slice.call(fake, 0, 2 * nFake), 0);
  x.set(real.subarray(0, 2 * SHOWN), 2 * nFake);
  const y = new Float32Array(nFake + SHOWN).fill(1).fill(-1, 0, nFake);
  return { name: "Real and generated samples", x, y, n: nFake + SHOWN, featureNames: ["x₁", "x₂"], classNames: ["generated G(z)", "real"], extent: GAN_EXTENT };
}

/** Data coordinates of a pointer event over the plot's canvas. */
function dataPoint(box: HTMLElement, e: PointerEvent): [number, number] | undefined {
  const canvas = box.querySelector("canvas");
  if (!canvas) return undefined;
  const r = canvas.getBoundingClientRect();
  const [x0, x1, y0, y1] = GAN_EXTENT;
  const u = (e.clientX - r.left) / r.width, v = (e.clientY - r.top) / r.height;
  if (u < 0 || u > 1 || v < 0 || v > 1) return undefined;
  return [x0 + u * (x1 - x0), y1 - v * (y1 - y0)];
}

function Gan2dPlots({ state, history, settings, setSetting }: PlotContext) {
  const target = settings.target as TargetName;
  const shape = String(settings.shape);
  const seed = Number(settings.seed);
  // The same fixed real samples the worker draws (same sampler, same seed).
  const real = useMemo(() => sampleTarget(ganTarget(target, shape), 256, seedrandom.alea(`gan2d-real-${seed}`)), [target, shape, seed]);
  const view = state.view;
  const fake = view?.extra?.fake as Float32Array | undefined;
  const data = useMemo(() => samplesAsSet(real, fake), [real, fake]);
  const [show, setShow] = useState({ heat: true, mesh: true, arrows: true });
  const [strokes, setStrokes] = useState<number[][]>([]);
  const [note, setNote] = useState("");
  const box = useRef<HTMLDivElement>(null);
  const drawing = target === "drawn";

  const shown: ModelView | undefined = view && !show.heat ? { ...view, grid: undefined } : view;
  const overlay = useMemo(() => (ctx: CanvasRenderingContext2D, at: ScatterCoordinates, style: CSSStyleDeclaration) => {
    if (show.mesh) drawMesh(ctx, at, view, style);
    if (show.arrows) drawArrows(ctx, at, view, style);
    if (strokes.length > 0) drawStrokes(ctx, at, strokes, style);
  }, [view, show.mesh, show.arrows, strokes]);

  function down(e: PointerEvent<HTMLDivElement>) {
    if (!drawing || !box.current) return;
    const p = dataPoint(box.current, e);
    if (!p) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setStrokes((s) => [...s, [...p]]);
  }
  function move(e: PointerEvent<HTMLDivElement>) {
    if (!drawing || !box.current || !e.currentTarget.hasPointerCapture(e.pointerId)) return;
    const p = dataPoint(box.current, e);
    if (!p) return;
    setStrokes((s) => {
      const last = s[s.length - 1];
      // Keep points about 0.03 apart: finer than the code's lattice is wasted.
      if (!last || Math.hypot(p[0] - last[last.length - 2], p[1] - last[last.length - 1]) < 0.03) return s;
      return [...s.slice(0, -1), [...last, ...p]];
    });
  }
  function applyDrawing() {
    const points = strokes.flat();
    if (points.length < 2 * MIN_SHAPE_POINTS) { setNote(`Draw a longer stroke: a shape needs at least ${MIN_SHAPE_POINTS} points.`); return; }
    setSetting("shape", encodeShape(points));
    setStrokes([]);
    setNote("");
  }

  const toggle = (key: keyof typeof show, label: string) => (
    <label className="widget__note">
      <input type="checkbox" checked={show[key]} onChange={(e) => setShow((s) => ({ ...s, [key]: e.target.checked }))} /> {label}
    </label>
  );

  return (
    <>
      <div>
        <div ref={box} onPointerDown={down} onPointerMove={move} style={drawing ? { touchAction: "none", cursor: "crosshair" } : undefined}>
          <DecisionScatter data={data} view={shown} overlay={overlay}
            label="Real samples (squares) and generated ones (circles) over the discriminator's estimate that a point is real; lines: the generator's image of a lattice of noise; arrows: where the generator's loss pushes generated points" />
        </div>
        <p className="widget__legend">
          Shading: D(x), the discriminator's probability that x is real (towards the squares' colour: real). Grey mesh: G applied to a lattice of noise. Red arrows: −∂ℓ_G/∂x, where G's loss moves each generated point.
        </p>
        <div className="widget__buttons" role="group" aria-label="What the plot shows">
          {toggle("heat", "Heat map")}{toggle("mesh", "Noise mesh")}{toggle("arrows", "Arrows")}
        </div>
        {drawing && (
          <div className="widget__buttons" role="group" aria-label="Drawing a target">
            <span className="widget__note">Draw on the plot with the mouse, a pen or a finger, then</span>
            <button type="button" className="button button--small" data-action="use-drawing" onClick={applyDrawing} disabled={strokes.length === 0}>Train on this drawing</button>
            <button type="button" className="button button--small" onClick={() => { setStrokes([]); setNote(""); }} disabled={strokes.length === 0}>Clear</button>
            {note && <span className="widget__note" role="status">{note}</span>}
          </div>
        )}
      </div>
      <MetricsChart history={history} revision={state.revision} series={series}
        left={{ label: "loss" }} right={{ label: "energy distance", log: true }}
        label="Discriminator and generator losses, and the energy distance between generated and real samples, by step" />
    </>
  );
}

export function Gan2d(props: WidgetViewProps) {
  return <WidgetFrame {...props}>{(context) => <Gan2dPlots {...context} />}</WidgetFrame>;
}
