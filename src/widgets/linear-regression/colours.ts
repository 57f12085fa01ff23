/** Colours of the linear-regression plots: theme variables (linear-regression.css) and an mpg colour scale. */

/** Reads a theme colour from the canvas's CSS, with a fallback. */
export function themeColour(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(name).trim() || fallback;
}

export interface PlotColours {
  readonly ink: string;
  readonly train: string;
  readonly test: string;
  readonly fit: string;
  readonly exact: string;
}

export function plotColours(style: CSSStyleDeclaration): PlotColours {
  return {
    ink: themeColour(style, "--text", "#222"),
    train: themeColour(style, "--lr-train", "#1f6fb5"),
    test: themeColour(style, "--lr-test", "#c25e00"),
    fit: themeColour(style, "--lr-fit", "#c0262d"),
    exact: themeColour(style, "--lr-exact", "#222"),
  };
}

// Viridis at five stops: dark purple (low mpg) to yellow (high mpg); readable in both themes and for colour-blind readers.
const STOPS: readonly (readonly [number, number, number])[] = [
  [68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37],
];

/** The colour of t ∈ [0, 1] on the scale, as [r, g, b]. */
export function scaleColour(t: number): [number, number, number] {
  const u = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(u));
  const f = u - i;
  return [0, 1, 2].map((k) => Math.round(STOPS[i][k] + f * (STOPS[i + 1][k] - STOPS[i][k]))) as [number, number, number];
}

/** The mpg range the colour scale spans. */
export const MPG_RANGE: readonly [number, number] = [8, 48];

/** CSS colour of an mpg value on the scale. */
export function mpgColour(mpg: number): string {
  const [r, g, b] = scaleColour((mpg - MPG_RANGE[0]) / (MPG_RANGE[1] - MPG_RANGE[0]));
  return `rgb(${r},${g},${b})`;
}
