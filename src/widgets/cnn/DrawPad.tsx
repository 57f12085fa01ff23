/**
 * Draw a digit and ask the network. Strokes are kept as polylines in [0, 1]²,
 * drawn on screen in theme colours and, for the network, into a 112 × 112 ink
 * buffer that is made MNIST-like (src/ml/cnn/drawnDigit.ts) and sent to the
 * worker as a live value. An example button draws a 7 for keyboard users.
 */
import { useEffect, useRef, useState, type PointerEvent } from "react";
import { encodeDigit, mnistStyle } from "../../ml/cnn/drawnDigit";
import { useThemeRevision } from "../kit/CanvasPlot";
import { DigitGrid } from "../kit/DigitGrid";
import { ProbabilityBars, argMax } from "./ProbabilityBars";

type Stroke = [number, number][];

const INK_SIDE = 112;
/** Pen width as a share of the pad: about MNIST's stroke once the digit is scaled to 20 of 28 pixels. */
const PEN = 0.085;

/** A 7 in pad coordinates, for the example button. */
const SEVEN: Stroke[] = [[[0.28, 0.22], [0.72, 0.22], [0.62, 0.45], [0.5, 0.8]], [[0.4, 0.5], [0.66, 0.5]]];

function strokePath(ctx: CanvasRenderingContext2D, strokes: readonly Stroke[], side: number) {
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.lineWidth = PEN * side;
  for (const s of strokes) {
    ctx.beginPath();
    s.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x * side, y * side) : ctx.lineTo(x * side, y * side)));
    if (s.length === 1) ctx.lineTo(s[0][0] * side + 0.01, s[0][1] * side);
    ctx.stroke();
  }
}

/** The drawing as MNIST-style pixels, or undefined when empty. */
function toPixels(strokes: readonly Stroke[]): Float32Array | undefined {
  const buffer = document.createElement("canvas");
  buffer.width = buffer.height = INK_SIDE;
  const ctx = buffer.getContext("2d", { willReadFrequently: true });
  if (!ctx) return undefined;
  ctx.strokeStyle = "#000";
  strokePath(ctx, strokes, INK_SIDE);
  const rgba = ctx.getImageData(0, 0, INK_SIDE, INK_SIDE).data;
  const ink = new Float32Array(INK_SIDE * INK_SIDE);
  for (let i = 0; i < ink.length; i++) ink[i] = rgba[4 * i + 3] / 255;
  return mnistStyle(ink, INK_SIDE);
}

export interface DrawPadProps {
  /** The network's answer for the last drawing sent, when the worker has sent one. */
  readonly probs?: ArrayLike<number>;
  /** Whether a network exists yet (the worker starts on Train or Step). */
  readonly started: boolean;
  readonly send: (drawing: string) => void;
}

export function DrawPad({ probs, started, send }: DrawPadProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useThemeRevision(); // redraw in the new colours on a light/dark switch
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const [pixels, setPixels] = useState<Float32Array | undefined>();
  const drawing = useRef(false);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext("2d");
    if (!c || !ctx) return;
    const style = getComputedStyle(c);
    ctx.fillStyle = style.getPropertyValue("--bg-sunken") || "#eee";
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.strokeStyle = style.getPropertyValue("--text") || "#111";
    strokePath(ctx, strokes, c.width);
  }, [strokes, theme]);

  function commit(next: Stroke[]) {
    setStrokes(next);
    const p = toPixels(next);
    setPixels(p);
    send(p ? encodeDigit(p) : "");
  }

  const at = (e: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [(e.clientX - r.left) / r.width, (e.clientY - r.top) / r.height];
  };

  return (
    <div className="cnn__draw">
      <div>
        <canvas
          ref={canvas}
          width={224}
          height={224}
          className="cnn__pad"
          role="img"
          aria-label="Drawing pad: draw one digit with the mouse, a finger or a pen"
          onPointerDown={(e) => { e.currentTarget.setPointerCapture(e.pointerId); drawing.current = true; setStrokes((s) => [...s, [at(e)]]); }}
          onPointerMove={(e) => { if (drawing.current) { const p = at(e); setStrokes((s) => [...s.slice(0, -1), [...s[s.length - 1], p]]); } }}
          onPointerUp={() => { drawing.current = false; commit(strokes); }}
          onPointerCancel={() => { drawing.current = false; commit(strokes); }}
        />
        <div className="widget__buttons">
          <button type="button" className="button button--small" data-action="clear-drawing" onClick={() => commit([])}>Clear</button>
          <button type="button" className="button button--small" data-action="example-drawing" onClick={() => commit(SEVEN)}>Draw a 7 for me</button>
        </div>
      </div>
      <div className="cnn__answer" data-testid="drawn-prediction" data-prediction={pixels && probs ? argMax(probs) : ""}>
        {pixels && <DigitGrid label="Your drawing as the network sees it: 28 × 28, centred like MNIST" images={pixels} count={1} side={28} columns={1} scale="unit" maxWidth={84} />}
        {!pixels && <p className="widget__note">Draw a digit in the box.</p>}
        {pixels && !started && <p className="widget__note">Press Train or Step first: there is no network yet.</p>}
        {pixels && probs && (
          <>
            <p className="cnn__verdict">The network reads <strong>{argMax(probs)}</strong>.</p>
            <ProbabilityBars label="Class probabilities for your drawing" probs={probs} />
          </>
        )}
      </div>
    </div>
  );
}
