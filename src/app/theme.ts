/**
 * The colour theme lives on <html data-theme="light|dark">. public/theme-init.js
 * sets it before first paint (from localStorage, else the system preference);
 * this module reads and changes it from React without owning any state itself.
 */
import { useSyncExternalStore } from "react";

export type Theme = "light" | "dark";

/** localStorage key shared with public/theme-init.js. */
export const themeStorageKey = "book-theme";

function current(): Theme {
  return document.documentElement.dataset.theme === "dark" ? "dark" : "light";
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

/**
 * The active theme, or null during server rendering and hydration (the server
 * cannot know it; rendering null there keeps hydration free of mismatches).
 */
export function useTheme(): Theme | null {
  return useSyncExternalStore<Theme | null>(subscribe, current, () => null);
}

/** Applies a theme and remembers it as the reader's explicit choice. */
export function chooseTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(themeStorageKey, theme);
  } catch {
    // Storage can be disabled (private mode, embeds); the choice then lasts for this page only.
  }
}
