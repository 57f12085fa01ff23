/**
 * Convolution arithmetic, animated: a k × k window slides with stride s over
 * an n × n input padded by p, and each output cell fills in with its sum.
 * No model and no TF.js: the public contract still holds (data-status idle /
 * training while playing / paused / done when every output is computed,
 * data-step = outputs computed, data-params = the geometry's results).
 * With reduced motion, Play shows the finished picture and Step moves by hand.
 */
import { useEffect, useState } from "react";
import { outputSize, receptiveField, type ConvGeometry } from "../../ml/cnn/convArithmetic";
import type { Status } from "../../ml/trainable";
import { CanvasPlot } from "../kit/CanvasPlot";
import { SettingsFieldset, UrlMessages } from "../kit/SettingsPanel";
import { ShareButtons } from "../kit/ShareButtons";
import { useWidgetSettings } from "../kit/useWidgetSettings";
import "../kit/widget.css";
import type { WidgetViewProps } from "../widgetEntry";
import { drawConv, example, pictureHeight, sumText } from "./convPicture";
import "./cnn.css";

function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const query = window.matchMedia("(prefers-reduced-motion: reduce)");
    setReduced(query.matches);
    const listen = () => setReduced(query.matches);
    query.addEventListener("change", listen);
    return () => query.removeEventListener("change", listen);
  }, []);
  return reduced;
}

export function ConvArithmetic({ entry, embedded }: WidgetViewProps) {
  const { settings, urlMessages, fieldMessages, update } = useWidgetSettings(entry, embedded);
  const n = Number(settings.inputSize);
  const g: ConvGeometry = { kernel: Number(settings.kernel), stride: Number(settings.stride), padding: Number(settings.padding) };
  const m = outputSize(n, g);
  const cells = m * m;
  const [shown, setShown] = useState(0);
  const [playing, setPlaying] = useState(false);
  const reduced = usePrefersReducedMotion();
  const status: Status = playing ? "training" : cells > 0 && shown >= cells ? "done" : shown > 0 ? "paused" : "idle";
  const geometryKey = `${n},${g.kernel},${g.stride},${g.padding}`;

  useEffect(() => { setShown(0); setPlaying(false); }, [geometryKey]);
  useEffect(() => {
    if (!playing) return;
    if (shown >= cells) { setPlaying(false); return; }
    const timer = setTimeout(() => setShown((s) => s + 1), 1000 / Number(settings.speed));
    return () => clearTimeout(timer);
  }, [playing, shown, cells, settings.speed]);

  const field2 = receptiveField([g, g]);
  const params = { outputSize: m, outputs: cells, receptiveField2: field2.size };
  const { y } = example(n, g);

  return (
    <section
      id={entry.id}
      className={`widget${embedded ? " widget--embedded" : ""}`}
      aria-labelledby={`${entry.id}-title`}
      data-widget={entry.id}
      data-status={status}
      data-step={shown}
      data-loss=""
      data-params={JSON.stringify(params)}
      style={{ minHeight: entry.minHeight }}
    >
      <h3 id={`${entry.id}-title`} className="widget__title">{entry.title}</h3>
      <UrlMessages messages={urlMessages} />
      <div className="widget__buttons" role="group" aria-label="Animation controls">
        <button type="button" className="button button--primary" data-action="train" aria-pressed={playing}
          onClick={() => {
            if (playing) setPlaying(false);
            else if (reduced) setShown(cells);
            else { if (shown >= cells) setShown(0); setPlaying(true); }
          }}>
          {playing ? "Pause" : "Play"}
        </button>
        <button type="button" className="button" data-action="step" disabled={playing} onClick={() => setShown((s) => (s >= cells ? 1 : s + 1))}>Step</button>
        <button type="button" className="button" data-action="reset" onClick={() => { setPlaying(false); setShown(0); }}>Reset</button>
      </div>
      <div className="widget__readout">
        <p className="widget__status" aria-live="polite">
          Output side m = ⌊(n + 2p − k) / s⌋ + 1 = ⌊({n} + {2 * g.padding} − {g.kernel}) / {g.stride}⌋ + 1 = <strong data-testid="output-size">{m}</strong>
          {m === 0 && " (the window does not fit: make the kernel smaller or pad more)"}
        </p>
        <dl className="widget__stats">
          <div><dt>Outputs computed</dt><dd>{shown} / {cells}</dd></div>
          <div><dt>Receptive field, one layer</dt><dd>{g.kernel} × {g.kernel}</dd></div>
          <div><dt>Two such layers</dt><dd>{field2.size} × {field2.size}</dd></div>
        </dl>
      </div>
      <div className="conv">
        <CanvasPlot
          label={`A ${n} × ${n} input padded by ${g.padding}, a ${g.kernel} × ${g.kernel} kernel with stride ${g.stride}, giving a ${m} × ${m} output; ${shown} of ${cells} outputs computed: ${Array.from(y.slice(0, shown)).join(", ")}`}
          draw={(ctx, width, _h, style) => {
            const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
            drawConv(ctx, width, n, g, shown, {
              text: v("--text", "#1c1d21"), muted: v("--text-muted", "#505562"), pad: v("--bg-sunken", "#f2f3ef"),
              accent: v("--accent", "#1a56b8"), done: v("--bg-raised", "#fff"), bg: v("--bg", "#fdfdfb"),
            });
          }}
          aspect={(width) => pictureHeight(width, n, g)}
          maxWidth={720}
        />
        <p className="widget__legend">Left: the input, its padding (grey zeros) and the window with its weights (a vertical-edge kernel: −1 left, +1 right). Right: the output; each cell is the sum of the window's products.</p>
        <p className="conv__sum" aria-live="polite">{shown > 0 ? sumText(n, g, shown - 1) : "Press Play or Step to slide the window."}</p>
      </div>
      <SettingsFieldset schema={entry.schema} settings={settings} fieldMessages={fieldMessages} onChange={update} />
      <ShareButtons entry={entry} settings={settings} embedded={embedded} />
    </section>
  );
}
