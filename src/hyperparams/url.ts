/**
 * Settings ⇄ query string. Every setting, seed and backend included, goes into
 * the URL, so opening it reproduces the widget. On a chapter page each widget's
 * keys carry its id as a prefix ("perceptron-iris.lr=0.5"); on its embed page
 * they are bare ("lr=0.5").
 */
import { quote, checkSettings } from "./validate";
import type { Schema, Settings } from "./schema";

/** Engine flags TF.js would read from a page URL; never honoured. */
const ENGINE_FLAGS = "tfjsflags";
const ENGINE_FLAGS_MESSAGE = "“tfjsflags” would change TensorFlow.js engine flags; a link may not do that, so it was ignored.";

export interface FromUrl {
  readonly settings: Settings;
  /** What was clamped, refused or ignored, in plain text. */
  readonly messages: readonly string[];
}

/**
 * Reads a widget's settings from `search`.
 * @param prefix the widget id on a chapter page, "" on an embed page
 */
export function settingsFromSearch(schema: Schema, search: string, prefix = ""): FromUrl {
  const params = new URLSearchParams(search);
  const byUrlKey = new Map(schema.map((p) => [p.url, p]));
  const partial: Record<string, string> = {};
  const messages: string[] = [];
  const lead = prefix ? `${prefix}.` : "";
  const seen = new Set<string>();
  for (const [rawKey, value] of params) {
    if (rawKey === ENGINE_FLAGS) {
      // On a chapter page the page says this once (pageLinkMessages), not every widget.
      if (!lead) messages.push(ENGINE_FLAGS_MESSAGE);
      continue;
    }
    // On a chapter page a bare ?backend= applies to every widget; a prefixed one wins.
    const pageWide = lead !== "" && rawKey === "backend" && !params.has(`${lead}backend`);
    if (!rawKey.startsWith(lead) && !pageWide) continue;
    const key = pageWide ? rawKey : rawKey.slice(lead.length);
    const p = byUrlKey.get(key);
    if (!p) {
      messages.push(`Unknown setting ${quote(rawKey)} was ignored.`);
      continue;
    }
    if (seen.has(key)) messages.push(`${p.label} was given more than once; using the last value.`);
    seen.add(key);
    partial[p.key] = value;
  }
  const checked = checkSettings(schema, partial);
  return { settings: checked.settings, messages: [...messages, ...checked.messages] };
}

/** The query string (without "?") holding every setting. */
export function searchFromSettings(schema: Schema, settings: Settings, prefix = ""): string {
  const lead = prefix ? `${prefix}.` : "";
  const params = new URLSearchParams();
  for (const p of schema) params.set(`${lead}${p.url}`, String(settings[p.key] ?? p.default));
  return params.toString();
}

/**
 * Replaces this widget's keys in `search`, leaving other widgets' keys alone.
 * With `changedOnly` (chapter pages, several widgets) only settings that differ
 * from their defaults are written, so the address stays readable; copied links
 * and embed codes always carry every setting.
 */
export function mergeSearch(search: string, schema: Schema, settings: Settings, prefix: string, changedOnly = false): string {
  const params = new URLSearchParams(search);
  const lead = prefix ? `${prefix}.` : "";
  for (const p of schema) {
    params.delete(`${lead}${p.url}`);
    const value = settings[p.key] ?? p.default;
    if (!changedOnly || value !== p.default) params.set(`${lead}${p.url}`, String(value));
  }
  return params.toString();
}

/**
 * What a chapter page's link holds that no widget on the page reads: keys
 * that are neither "<widget-id>.<key>" of one of `widgets` nor the page-wide
 * "backend", and engine flags. Each widget reports its own bad values.
 */
export function pageLinkMessages(search: string, widgets: readonly { readonly id: string; readonly schema: Schema }[]): string[] {
  const known = new Set(["backend", ...widgets.flatMap((w) => w.schema.map((p) => `${w.id}.${p.url}`))]);
  const messages: string[] = [];
  for (const key of new Set(new URLSearchParams(search).keys())) {
    if (key === ENGINE_FLAGS) messages.push(ENGINE_FLAGS_MESSAGE);
    else if (!known.has(key)) messages.push(`Unknown setting ${quote(key)} was ignored.`);
  }
  return messages;
}
