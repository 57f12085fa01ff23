/**
 * "Copy link" and "Copy embed code". Both URLs carry every setting, so a slide
 * or a message reproduces exactly this widget. If the clipboard is refused the
 * text is shown, selected, for copying by hand.
 */
import { useState } from "react";
import { mergeSearch, searchFromSettings } from "../../hyperparams/url";
import type { Settings } from "../../hyperparams/schema";
import type { WidgetEntry } from "../catalog";

export interface ShareButtonsProps {
  readonly entry: WidgetEntry;
  readonly settings: Settings;
  readonly embedded: boolean;
}

/** Absolute URL of the widget's own embed page with these settings. */
export function embedUrl(entry: WidgetEntry, settings: Settings): string {
  const base = new URL(import.meta.env.BASE_URL, window.location.origin);
  return new URL(`embed/${entry.id}/?${searchFromSettings(entry.schema, settings)}`, base).href;
}

/** An iframe snippet for slides. Built as text; the URL's query is already percent-encoded. */
export function embedCode(entry: WidgetEntry, settings: Settings): string {
  const title = entry.title.replace(/[&"<>]/g, "");
  return `<iframe src="${embedUrl(entry, settings).replace(/"/g, "%22")}" title="${title}" width="100%" height="${entry.minHeight + 40}" style="border:0" loading="lazy"></iframe>`;
}

export function ShareButtons({ entry, settings, embedded }: ShareButtonsProps) {
  const [shown, setShown] = useState<{ label: string; text: string } | null>(null);
  const [note, setNote] = useState("");

  async function copy(label: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setNote(`${label} copied.`);
      setShown(null);
    } catch {
      setNote(`The clipboard is not available; copy the ${label.toLowerCase()} below.`);
      setShown({ label, text });
    }
  }

  // A chapter link carries every setting of this widget, prefixed, and scrolls to it.
  const link = () => {
    if (embedded) return embedUrl(entry, settings);
    const search = mergeSearch(window.location.search, entry.schema, settings, entry.id);
    return `${window.location.origin}${window.location.pathname}?${search}#${entry.id}`;
  };
  return (
    <div className="widget__share">
      <button type="button" className="button" onClick={() => copy("Link", link())}>Copy link</button>
      <button type="button" className="button" onClick={() => copy("Embed code", embedCode(entry, settings))}>Copy embed code</button>
      <span className="widget__note" role="status">{note}</span>
      {shown && (
        <label className="widget__copytext">
          {shown.label}
          <input readOnly value={shown.text} onFocus={(e) => e.currentTarget.select()} autoFocus />
        </label>
      )}
    </div>
  );
}
