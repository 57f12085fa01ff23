/**
 * Every widget in the book: its id (used in /embed/<id> and data-widget), the
 * chapter it belongs to, the model its worker trains and its hyperparameters.
 * Plain data; importing it loads neither React widgets nor TF.js.
 */
import { backendParam, seedParam, type Schema } from "../hyperparams/schema";
import type { ModelId } from "../worker/protocol";
import { perceptronSchema, mlpSchema } from "./schemas";

export type WidgetId = "perceptron-iris" | "perceptron-xnor" | "mlp-xnor";

export interface WidgetEntry {
  readonly id: WidgetId;
  readonly title: string;
  /** Slug of the chapter that explains this widget (the embed links back to it). */
  readonly chapter: string;
  readonly model: ModelId;
  /** Every setting, seed and backend included, in display order. */
  readonly schema: Schema;
  /** Height the widget needs, so the lazy placeholder reserves it and nothing jumps. */
  readonly minHeight: number;
}

const common = [seedParam, backendParam] as const;

export const widgetCatalog: Readonly<Record<WidgetId, WidgetEntry>> = {
  "perceptron-iris": {
    id: "perceptron-iris",
    title: "The perceptron on two Iris species",
    chapter: "perceptron",
    model: "perceptron-iris",
    schema: [...perceptronSchema, ...common],
    minHeight: 640,
  },
  "perceptron-xnor": {
    id: "perceptron-xnor",
    title: "The perceptron on XNOR (it never converges)",
    chapter: "perceptron",
    model: "perceptron-xnor",
    schema: [...perceptronSchema, ...common],
    minHeight: 640,
  },
  "mlp-xnor": {
    id: "mlp-xnor",
    title: "A small multilayer perceptron solves XNOR",
    chapter: "perceptron",
    model: "mlp-xnor",
    schema: [...mlpSchema, ...common],
    minHeight: 640,
  },
};

/** Type guard for ids coming from URLs. */
export function isWidgetId(id: string): id is WidgetId {
  return Object.hasOwn(widgetCatalog, id);
}
