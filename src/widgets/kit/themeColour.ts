/** Theme colours for canvas drawing: the CSS variables hold "#rrggbb". */

export type Rgb = [number, number, number];

/** Parses "#rrggbb" into [r, g, b]; `fallback` for anything else. */
export function rgb(hex: string, fallback: Rgb): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return fallback;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The theme colour `name` (e.g. "--text") of an element's computed style. */
export function themeRgb(style: CSSStyleDeclaration, name: string, fallback: Rgb): Rgb {
  return rgb(style.getPropertyValue(name), fallback);
}
