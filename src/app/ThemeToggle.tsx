/** The header's light/dark switch; the choice is remembered in localStorage. */
import { chooseTheme, useTheme } from "./theme";

/** A toggle button; aria-pressed says whether the dark theme is on. */
export function ThemeToggle() {
  const theme = useTheme();
  const dark = theme === "dark";
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={dark}
      title={dark ? "Switch to the light theme" : "Switch to the dark theme"}
      onClick={() => chooseTheme(dark ? "light" : "dark")}
    >
      <span aria-hidden="true">{dark ? "☀" : "☾"}</span> Dark theme
    </button>
  );
}
