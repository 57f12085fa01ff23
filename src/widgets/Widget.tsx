/**
 * The one widget component chapters and the embed route use. The widget's code
 * (React controls, charts) loads lazily behind a placeholder of the same height,
 * so the chapter's text never jumps; TF.js loads later still, in the worker,
 * when the reader first trains.
 */
import { Suspense } from "react";
import { widgetCatalog, type WidgetId } from "./catalog";
import { WidgetErrorBoundary } from "./WidgetErrorBoundary";

export interface WidgetProps {
  readonly id: WidgetId;
  /** True on /embed/<id>: settings use bare URL keys and the widget fills its frame. */
  readonly embedded?: boolean;
}

/** A live training widget, by id from the catalog. An unknown id throws (the build fails). */
export function Widget({ id, embedded = false }: WidgetProps) {
  const entry = widgetCatalog[id];
  if (!entry) throw new Error(`Unknown widget “${id}” (not in src/widgets/catalog.ts)`);
  const placeholder = (
    <div className="widget widget--loading" data-widget={id} data-status="idle" style={{ minHeight: entry.minHeight }} aria-busy="true">
      <p className="widget__title">{entry.title}</p>
      <p className="widget__hint">Loading the widget…</p>
    </div>
  );
  return (
    <WidgetErrorBoundary id={id} title={entry.title} minHeight={entry.minHeight}>
      <Suspense fallback={placeholder}>
        <entry.View entry={entry} embedded={embedded} />
      </Suspense>
    </WidgetErrorBoundary>
  );
}
