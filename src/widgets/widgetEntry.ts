/** What the catalog knows about one widget. */
import type { ComponentType, LazyExoticComponent } from "react";
import type { Schema } from "../hyperparams/schema";

/** Props every widget view receives. */
export interface WidgetViewProps {
  readonly entry: WidgetEntry;
  /** True on /embed/<id>: bare URL keys, the widget fills its frame. */
  readonly embedded: boolean;
}

export interface WidgetEntry {
  /** Used in /embed/<id>/, data-widget, URL prefixes, and as the worker's model id (src/ml/models.ts). */
  readonly id: string;
  readonly title: string;
  /** Slug of the chapter that explains this widget (the embed links back to it). */
  readonly chapter: string;
  /** Every setting, seed and backend included, in display order. */
  readonly schema: Schema;
  /** Height the widget needs, so the lazy placeholder reserves it and nothing jumps. */
  readonly minHeight: number;
  /** The widget's view, loaded on first render (React.lazy). */
  readonly View: LazyExoticComponent<ComponentType<WidgetViewProps>>;
}
