/**
 * A widget's settings, kept in the page URL. The server renders defaults; after
 * hydration the URL is read, checked, and every change is written back with
 * history.replaceState, so the address bar is always a permalink.
 */
import { useCallback, useEffect, useState } from "react";
import { defaults, type Hyperparam, type Settings } from "../../hyperparams/schema";
import { mergeSearch, settingsFromSearch } from "../../hyperparams/url";
import { checkValue } from "../../hyperparams/validate";
import type { WidgetEntry } from "../catalog";

export interface WidgetSettings {
  readonly settings: Settings;
  /** Messages about the URL the page was opened with (clamped, refused, ignored). */
  readonly urlMessages: readonly string[];
  /** The latest message per field, from typed entries. */
  readonly fieldMessages: Readonly<Record<string, string>>;
  /** Checks and applies one typed or chosen value; returns the value used. */
  update(p: Hyperparam, raw: string | number): number | string;
}

/** URL-backed settings for `entry`; keys are prefixed with its id unless embedded. */
export function useWidgetSettings(entry: WidgetEntry, embedded: boolean): WidgetSettings {
  const prefix = embedded ? "" : entry.id;
  const [settings, setSettings] = useState<Settings>(() => defaults(entry.schema));
  const [urlMessages, setUrlMessages] = useState<readonly string[]>([]);
  const [fieldMessages, setFieldMessages] = useState<Record<string, string>>({});

  useEffect(() => {
    const fromUrl = settingsFromSearch(entry.schema, window.location.search, prefix);
    setSettings(fromUrl.settings);
    setUrlMessages(fromUrl.messages);
  }, [entry, prefix]);

  useEffect(() => {
    const search = mergeSearch(window.location.search, entry.schema, settings, prefix, !embedded);
    const url = `${window.location.pathname}${search ? `?${search}` : ""}${window.location.hash}`;
    window.history.replaceState(window.history.state, "", url);
  }, [entry, prefix, settings, embedded]);

  const update = useCallback((p: Hyperparam, raw: string | number) => {
    const checked = checkValue(p, raw, settings[p.key]);
    setSettings((s) => ({ ...s, [p.key]: checked.value }));
    setFieldMessages((m) => {
      const { [p.key]: _old, ...rest } = m;
      return checked.message ? { ...rest, [p.key]: checked.message } : rest;
    });
    return checked.value;
  }, [settings]);

  return { settings, urlMessages, fieldMessages, update };
}
