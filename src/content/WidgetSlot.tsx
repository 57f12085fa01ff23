/**
 * Puts a live widget in a statically prerendered page. The server and the
 * hydration pass render a plain placeholder of the widget's reserved height;
 * the real <Widget> (lazy code, reads location.search, starts a worker) mounts
 * only once the page is interactive. So the prerendered HTML never depends on
 * browser state, and hydration can never mismatch or hit an unresolved lazy().
 */
import { useSyncExternalStore } from "react";
import { Widget } from "../widgets/Widget";
import { widgetCatalog, isWidgetId, type WidgetId } from "../widgets/catalog";

export interface WidgetSlotProps {
  /** Widget id from src/widgets/catalog.ts. */
  readonly id: WidgetId;
  readonly embedded?: boolean;
}

const noSubscription = () => () => {};

/** False on the server and during hydration, true afterwards. */
function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/** The registry's `Widget`: an unknown id throws, so a typo fails the build. */
export function WidgetSlot({ id, embedded = false }: WidgetSlotProps) {
  const hydrated = useHydrated();
  if (!isWidgetId(id)) throw new Error(`Unknown widget "${String(id)}" (see src/widgets/catalog.ts)`);
  if (hydrated) return <Widget id={id} embedded={embedded} />;
  const entry = widgetCatalog[id];
  return (
    <div className="widget widget--loading" data-widget={id} data-status="idle" style={{ minHeight: entry.minHeight }} aria-busy="true">
      <p className="widget__title">{entry.title}</p>
      <p className="widget__hint">Loading the widget…</p>
    </div>
  );
}
