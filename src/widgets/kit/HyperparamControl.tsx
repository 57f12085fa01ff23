/**
 * The control generated from one hyperparameter declaration: a slider with a
 * typed number entry (log or linear), or a select. Typed entries are checked on
 * commit (Enter or leaving the field); a bad entry shows why and keeps the last
 * good value.
 */
import { useEffect, useId, useState } from "react";
import type { Hyperparam, NumberParam } from "../../hyperparams/schema";

const SLIDER_STEPS = 1000;

/** Slider position 0…SLIDER_STEPS for a value. */
function toSlider(p: NumberParam, v: number): number {
  const t = p.scale === "log" ? Math.log(v / p.min) / Math.log(p.max / p.min) : (v - p.min) / (p.max - p.min);
  return Math.round(Math.min(1, Math.max(0, t)) * SLIDER_STEPS);
}

/** Value for a slider position, rounded to 3 significant digits (or an integer). */
function fromSlider(p: NumberParam, s: number): number {
  const t = s / SLIDER_STEPS;
  const v = p.scale === "log" ? p.min * (p.max / p.min) ** t : p.min + t * (p.max - p.min);
  return p.integer ? Math.round(v) : Number(v.toPrecision(3));
}

export interface HyperparamControlProps {
  readonly param: Hyperparam;
  readonly value: number | string;
  readonly message?: string;
  readonly onChange: (raw: string | number) => void;
}

/** One labelled control; `apply` is shown so readers know whether a change restarts training. */
export function HyperparamControl({ param, value, message, onChange }: HyperparamControlProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const describedBy = `${id}-help${message ? ` ${id}-msg` : ""}`;
  const applies = param.apply === "live" ? "applies at once" : "restarts training";

  return (
    <div className="hp">
      <label className="hp__label" htmlFor={id}>
        {param.label} <span className="hp__apply">({applies})</span>
      </label>
      {param.kind === "number" ? (
        <div className="hp__row">
          <input
            type="range"
            aria-label={`${param.label} slider`}
            aria-describedby={describedBy}
            min={0}
            max={SLIDER_STEPS}
            value={toSlider(param, Number(value))}
            aria-valuetext={String(value)}
            onChange={(e) => onChange(fromSlider(param, Number(e.target.value)))}
          />
          <input
            id={id}
            className="hp__number"
            type="text"
            inputMode="decimal"
            aria-describedby={describedBy}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => onChange(draft)}
            onKeyDown={(e) => { if (e.key === "Enter") onChange(draft); }}
          />
        </div>
      ) : param.kind === "text" ? (
        <input
          id={id}
          className="hp__number"
          style={{ width: "100%", boxSizing: "border-box" }}
          type="text"
          spellCheck={false}
          aria-describedby={describedBy}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => onChange(draft)}
          onKeyDown={(e) => { if (e.key === "Enter") onChange(draft); }}
        />
      ) : (
        <select id={id} aria-describedby={describedBy} value={String(value)} onChange={(e) => onChange(e.target.value)}>
          {param.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
      <p id={`${id}-help`} className="hp__help">{param.help ?? ""}</p>
      {message && <p id={`${id}-msg`} className="hp__msg" role="status">{message}</p>}
    </div>
  );
}
