/** The racers as the widget shows them: names, colours (CSS variables with fallbacks). */
export interface RacerStyle {
  readonly name: "sgd" | "momentum" | "rmsprop" | "adam";
  readonly label: string;
  readonly colourVar: string;
  readonly fallback: string;
}

export const racerStyles: readonly RacerStyle[] = [
  { name: "sgd", label: "SGD", colourVar: "--racer-sgd", fallback: "#c0262d" },
  { name: "momentum", label: "Momentum", colourVar: "--racer-momentum", fallback: "#1f6fb5" },
  { name: "rmsprop", label: "RMSProp", colourVar: "--racer-rmsprop", fallback: "#2e8b57" },
  { name: "adam", label: "Adam", colourVar: "--racer-adam", fallback: "#8e44ad" },
];

/** A racer's colour in the current theme. */
export function racerColour(style: RacerStyle): string {
  if (typeof document === "undefined") return style.fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(style.colourVar).trim() || style.fallback;
}
