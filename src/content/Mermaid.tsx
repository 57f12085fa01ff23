/**
 * A Mermaid diagram. The server (and a reader without JS) gets the diagram's
 * source in a <pre>; in the browser mermaid is imported when the diagram comes
 * near the viewport, so only a reader who gets there downloads it, and it
 * re-renders when the theme changes.
 * The only HTML ever injected is mermaid's own SVG, rendered with
 * securityLevel "strict" (mermaid ≥ 11.10 sanitises its output there).
 */
import { useEffect, useId, useRef, useState } from "react";
import { useTheme } from "../app/theme";
import { useNearViewport } from "./useNearViewport";

export interface MermaidProps {
  /** Diagram source, as written in the chapter's ```mermaid fence. */
  readonly chart: string;
}

type Rendered =
  | { readonly kind: "source" }
  | { readonly kind: "svg"; readonly svg: string }
  | { readonly kind: "error"; readonly message: string };

/** Renders `chart`; on a parse error shows the source and the error as text, never a blank. */
export function Mermaid({ chart }: MermaidProps) {
  const theme = useTheme();
  const box = useRef<HTMLElement>(null);
  const near = useNearViewport(box);
  const [rendered, setRendered] = useState<Rendered>({ kind: "source" });
  // useId is stable across server and client; mermaid needs an id valid in CSS selectors.
  const domId = `mermaid-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;

  useEffect(() => {
    if (theme === null || !near) return; // still hydrating (the theme is known one render later), or far away
    let cancelled = false;
    void (async () => {
      try {
        const { default: mermaid } = await import("mermaid");
        mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: theme === "dark" ? "dark" : "default" });
        await mermaid.parse(chart); // throws on a syntax error without touching the DOM
        const { svg } = await mermaid.render(`${domId}-${theme}`, chart);
        if (!cancelled) setRendered({ kind: "svg", svg });
      } catch (error) {
        if (!cancelled) setRendered({ kind: "error", message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [chart, theme, domId, near]);

  if (rendered.kind === "svg") {
    return (
      <figure ref={box} className="mermaid" data-mermaid="svg">
        <div className="mermaid__svg" dangerouslySetInnerHTML={{ __html: rendered.svg }} />
      </figure>
    );
  }
  return (
    <figure ref={box} className="mermaid" data-mermaid={rendered.kind}>
      <pre className="mermaid__source" aria-label="Diagram source (Mermaid)">
        <code>{chart}</code>
      </pre>
      {rendered.kind === "error" && (
        <figcaption className="mermaid__error" role="alert">
          This diagram could not be drawn: {rendered.message}
        </figcaption>
      )}
    </figure>
  );
}
