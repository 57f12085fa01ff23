/**
 * Validation of untrusted values (URL parameters, typed entries) against a
 * declaration. Out-of-range numbers are clamped, malformed ones refused; either
 * way the result says so in plain text (never HTML).
 */
import type { Hyperparam, Schema, Settings } from "./schema";

export interface Checked {
  readonly value: number | string;
  /** Present when the input was changed or refused: what happened, for the reader. */
  readonly message?: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Shows at most 40 characters of untrusted input, quoted. */
export function quote(raw: string): string {
  const s = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return `“${s}”`;
}

const show = (n: number) => String(Number(n.toPrecision(6)));

function checkNumber(p: Extract<Hyperparam, { kind: "number" }>, raw: string | number, fallback: number): Checked {
  const text = String(raw).trim();
  const parsed = typeof raw === "number" ? raw : NUMBER.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(parsed)) {
    return { value: fallback, message: `${p.label}: ${quote(text)} is not a usable number; using ${show(fallback)}.` };
  }
  let value = parsed;
  let message: string | undefined;
  if (value < p.min) {
    value = p.min;
    message = `${p.label}: ${show(parsed)} is below the minimum ${show(p.min)}; using ${show(p.min)}.`;
  } else if (value > p.max) {
    value = p.max;
    message = `${p.label}: ${show(parsed)} is above the maximum ${show(p.max)}; using ${show(p.max)}.`;
  }
  if (p.integer && !Number.isInteger(value)) {
    const rounded = Math.round(value);
    message ??= `${p.label}: ${show(value)} is not a whole number; using ${rounded}.`;
    value = rounded;
  }
  return { value, message };
}

/**
 * Checks one value against its declaration.
 * @param fallback what a refused value becomes: the default for URLs, the last good value for typed entries
 */
export function checkValue(p: Hyperparam, raw: string | number, fallback: number | string = p.default): Checked {
  if (p.kind === "number") return checkNumber(p, raw, Number(fallback));
  const text = String(raw).trim();
  if (p.kind === "text") {
    if (p.pattern.test(text)) return { value: text };
    return { value: fallback, message: `${p.label}: ${quote(text)} is not ${p.patternHint}; using the ${fallback === p.default ? "default" : "last good value"}.` };
  }
  if (p.options.some((o) => o.value === text)) return { value: text };
  const allowed = p.options.map((o) => o.value).join(", ");
  return { value: fallback, message: `${p.label}: ${quote(text)} is not one of ${allowed}; using ${fallback}.` };
}

/** Fills every key of `schema` from `partial`, checking each; missing keys get defaults. */
export function checkSettings(schema: Schema, partial: Readonly<Record<string, string | number>>): { settings: Settings; messages: string[] } {
  const settings: Record<string, number | string> = {};
  const messages: string[] = [];
  for (const p of schema) {
    const raw = partial[p.key];
    if (raw === undefined) { settings[p.key] = p.default; continue; }
    const checked = checkValue(p, raw);
    settings[p.key] = checked.value;
    if (checked.message) messages.push(checked.message);
  }
  return { settings, messages };
}

/** The subset of `settings` whose declarations apply live. */
export function liveOnly(schema: Schema, settings: Settings): Settings {
  return Object.fromEntries(schema.filter((p) => p.apply === "live" && p.key in settings).map((p) => [p.key, settings[p.key]]));
}
